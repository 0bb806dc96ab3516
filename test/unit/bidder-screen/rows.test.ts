import { describe, expect, it } from 'vitest';
import { usccCheckChar } from '../../../src/ids/index.js';
import { unknownDecision } from '../../../src/policy/index.js';
import type { Decision } from '../../../src/policy/decision.js';
import type { Outcome, UnknownReason } from '../../../src/contract/index.js';
import { FIXTURES, PILOT_CODE } from '../../../src/testing/index.js';
import {
  buildRows,
  rowTexts,
  filterCounts,
  isRetryable,
  matchesFilter,
  publicRow,
  sortRows,
  summarize,
  type ScreenRow,
} from '../../../widgets/credit-bidder-screen/rows.js';

const A = FIXTURES.restricted.subject;
const B = FIXTURES.objection.subject;
const PERSON = FIXTURES.person.subject.id;

/** A done row: the decision an outcome gives (no measures needed to rank and filter). */
function finish(row: ScreenRow, outcome: Outcome, reason?: UnknownReason): void {
  const base = unknownDecision(reason ?? 'not-found', { subjectId: row.id, scenario: 'government-procurement' });
  row.decision = { ...base, outcome, reason: outcome === 'unknown' ? reason : undefined } as Decision;
  row.status = 'done';
}

describe('buildRows', () => {
  it('numbers the rows, validates each code and says which rule an invalid one breaks', () => {
    const rows = buildRows(
      [
        { name: A.name, code: A.id },
        { name: '广州天河顺捷商贸有限公司', code: '91440106MA5OK2I7Q3' },
        { name: '短码公司', code: '9111' },
        { name: '无码公司', code: '' },
      ],
      'zh-CN',
    );
    expect(rows.map((r) => r.index)).to.deep.equal([1, 2, 3, 4]);
    expect(rows.map((r) => r.status)).to.deep.equal(['pending', 'invalid', 'invalid', 'invalid']);
    expect(rows.map((r) => r.problem)).to.deep.equal([undefined, 'invalid-id', 'invalid-id', 'invalid-id']);
    expect(rowTexts(rows[0], 'zh-CN').problem).to.equal(undefined);
    expect(rowTexts(rows[1], 'zh-CN').problem).to.contain('第12位字符“O”');
    expect(rowTexts(rows[2], 'zh-CN').problem).to.contain('当前为4位');
    expect(rowTexts(rows[3], 'zh-CN').problem).to.contain('请输入');
  });

  it('sends a suspect code, with the warning on the row', () => {
    const [row] = buildRows([{ name: FIXTURES.pilotCode.subject.name, code: PILOT_CODE }], 'zh-CN');
    expect(row.status).to.equal('pending');
    expect(row.idStatus).to.equal('suspect');
    expect(row.warnings).to.deep.equal(['suspect-id']);
    expect(rowTexts(row, 'zh-CN').warnings[0]).to.contain('校验位不符');
  });

  it('warns about an empty name but still sends the row', () => {
    const [row] = buildRows([{ name: '', code: A.id }], 'en');
    expect(row.status).to.equal('pending');
    expect(row.warnings).to.deep.equal(['empty-name']);
    expect(rowTexts(row, 'en').warnings).to.deep.equal(['The name is empty: please verify.']);
  });

  it('marks later repeats of a code as duplicates of the first, whatever its width or case', () => {
    const fullWidth = A.id.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const rows = buildRows(
      [
        { name: A.name, code: A.id },
        { name: B.name, code: B.id },
        { name: A.name, code: fullWidth },
        { name: `${A.name}（重复）`, code: ` ${A.id.toLowerCase()} ` },
      ],
      'zh-CN',
    );
    expect(rows.map((r) => r.status)).to.deep.equal(['pending', 'pending', 'duplicate', 'duplicate']);
    expect(rows[2].duplicateOf).to.equal(1);
    expect(rows[3].problem).to.equal('duplicate');
    expect(rowTexts(rows[3], 'zh-CN').problem).to.equal('与第 1 行代码重复，不再重复核查。');
  });

  it('keeps a person\'s full number only in `value`: the shown id and the public row are masked', () => {
    const [row] = buildRows([{ name: '张伟', code: PERSON }], 'zh-CN');
    expect(row.value).to.equal(PERSON);
    expect(row.id).to.equal(`${PERSON.slice(0, 6)}********${PERSON.slice(14)}`);
    const visible = JSON.stringify(publicRow(row));
    expect(visible).not.to.contain(PERSON);
    expect(visible).not.to.contain(PERSON.slice(6, 14));
    expect(publicRow(row)).not.to.have.property('value');
  });

  it('masks an invalid value that could be a person\'s number', () => {
    const wrongCheck = PERSON.slice(0, 17) + (PERSON[17] === '0' ? '1' : '0');
    const [row] = buildRows([{ name: '张伟', code: wrongCheck }], 'zh-CN');
    expect(row.status).to.equal('invalid');
    expect(row.id).not.to.contain(wrongCheck.slice(6, 14));
    expect(rowTexts(row, 'zh-CN').problem).not.to.contain(wrongCheck.slice(6, 14));
  });

  it('holds codes, not sentences: the words are made in any language at render time', () => {
    const rows = buildRows(
      [
        { name: '', code: '9111' },
        { name: A.name, code: A.id },
        { name: A.name, code: A.id },
      ],
      'zh-CN',
    );
    expect(JSON.stringify(rows.map((r) => [publicRow(r).problem, publicRow(r).warnings]))).to.equal('[["invalid-id",["empty-name"]],[null,[]],["duplicate",[]]]');
    const en = rows.map((r) => rowTexts(r, 'en'));
    expect(en[0].problem).to.match(/18/);
    expect(en[0].problem).not.to.match(/[\u4e00-\u9fff]/);
    expect(en[0].warnings).to.deep.equal(['The name is empty: please verify.']);
    expect(en[2].problem).to.equal('Same code as row 2; not checked twice.');
  });
});

describe('summarize', () => {
  it('counts statuses, warnings, persons, outcomes and failed checks', () => {
    const rows = buildRows(
      [
        { name: A.name, code: A.id },
        { name: B.name, code: B.id },
        { name: 'x', code: 'bad' },
        { name: A.name, code: A.id },
        { name: '', code: PILOT_CODE },
        { name: '张伟', code: PERSON },
      ],
      'zh-CN',
    );
    finish(rows[0], 'restricted');
    finish(rows[1], 'unknown', 'timeout');
    const s = summarize(rows);
    expect(s).to.deep.include({ total: 6, invalid: 1, duplicate: 1, pending: 2, screening: 0, done: 2, warned: 1, failed: 1, persons: 1 });
    expect(s.counts).to.deep.equal({ restricted: 1, review: 0, facilitated: 0, clear: 0, unknown: 1 });
  });

  it('retries only failures of the platform, not unknown subjects or missing purposes', () => {
    const rows = buildRows([{ name: 'a', code: A.id }, { name: 'b', code: B.id }, { name: 'c', code: PERSON }], 'zh-CN');
    finish(rows[0], 'unknown', 'http');
    finish(rows[1], 'unknown', 'not-found');
    finish(rows[2], 'unknown', 'purpose-required');
    expect(rows.map(isRetryable)).to.deep.equal([true, false, false]);
  });
});

describe('sortRows / matchesFilter', () => {
  const code = (n: number) => {
    const body = `91110000MA0${String(n).padStart(6, '0')}`;
    return body + usccCheckChar(body);
  };
  function sample(): ScreenRow[] {
    const rows = buildRows(
      [
        { name: '丙公司', code: code(1) },
        { name: '甲公司', code: code(2) },
        { name: '乙公司', code: code(3) },
        { name: '丁公司', code: 'bad' },
        { name: '戊公司', code: code(5) },
        { name: '己公司', code: code(6) },
        { name: '甲公司', code: code(2) },
        { name: '', code: code(8) },
      ],
      'zh-CN',
    );
    finish(rows[0], 'clear');
    finish(rows[1], 'review');
    finish(rows[2], 'restricted');
    finish(rows[4], 'unknown', 'network');
    finish(rows[5], 'facilitated');
    return rows;
  }

  it('orders by outcome: restricted, unknown, invalid, review, facilitated, clear, not screened, repeats', () => {
    const order = sortRows(sample(), 'outcome', 'ascending', 'zh-CN').map((r) => r.index);
    expect(order).to.deep.equal([3, 5, 4, 2, 6, 1, 8, 7]);
  });

  it('reverses the order, keeping ties in imported order', () => {
    const order = sortRows(sample(), 'outcome', 'descending', 'zh-CN').map((r) => r.index);
    expect(order).to.deep.equal([7, 8, 1, 6, 2, 4, 5, 3]);
  });

  it('orders names as the language sorts them (pinyin for Chinese), empty names last', () => {
    const names = sortRows(sample(), 'name', 'ascending', 'zh-CN').map((r) => r.name);
    expect(names).to.deep.equal(['丙公司', '丁公司', '己公司', '甲公司', '甲公司', '戊公司', '乙公司', '']);
    const reversed = sortRows(sample(), 'name', 'descending', 'zh-CN').map((r) => r.name);
    expect(reversed[0]).to.equal('乙公司');
    expect(reversed.at(-1)).to.equal('');
  });

  it('orders by code and by imported position', () => {
    const rows = sample();
    expect(sortRows(rows, 'code', 'ascending', 'zh-CN').map((r) => r.index)).to.deep.equal([1, 2, 7, 3, 5, 6, 8, 4]);
    expect(sortRows(rows, 'index', 'descending', 'zh-CN').map((r) => r.index)).to.deep.equal([8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('filters to restricted, review, unknown and input problems', () => {
    const rows = sample();
    const pick = (f: Parameters<typeof matchesFilter>[1]) => rows.filter((r) => matchesFilter(r, f)).map((r) => r.index);
    expect(pick('restricted')).to.deep.equal([3]);
    expect(pick('review')).to.deep.equal([2]);
    expect(pick('unknown')).to.deep.equal([5]);
    expect(pick('problems')).to.deep.equal([4, 7, 8]);
    expect(pick('all')).to.have.length(8);
    expect(filterCounts(rows)).to.deep.equal({ all: 8, restricted: 1, review: 1, unknown: 1, problems: 3 });
  });
});
