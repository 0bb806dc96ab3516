import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../../src/testing/index.js';
import { looksLikeId, parseBidderRows, parseBidderText } from '../../../widgets/credit-bidder-screen/parse-input.js';

const A = FIXTURES.restricted.subject;
const B = FIXTURES.objection.subject;
const C = FIXTURES.redList.subject;

describe('parseBidderText', () => {
  it('reads an Excel paste: tab-separated, CRLF, with a header row that is skipped', async () => {
    const text = `单位名称\t统一社会信用代码\r\n${A.name}\t${A.id}\r\n${B.name}\t${B.id}\r\n`;
    const parsed = await parseBidderText(text);
    expect(parsed.header).to.equal(true);
    expect(parsed.delimiter).to.equal('\t');
    expect(parsed.entries).to.deep.equal([
      { name: A.name, code: A.id },
      { name: B.name, code: B.id },
    ]);
  });

  it('reads comma-separated lines without a header', async () => {
    const parsed = await parseBidderText(`${A.name},${A.id}\n${B.name},${B.id}\n`);
    expect(parsed.header).to.equal(false);
    expect(parsed.entries.map((e) => e.code)).to.deep.equal([A.id, B.id]);
    expect(parsed.entries.map((e) => e.name)).to.deep.equal([A.name, B.name]);
  });

  it('finds the code column by its ids when the code comes first (semicolons)', async () => {
    const parsed = await parseBidderText(`${A.id};${A.name}\n${B.id};${B.name}\n${C.id};${C.name}\n`);
    expect(parsed.columns).to.deep.equal({ name: 1, code: 0 });
    expect(parsed.entries[2]).to.deep.equal({ name: C.name, code: C.id });
  });

  for (const [nameHeader, codeHeader] of [
    ['名称', '代码'],
    ['投标人', '统一社会信用代码'],
    ['供应商名称', '信用代码'],
    ['Name', 'Code'],
    ['姓名', '身份证号'],
    ['  投标人名称* ', '统一社会信用代码（18位）'],
  ]) {
    it(`recognises the header "${nameHeader.trim()}" / "${codeHeader}" and skips it`, async () => {
      const parsed = await parseBidderText(`${codeHeader},${nameHeader}\n${A.id},${A.name}\n`);
      expect(parsed.header).to.equal(true);
      expect(parsed.entries).to.deep.equal([{ name: A.name, code: A.id }]);
    });
  }

  it('keeps cells that Excel quoted because they hold a tab, a quote or a line break', async () => {
    const text = `名称\t代码\n"北京""燕园""建设\n第一分公司"\t${A.id}\n${B.name}\t${B.id}\n`;
    const parsed = await parseBidderText(text);
    expect(parsed.entries).to.deep.equal([
      { name: '北京"燕园"建设\n第一分公司', code: A.id },
      { name: B.name, code: B.id },
    ]);
  });

  it('keeps the officer\'s 序号 column (issue 16) and passes over other columns', async () => {
    const text = `序号,投标人,联系人,统一社会信用代码\n6,${A.name},张三,${A.id}\n2,${B.name},李四,${B.id}\n`;
    const parsed = await parseBidderText(text);
    expect(parsed.columns).to.deep.equal({ name: 1, code: 3, serial: 0 });
    expect(parsed.entries[0]).to.deep.equal({ name: A.name, code: A.id, serial: '6' });
    expect(parsed.entries[1]).to.deep.equal({ name: B.name, code: B.id, serial: '2' });
  });

  it('finds the name column without a header, next to a serial number, and keeps the number', async () => {
    const parsed = await parseBidderText(`1,${A.id},${A.name}\n2,${B.id},${B.name}\n`);
    expect(parsed.columns).to.deep.equal({ name: 2, code: 1, serial: 0 });
    expect(parsed.entries[1].serial).to.equal('2');
  });

  it('reads a single column of codes (no names)', async () => {
    const parsed = await parseBidderText(`${A.id}\n${B.id}\n`);
    expect(parsed.columns).to.deep.equal({ name: null, code: 0 });
    expect(parsed.entries).to.deep.equal([
      { name: '', code: A.id },
      { name: '', code: B.id },
    ]);
  });

  it('skips empty and blank lines, trims cells, and drops a byte-order mark', async () => {
    const parsed = await parseBidderText(`\uFEFF名称,代码\n\n  ${A.name} , ${A.id} \n   \n,\n${B.name},${B.id}`);
    expect(parsed.header).to.equal(true);
    expect(parsed.entries).to.deep.equal([
      { name: A.name, code: A.id },
      { name: B.name, code: B.id },
    ]);
  });

  it('keeps rows with a bad or missing code in the code column (they are shown as invalid later)', async () => {
    const parsed = await parseBidderText(`${A.name},${A.id}\n广州天河顺捷商贸有限公司,91440106MA5OK2I7Q3\n佛山某某公司,\n,${B.id}\n`);
    expect(parsed.entries).to.deep.equal([
      { name: A.name, code: A.id },
      { name: '广州天河顺捷商贸有限公司', code: '91440106MA5OK2I7Q3' },
      { name: '佛山某某公司', code: '' },
      { name: '', code: B.id },
    ]);
  });

  it('does not take a first data row for a header because a name contains a header word', async () => {
    const parsed = await parseBidderText(`北京名称科技有限公司,${A.id}\n${B.name},${B.id}\n`);
    expect(parsed.header).to.equal(false);
    expect(parsed.entries).to.have.length(2);
  });

  it('returns nothing for empty input', async () => {
    expect((await parseBidderText('  \n\n')).entries).to.deep.equal([]);
  });
});

describe('parseBidderRows', () => {
  it('follows the header when the data cannot tell (no column holds ids)', () => {
    const parsed = parseBidderRows([
      ['代码', '名称'],
      ['123', A.name],
    ]);
    expect(parsed.columns).to.deep.equal({ name: 1, code: 0 });
    expect(parsed.entries).to.deep.equal([{ name: A.name, code: '123' }]);
  });
});

describe('looksLikeId', () => {
  it('accepts codes of any validity and in full-width, and refuses names and short numbers', () => {
    expect(looksLikeId(A.id)).to.equal(true);
    expect(looksLikeId('91440106MA5OK2I7Q3')).to.equal(true);
    expect(looksLikeId('９１１１０１０５ＭＡ０１Ｋ７Ｑ３６５')).to.equal(true);
    expect(looksLikeId('110105 19850312 2130')).to.equal(true);
    expect(looksLikeId(A.name)).to.equal(false);
    expect(looksLikeId('ACME TRADING COMPANY LTD')).to.equal(false);
    expect(looksLikeId('12')).to.equal(false);
  });
});
