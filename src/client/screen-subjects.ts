/**
 * `screenSubjects(client, rows, options)`: screening a whole list (a procurement's bidders)
 * without any DOM — the work `<credit-bidder-screen>` shows, usable by a headless caller too.
 *
 * - The ids are sent `batchSize` (100) at a time, one `client.check` call (one request) per
 *   batch, `concurrency` (6) calls in flight at once — a browser opens 6 connections per host.
 * - `onProgress` is called once per batch as it arrives, with the decisions of that batch, so
 *   a view can move its progress bar by batches and show rows as they come.
 * - Aborting `signal` stops the run: no new batch is sent, the calls in flight are dropped,
 *   and the promise resolves with what was done (`complete: false`). It never rejects for
 *   a platform failure (those are `unknown` decisions) or a cancel.
 */
import type { Scenario } from '../contract/index.js';
import type { Decision } from '../policy/decision.js';
import { unknownDecision } from '../policy/unknown-decision.js';
import { displayId, normalizeSubjectId } from '../ids/index.js';
import type { CheckOptions, CreditClient } from './create-client.js';
import { reasonOf } from './errors.js';
import type { QueryAuthorization } from './options.js';

/** One row to screen: an id, or anything with an `id` (extra fields are ignored). */
export type ScreenInput = string | { readonly id: string };

export interface ScreenProgress {
  /** Rows done so far (all batches answered, in any order). */
  done: number;
  /** Rows in the run. */
  total: number;
  /** The batch just answered: the index (in `rows`) of its first row, and its decisions in order. */
  batch: { start: number; decisions: readonly Decision[] };
}

export interface ScreenOptions {
  scenario?: Scenario | string;
  purpose?: string;
  caseNumber?: string;
  authorization?: QueryAuthorization;
  /** Aborting it stops the run; the promise resolves with `complete: false`. */
  signal?: AbortSignal;
  /** Called once per answered batch. An exception it throws is not the run's business: it is swallowed. */
  onProgress?: (progress: ScreenProgress) => void;
  /** Calls in flight at once; default 6, at least 1. */
  concurrency?: number;
  /** Ids per call (per request); default 100, the contract's most. */
  batchSize?: number;
}

export interface ScreenResult {
  /** One decision per row, in order; `undefined` for rows a cancelled run never got to. */
  decisions: (Decision | undefined)[];
  /** Rows with a decision. */
  done: number;
  /** Whether every row was screened (false: the signal aborted first). */
  complete: boolean;
}

export const SCREEN_BATCH_SIZE = 100;
export const SCREEN_CONCURRENCY = 6;

const idOf = (row: ScreenInput) => (typeof row === 'string' ? row : row.id);

/** Screens `rows` in batches; see the module comment. */
export async function screenSubjects(client: CreditClient, rows: readonly ScreenInput[], options: ScreenOptions = {}): Promise<ScreenResult> {
  const { signal, onProgress } = options;
  const batchSize = Math.max(1, Math.min(SCREEN_BATCH_SIZE, Math.floor(options.batchSize ?? SCREEN_BATCH_SIZE)));
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? SCREEN_CONCURRENCY));
  const ids = rows.map(idOf);
  const total = ids.length;
  const decisions: (Decision | undefined)[] = new Array(total).fill(undefined);
  const scenario = options.scenario?.trim() || undefined;
  const checkOptions: CheckOptions = {
    scenario,
    purpose: options.purpose?.trim() || undefined,
    caseNumber: options.caseNumber?.trim() || undefined,
    signal,
  };
  if (options.authorization) checkOptions.authorization = options.authorization;

  // The catalog first (once, cached by the client): batches that all waited for it would
  // all finish in the same instant, and the progress would jump from 0 to the end.
  if (total > batchSize && !signal?.aborted) {
    await client.catalog().catch(() => undefined);
  }

  const starts: number[] = [];
  for (let i = 0; i < total; i += batchSize) starts.push(i);
  let next = 0;
  let done = 0;

  const worker = async () => {
    while (next < starts.length && !signal?.aborted) {
      const start = starts[next++];
      const chunk = ids.slice(start, start + batchSize);
      let answer: Decision[];
      try {
        answer = await client.check(chunk, checkOptions);
      } catch (error) {
        if (signal?.aborted) return;
        // check() rejects only on misuse: the batch is unknown, with that reason, never clear.
        const reason = reasonOf(error);
        answer = chunk.map((id) => unknownDecision(reason, { subjectId: displayId(normalizeSubjectId(id)), scenario: scenario ?? '' }));
      }
      if (signal?.aborted) return;
      answer.forEach((decision, i) => (decisions[start + i] = decision));
      done += chunk.length;
      try {
        onProgress?.({ done, total, batch: { start, decisions: answer } });
      } catch {
        // the caller's callback; the run goes on
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, starts.length) }, worker));
  return { decisions, done, complete: done === total };
}
