/**
 * Masking of a natural person's id in what the outbox stores and sends (and what an
 * element shows of it): `subjectId` always, free text where an id stands alone.
 */
import { displayId, normalizeSubjectId } from '../ids/index.js';

/** Person-shaped digit runs (15 or 18 chars) standing alone in free text. */
const PERSON_ID_IN_TEXT = /(^|[^\dA-Z])(\d{15}(?:\d{2}[\dX])?)(?![\dA-Z])/gi;
const STRUCTURAL = new Set(['queryId', 'measureId', 'caseNumber', 'dueOn', 'action', 'status']);

/** A copy of `value` with every person's id masked: `subjectId` always, free text where one stands alone. */
export function redact(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (key === 'subjectId') return displayId(normalizeSubjectId(value));
    return STRUCTURAL.has(key) ? value : value.replace(PERSON_ID_IN_TEXT, (_, before: string, id: string) => before + displayId(id));
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, key));
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = redact(v, k);
    return copy;
  }
  return value;
}
