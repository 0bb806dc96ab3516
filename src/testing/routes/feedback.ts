/** `POST /v1/feedback`: what a department did with a check's result; anything but `applied` needs a reason. */
import { FeedbackRequest as FeedbackRequestSchema } from '../../contract/schemas.js';
import type { RouteHandler } from '../platform-context.js';
import { platformId } from '../random.js';
import { invalidRequest, problem } from '../responses.js';

export const postFeedback: RouteHandler = (ctx, { request, body }) =>
  ctx.idempotent('feedback', request, (key) => {
    const parsed = FeedbackRequestSchema.safeParse(body);
    if (!parsed.success) return invalidRequest('Invalid feedback', parsed.error);
    const fb = parsed.data;
    if (fb.action !== 'applied' && !fb.reason?.trim()) {
      return problem(422, 'reason-required', 'Reason required', `A "${fb.action}" feedback needs a reason.`);
    }
    const receipt = { id: platformId('fb', ctx.random), receivedAt: ctx.nowTime() };
    ctx.state.feedback.push({ ...fb, ...receipt, idempotencyKey: key });
    return { status: 201, body: receipt };
  });
