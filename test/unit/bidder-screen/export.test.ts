import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCreditClient } from '../../../src/client/index.js';
import { memoryOutboxStore } from '../../../src/client/outbox-store.js';
import { createPlatform, FIXTURES } from '../../../src/testing/index.js';
import { bidderCsv, exportTable, printRows } from '../../../widgets/credit-bidder-screen/export.js';
import { buildRows, type ScreenRow } from '../../../widgets/credit-bidder-screen/rows.js';

const SCENARIO = 'government-procurement';
const PERSON = FIXTURES.personSevereDishonesty.subject.id;

/** Rows screened through the real client against the simulated platform. */
async function screened(): Promise<ScreenRow[]> {
  const platform = createPlatform({ basePath: '/api' });
  const client = createCreditClient({
    endpoint: 'https://credit.test/api',
    fetch: (input, init) => platform.handle(new Request(input, init)),
    outbox: memoryOutboxStore(),
  });
  const rows = buildRows(
    [
      { name: FIXTURES.restricted.subject.name, code: FIXTURES.restricted.subject.id },
      { name: '=HYPERLINK("http://x")', code: FIXTURES.objection.subject.id },
      { name: '广州天河顺捷商贸有限公司', code: '91440106MA5OK2I7Q3' },
      { name: FIXTURES.restricted.subject.name, code: FIXTURES.restricted.subject.id },
      { name: FIXTURES.unknownEnterprise.subject.name, code: FIXTURES.unknownEnterprise.subject.id },
      { name: '', code: PERSON },
      { name: FIXTURES.redList.subject.name, code: FIXTURES.redList.subject.id },
    ],
    'zh-CN',
  );
  const sent = rows.filter((r) => r.status === 'pending');
  const decisions = await client.check(
    sent.map((r) => r.value),
    { scenario: SCENARIO, purpose: '政府采购投标人资格审查', authorization: { basis: 'statutory-duty', reference: '《政府采购法实施条例》第十七条' } },
  );
  sent.forEach((row, i) => {
    row.decision = decisions[i];
    row.status = 'done';
  });
  client.dispose();
  return rows;
}

let rows: ScreenRow[];
beforeAll(async () => {
  rows = await screened();
});

/** The CSV as a spreadsheet reads it. */
function read(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  return parsed.data;
}

describe('bidderCsv', () => {
  it('is UTF-8 with a byte-order mark and CRLF line ends, one line per row plus the header', () => {
    const csv = bidderCsv(rows, 'zh-CN');
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    expect(csv.endsWith('\r\n')).to.equal(true);
    const table = read(csv);
    expect(table[0]).to.deep.equal(['序号', '名称', '代码', '核查结果', '适用措施', '原因', '查询编号', '数据时间']);
    expect(table).to.have.length(rows.length + 1);
  });

  it('gives a restricted bidder its outcome word, measures, the records behind them, query id and data time', () => {
    const [, first] = read(bidderCsv(rows, 'zh-CN'));
    const [index, name, code, outcome, measures, reasons, queryId, asOf] = first;
    expect([index, name, code, outcome]).to.deep.equal(['1', FIXTURES.restricted.subject.name, FIXTURES.restricted.subject.id, '限制']);
    expect(measures).to.contain('限制参加政府采购活动');
    expect(reasons).to.contain(FIXTURES.restricted.records[0].title);
    expect(reasons).to.contain(FIXTURES.restricted.records[0].authority);
    expect(queryId).to.equal(rows[0].decision!.queryId);
    expect(queryId).not.to.equal('');
    expect(asOf).to.match(/\d{4}\D\d{2}\D\d{2}/);
  });

  it('marks suspended measures, invalid codes with their rule, repeats, and unknown subjects with the reason', () => {
    const table = read(bidderCsv(rows, 'zh-CN'));
    expect(table[2][3]).to.equal('需审核');
    expect(table[2][4]).to.contain('（暂停执行）');
    expect(table[3].slice(3, 5)).to.deep.equal(['代码有误', '']);
    expect(table[3][5]).to.contain('第12位字符“O”');
    expect(table[4][3]).to.equal('重复');
    expect(table[4][5]).to.contain('与第 1 行代码重复');
    expect(table[5][3]).to.equal('未核查');
    expect(table[5][5]).to.contain('平台');
    expect(table[7][3]).to.equal('可激励');
  });

  it('never writes a person\'s full number, and takes the platform\'s name when the row had none', () => {
    const csv = bidderCsv(rows, 'zh-CN');
    expect(csv).not.to.contain(PERSON);
    const personRow = read(csv)[6];
    expect(personRow[2]).to.equal(`${PERSON.slice(0, 6)}********${PERSON.slice(14)}`);
    expect(personRow[1]).to.equal(FIXTURES.personSevereDishonesty.subject.name);
    expect(personRow[5]).to.contain('名称为空');
  });

  it('keeps a name that looks like a formula as text', () => {
    expect(read(bidderCsv(rows, 'zh-CN'))[2][1]).to.equal(`'=HYPERLINK("http://x")`);
  });

  it('speaks English when asked', () => {
    const table = exportTable(rows, 'en');
    expect(table[0]).to.deep.equal(['No.', 'Name', 'Code', 'Result', 'Measures', 'Reasons', 'Query ID', 'Data time']);
    expect(table[1][3]).to.equal('Restricted');
    expect(table[4][3]).to.equal('Repeated');
  });
});

describe('printRows', () => {
  it('lists every screened row and every invalid one (as unknown, invalid-subject), and repeats and unscreened rows as not checked with why', () => {
    const copy = rows.map((r) => ({ ...r }));
    copy[6] = { ...copy[6], status: 'pending', decision: undefined };
    const printed = printRows(copy, SCENARIO, 'zh-CN');
    expect(printed.filter((p) => p.decision).map((p) => p.decision!.outcome)).to.deep.equal(['restricted', 'review', 'unknown', 'unknown', 'restricted']);
    expect(printed.filter((p) => !p.decision).every((p) => !!p.why)).to.equal(true);
    expect(printed.length).to.equal(copy.length);
    expect(printed[2].decision!.reason).to.equal('invalid-subject');
    expect(printed[2].decision!.subjectId).to.equal('91440106MA5OK2I7Q3');
    expect(printed[2].name).to.equal('广州天河顺捷商贸有限公司');
    expect(JSON.stringify(printed)).not.to.contain(PERSON);
  });
});
