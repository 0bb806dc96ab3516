/**
 * A progress bar for long jobs (CSV export of every page, batch screening): an element
 * with `role="progressbar"`, `aria-valuenow` / `aria-valuemax` and a spoken value text,
 * a native `<progress>` for the bar itself (so no inline style is needed under a strict
 * CSP), and the count and percentage written out beside it.
 *
 * Without a known `total` the bar is indeterminate: no `aria-valuenow`, only the count.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

export interface ProgressBarOptions {
  /** Items done so far. */
  done: number;
  /** Items in all, when known. */
  total?: number | null;
  /** The accessible name ("导出进度"). */
  label: string;
  /** The visible and spoken value: e.g. `(d, t, p) => \`${d} / ${t}（${p}%）\``; `t`/`p` are null when the total is unknown. */
  text: (done: number, total: number | null, percent: number | null) => string;
  /** Optional `part` name for styling (default `progress`). */
  part?: string;
}

/** Whole percent of `done` in `total`, clamped to 0–100; null without a positive total. */
export function percentOf(done: number, total: number | null | undefined): number | null {
  if (total == null || !(total > 0)) return null;
  return Math.max(0, Math.min(100, Math.floor((done / total) * 100)));
}

export function progressBar({ done, total, label, text, part = 'progress' }: ProgressBarOptions): TemplateResult {
  const known = total != null && total >= 0;
  const max = known ? Math.max(total, done, 0) : null;
  const percent = percentOf(done, max);
  const value = text(done, max, percent);
  return html`<div
    class="progress"
    part=${part}
    role="progressbar"
    aria-label=${label}
    aria-valuemin="0"
    aria-valuemax=${known ? String(max) : '100'}
    aria-valuenow=${known ? String(done) : nothing}
    aria-valuetext=${value}
  >
    <progress class="progress-bar" aria-hidden="true" max=${known && max! > 0 ? max! : 1} value=${known ? (max! > 0 ? done : 1) : nothing}></progress>
    <span class="progress-text" aria-hidden="true">${value}</span>
  </div>`;
}

export const progressStyles = css`
  .progress {
    display: flex;
    align-items: center;
    gap: var(--_space, 8px);
  }
  .progress-bar {
    flex: 1 1 auto;
    min-width: 8em;
    height: 0.75em;
    accent-color: var(--_focus, #1a5fb4);
  }
  .progress-text {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;
