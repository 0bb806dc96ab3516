/**
 * Keeps the in-browser platform's memory for the tab (sessionStorage), so that the checks
 * made on one page are in the ledger on the next, and a commitment recorded on the approval
 * page is still there after a reload.
 *
 * Only what the pages show is kept: the ledger (the platform stores persons' ids masked,
 * and this module masks anything that still looks like a full ID number), and commitments
 * and added records of organisations. A natural person's full ID number never reaches
 * storage (domain.md §1).
 */
import type { CreditRecord, LedgerEntry } from '../../src/index.js';
import { displayId } from '../../src/index.js';
import type { Platform, StoredCommitment } from '../../src/testing/index.js';

const STORAGE_KEY = 'credit-widgets-demo:platform';
const VERSION = 1;
/** The ledger kept per tab; older entries fall off. */
const MAX_LEDGER = 2000;

interface SavedState {
  v: number;
  /** The platform's "today": saved state from another day is dropped (the fixtures moved on). */
  today: string;
  ledger: LedgerEntry[];
  commitments: StoredCommitment[];
  addedRecords: [string, CreditRecord[]][];
}

/** Whether `id` is (or could be) a natural person's number: the SDK would show it masked. */
const isPersonSubject = (id: string) => displayId(id) !== id;

function read(): SavedState | null {
  let text: string | null;
  try {
    text = sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<SavedState>;
    if (value.v !== VERSION || typeof value.today !== 'string') return null;
    if (!Array.isArray(value.ledger) || !Array.isArray(value.commitments) || !Array.isArray(value.addedRecords)) return null;
    return value as SavedState;
  } catch {
    return null;
  }
}

/** Puts the tab's saved ledger, commitments and added records back into a fresh platform. */
export function restorePlatformState(platform: Platform): void {
  const saved = read();
  const state = platform.state;
  if (!saved || saved.today !== state.today) return;
  // The tab's ledger first; the seeded year (the same for the same day) behind it, once.
  const kept = new Set(saved.ledger.map((e) => e.queryId));
  const seeded = state.ledger.filter((e) => !kept.has(e.queryId));
  state.ledger.splice(0, state.ledger.length, ...saved.ledger, ...seeded);
  state.ledger.sort((a, b) => (a.at === b.at ? (a.queryId < b.queryId ? 1 : -1) : a.at < b.at ? 1 : -1));
  state.commitments.splice(0, state.commitments.length, ...saved.commitments);
  state.addedRecords.clear();
  for (const [id, records] of saved.addedRecords) state.addedRecords.set(id, records);
}

/** Saves what the next page needs (see the module comment for what is left out). */
export function savePlatformState(platform: Platform): void {
  const state = platform.state;
  const saved: SavedState = {
    v: VERSION,
    today: state.today,
    // Only today's entries are the tab's own: the seeded past is made again, the same, on every page.
    ledger: state.ledger
      .filter((e) => e.at.slice(0, 10) >= state.today)
      .slice(0, MAX_LEDGER)
      .map((e) => ({ ...e, subjectId: displayId(e.subjectId) })),
    commitments: state.commitments.filter((c) => !isPersonSubject(c.subjectId)),
    addedRecords: [...state.addedRecords].filter(([id]) => !isPersonSubject(id)),
  };
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch (error) {
    console.warn('credit-widgets demo: could not keep the simulated platform for this tab.', error);
  }
}

/** Forgets the tab's platform (the "reset demo data" button). */
export function clearPlatformState(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    /* nothing kept, nothing to clear */
  }
}
