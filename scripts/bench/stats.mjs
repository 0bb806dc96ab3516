// Summaries of repeated measurements: the median, the spread (max − min) and the runs.

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * `{ median, spread, runs }` of repeated measurements; `digits` rounds them all.
 * @param {number[]} runs
 */
export function summarize(runs, digits = 0) {
  const round = (v) => Number(v.toFixed(digits));
  return { median: round(median(runs)), spread: round(Math.max(...runs) - Math.min(...runs)), runs: runs.map(round) };
}
