/**
 * A 人工核查 the platform refused after it had waited in the outbox, in a host that keeps its
 * `<credit-manual-verification>` (the gate, the decision panel): the form was showing the
 * recorded verification (queued) and turns to the refused record — no fields, a dead end.
 * `resumeRefused()` hands the write back to the form with the form's own `resume()` (the
 * bidder screen does the same for its rows): the fields hold what was sent, the failure line
 * says the platform's reason, and nothing is sent until the clerk sends it again.
 *
 * A verification refused at once (online) needs nothing: the form kept its draft and says why.
 */
import type { CreditClient } from '../../src/client/create-client.js';
import type { VerificationCreate } from '../../src/contract/index.js';
import type { CreditManualVerification, CreditVerificationDetail } from './manual-verification.js';
import { MANUAL_VERIFICATION_MESSAGES } from './manual-verification-messages.js';
import { LOCALES } from './locale.js';
import { problemText } from './outbox-controller.js';

/**
 * The note as the clerk typed it: a gate's form sends the reason to proceed as the note's last
 * line (继续办理理由：…, in the language the form was in), which the form adds again when sent.
 */
export function typedNote(note: string | null | undefined, reason: string | undefined): string | undefined {
  if (!note || !reason) return note ?? undefined;
  for (const locale of LOCALES) {
    const line = MANUAL_VERIFICATION_MESSAGES[locale].reasonLine(reason);
    if (note === line) return '';
    if (note.endsWith(`\n${line}`)) return note.slice(0, -line.length - 1);
  }
  return note;
}

/**
 * On a `credit-verification` event of `form`: when it says `rejected` for the write the form
 * shows as recorded (it waited in the outbox, then was refused), the form takes it back as its
 * draft with the platform's reason (read from the outbox's journal of this page). True when it did.
 */
export function resumeRefused(form: CreditManualVerification | null | undefined, detail: CreditVerificationDetail, client: CreditClient | null): boolean {
  const shown = form?.verification;
  if (!form || detail.state !== 'rejected' || !shown || shown.key !== detail.key || shown.state !== 'rejected') return false;
  let why: string | undefined;
  try {
    const refused = client?.outbox.recent().filter((event) => event.item.key === detail.key)[0];
    why = refused ? problemText(refused.item) : undefined;
  } catch {
    why = undefined; // the form then says only that the platform refused it
  }
  const v: VerificationCreate = detail.verification;
  form.resume({ ...v, note: typedNote(v.note, detail.reason) }, why, detail.reason);
  return true;
}
