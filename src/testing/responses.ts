/**
 * How the simulated platform answers: JSON bodies and RFC 9457 problems, written with
 * jsonText() — the platform also runs inside pages (the demo, browser tests) where an old
 * library may have put `toJSON` on Array.prototype.
 */
import { jsonText } from '../digest/json-text.js';

export const JSON_TYPE = 'application/json; charset=utf-8';
const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
const PROBLEM_BASE = 'https://credit-widgets.example/problems/';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(jsonText(body), {
    status,
    headers: { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', ...headers },
  });
}

/** An RFC 9457 problem response. */
export function problem(status: number, slug: string, title: string, detail?: string, headers: Record<string, string> = {}): Response {
  const body: Record<string, unknown> = { type: PROBLEM_BASE + slug, title, status };
  if (detail) body.detail = detail;
  return new Response(jsonText(body), {
    status,
    headers: { 'Content-Type': PROBLEM_TYPE, 'Cache-Control': 'no-store', ...headers },
  });
}

/** The zod issues as one line: `subjects.0.id: Too small …`. */
function describeIssues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(body)'}: ${i.message}`)
    .join('; ');
}

/** A 400 `invalid-request` problem for a request its schema refused (`title`: what was invalid). */
export function invalidRequest(title: string, error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): Response {
  return problem(400, 'invalid-request', title, describeIssues(error));
}
