import { describe, expect, it } from 'vitest';
import { paginate } from '../../../widgets/internal/print/list-record.js';

/** Page capacity 100; running header 10, intro 30, table head 5. */
const base = { running: 10, intro: 30, head: 5 };

describe('paginate: the record of a list cut into A4 pages (domain §10)', () => {
  it('one page when everything fits, the tail with it', () => {
    expect(paginate({ ...base, rows: [10, 10], tail: 20 }, 100)).toEqual([{ rows: [0, 1], unchecked: [] }]);
  });

  it('exactly full (boundary): still one page', () => {
    // 10 + 30 + 5 + 35 + 20 = 100
    expect(paginate({ ...base, rows: [35], tail: 20 }, 100)).toHaveLength(1);
    expect(paginate({ ...base, rows: [36], tail: 20 }, 100)).toHaveLength(2);
  });

  it('rows that do not fit go on to the next page, which repeats the running header and the table head', () => {
    // page 1: 45 + 3×15 = 90; page 2: 10 + 5 + 2×15 = 45, + tail 20
    expect(paginate({ ...base, rows: [15, 15, 15, 15, 15], tail: 20 }, 100)).toEqual([
      { rows: [0, 1, 2], unchecked: [] },
      { rows: [3, 4], unchecked: [] },
    ]);
  });

  it('the signature block stays with the table\'s end: when it does not fit, the last row moves with it (no page of the tail alone)', () => {
    // page 1: 45 + 3×15 = 90 fits, but + tail 20 does not
    const pages = paginate({ ...base, rows: [15, 15, 15], tail: 20 }, 100);
    expect(pages).toEqual([
      { rows: [0, 1], unchecked: [] },
      { rows: [2], unchecked: [] },
    ]);
    expect(pages.every((p) => p.rows.length + p.unchecked.length > 0)).toBe(true);
  });

  it('the rows not checked are paged too, after the results, their head on every page they reach', () => {
    const pages = paginate({ ...base, rows: [20], uncheckedHead: 8, unchecked: [10, 10, 10, 10, 10, 10, 10, 10], tail: 20 }, 100);
    // page 1: 10 + 30 + 5 + 20 = 65, + 8 + 10 + 10 = 93; page 2: 10 + 8 + 6×10 = 78 + tail 20 = 98
    expect(pages).toEqual([
      { rows: [0], unchecked: [0, 1] },
      { rows: [], unchecked: [2, 3, 4, 5, 6, 7] },
    ]);
  });

  it('a long table of rows not checked does not spill: no page holds more than it can', () => {
    const heights = { ...base, rows: [12, 12], uncheckedHead: 8, unchecked: Array.from({ length: 40 }, () => 9), tail: 25 };
    const pages = paginate(heights, 100);
    pages.forEach((p, k) => {
      const used =
        heights.running +
        (k === 0 ? heights.intro : 0) +
        (p.rows.length ? heights.head : 0) +
        p.rows.reduce((a, i) => a + heights.rows[i], 0) +
        (p.unchecked.length ? heights.uncheckedHead : 0) +
        p.unchecked.reduce((a, i) => a + heights.unchecked[i], 0) +
        (k === pages.length - 1 ? heights.tail : 0);
      expect(used, `page ${k + 1}`).toBeLessThanOrEqual(100);
    });
    expect(pages.flatMap((p) => p.unchecked)).toEqual(heights.unchecked.map((_, i) => i));
  });
});
