// <credit-bidder-screen> for the tender file (issue 16): .xlsx import, an unreadable file,
// a name that does not match its code (需核对) on screen, in the CSV and on paper, the paged
// record (page x of y, running header, QR code) and its registration (POST /v1/records,
// once, through the outbox); the status line after a language switch; a person's full ID
// number not kept in the paste box.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import { FIXTURES, PILOT_CODE } from '../../src/testing/index.js';
import '../../widgets/credit-bidder-screen/define.js';
import type { CreditBidderScreen } from '../../widgets/credit-bidder-screen/credit-bidder-screen.js';
import { requestLog, usePlatform } from './support/platform.js';

const F = FIXTURES;
const PROJECT = '示范区第一人民医院医用设备采购项目';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const statusText = (el: Element) => text($(el, '.status'));
const rowEl = (el: Element, index: number) => $(el, `tbody.row[data-index="${index}"]`);

async function screenFor(endpoint: string, attrs = ''): Promise<CreditBidderScreen> {
  const el = await fixture<CreditBidderScreen>(
    html`<credit-bidder-screen endpoint=${endpoint} scenario="government-procurement" case-number="SDQCG-2026-031" project-name=${PROJECT}></credit-bidder-screen>`,
  );
  if (attrs) el.setAttribute('lang', attrs);
  await el.updateComplete;
  return el;
}

async function screenAll(el: CreditBidderScreen) {
  const done = oneEvent(el, 'credit-screen-complete');
  void el.screen();
  const event = await done;
  await el.updateComplete;
  return event.detail;
}

/** Lets `window.print()` hand over the print root, then ends printing as the browser would. */
async function capturePrint(el: CreditBidderScreen): Promise<ShadowRoot> {
  const original = window.print;
  let root: ShadowRoot | null | undefined;
  window.print = () => {
    root = document.querySelector('.credit-print-root')?.shadowRoot;
    // What the paper shows is read now: the root goes once printing is over.
    if (root) root = snapshot(root);
    setTimeout(() => window.dispatchEvent(new Event('afterprint')));
  };
  try {
    await el.print();
  } finally {
    window.print = original;
  }
  expect(root, 'window.print() was called with the check record mounted').to.exist;
  return root!;
}

/** A detached copy of the printed document (its nodes stay readable after the print root is removed). */
function snapshot(root: ShadowRoot): ShadowRoot {
  const host = document.createElement('div');
  const copy = host.attachShadow({ mode: 'open' });
  for (const node of root.childNodes) copy.append(node.cloneNode(true));
  return copy;
}

// ------------------------------------------------------------------ a tiny .xlsx

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
type Cell = { s: string } | { inline: string } | { n: string };

/** One sheet as Excel writes it: shared strings, inline strings and numbers. */
function xlsx(rows: Cell[][]): Uint8Array<ArrayBuffer> {
  const shared: string[] = [];
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const sheetRows = rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
          if ('s' in cell) return `<c r="${ref}" t="s"><v>${shared.push(cell.s) - 1}</v></c>`;
          if ('inline' in cell) return `<c r="${ref}" t="inlineStr"><is><t>${esc(cell.inline)}</t></is></c>`;
          return `<c r="${ref}"><v>${cell.n}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const zip = zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="投标人" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><sheetData>${sheetRows}</sheetData></worksheet>`),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst ${ns} count="${shared.length}" uniqueCount="${shared.length}">${shared.map((t) => `<si><t>${esc(t)}</t></si>`).join('')}</sst>`,
    ),
  });
  return new Uint8Array(zip);
}

const XLSX_FILE = () =>
  new File(
    [
      xlsx([
        [{ s: '序号' }, { s: '投标人名称' }, { s: '统一社会信用代码' }],
        [{ n: '3' }, { s: F.restricted.subject.name }, { s: F.restricted.subject.id }],
        [{ n: '7' }, { inline: F.objection.subject.name }, { inline: F.objection.subject.id }],
      ]),
    ],
    '投标人名单.xlsx',
    { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  );

describe('<credit-bidder-screen> and the tender file (issue 16)', () => {
  it('imports an .xlsx export (shared and inline strings, the 序号 as a number) through the file input that offers it', async () => {
    const { endpoint } = await usePlatform();
    const el = await screenFor(endpoint);
    expect($<HTMLInputElement>(el, 'input[type="file"]').accept).to.contain('.xlsx');
    const rows = await el.load(XLSX_FILE());
    await el.updateComplete;
    expect(rows.map((r) => [r.serial, r.name, r.id])).to.deep.equal([
      ['3', F.restricted.subject.name, F.restricted.subject.id],
      ['7', F.objection.subject.name, F.objection.subject.id],
    ]);
    // The officer's own numbers are the ones on screen.
    expect($$(el, 'tbody.row td.index').map((td) => text(td))).to.have.members(['3', '7']);
    expect(statusText(el)).to.contain('投标人名单.xlsx');
    expect(statusText(el)).to.contain('已保留名单中的序号');
    const detail = await screenAll(el);
    expect(detail.counts.restricted).to.equal(1);
    expect(detail.counts.review).to.equal(1);
  });

  it('an .xlsx that cannot be read leaves the list as it was and says to save it as CSV', async () => {
    const { endpoint } = await usePlatform();
    const el = await screenFor(endpoint);
    await el.load(`${F.restricted.subject.name}\t${F.restricted.subject.id}\n${F.redList.subject.name}\t${F.redList.subject.id}`);
    await el.updateComplete;
    const before = el.rows;
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const after = await el.load(new File([broken], '加密名单.xlsx'));
    await el.updateComplete;
    expect(after).to.deep.equal(before);
    expect($$(el, 'tbody.row')).to.have.length(2);
    expect(statusText(el)).to.contain('名单未改变');
    expect(statusText(el)).to.contain('另存为 CSV');
    expect($<HTMLButtonElement>(el, 'button.export').disabled).to.equal(false);
    // A Word document renamed .xlsx is no list either.
    await el.load(new File([xlsx([[{ s: 'x' }]]).slice(0, 40)], 'x.xlsx'));
    expect(el.rows).to.deep.equal(before);
  });

  it('a name that does not match its code is 需核对 — counted apart, never clear — on screen, in the CSV and on paper', async () => {
    const { endpoint } = await usePlatform();
    const el = await screenFor(endpoint);
    await el.load(`杭州某公司\t${F.cleanEstablished.subject.id}\n${F.staleActive.subject.name}\t${F.staleActive.subject.id}`);
    const detail = await screenAll(el);
    expect(detail.needsVerification).to.equal(1);
    expect(detail.counts.clear).to.equal(1); // only the one whose name matches
    const row = rowEl(el, 1);
    expect(row.hasAttribute('data-needs-verification')).to.equal(true);
    expect(text(row.querySelector('.badge'))).to.equal('需核对');
    expect(text(row)).to.contain(`平台登记名称：${F.cleanEstablished.subject.name}`);
    expect(text($(el, '.summary [data-kind="needs-verification"] .count'))).to.equal('1');
    expect(text($(el, '.summary [data-kind="clear"] .count'))).to.equal('1');

    const csv = Papa.parse<string[]>(el.exportCsv().replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const line = csv.find((l) => l[1] === '杭州某公司')!;
    expect(line[3]).to.equal('需核对');
    expect(line[5]).to.contain('名称与代码不符');

    const printed = await capturePrint(el);
    const tr = [...printed.querySelectorAll('table.list tbody tr')].find((r) => text(r).includes('杭州某公司'))!;
    expect(text(tr.querySelector('.result'))).to.equal('需核对');
    expect(tr.hasAttribute('data-needs-verification')).to.equal(true);
    expect(text(tr.querySelector('.warning'))).to.contain(F.cleanEstablished.subject.name);
    expect(text(printed.querySelector('.count td'))).to.contain('1 行名称与代码不符，需核对');
  });

  it('prints a paged record — page x of y, project and platform on every page, warnings and repeats listed, QR code — and registers it once', async () => {
    const { platform, endpoint } = await usePlatform();
    const el = await screenFor(endpoint);
    el.setAttribute('project-number', 'SDQCG-2026-031');
    const lines = ['序号\t名称\t代码', `1\t${F.restricted.subject.name}\t${F.restricted.subject.id}`, `2\t厦门集美闽台经贸有限公司\t${PILOT_CODE}`];
    for (const [i, f] of [F.objection, F.redList, F.staleActive, F.judgmentDebtor, F.seriousPenalty, F.gradeA, F.focusList, F.abnormalOperation].entries()) {
      lines.push(`${i + 3}\t${f.subject.name}\t${f.subject.id}`);
    }
    lines.push(`11\t${F.restricted.subject.name}\t${F.restricted.subject.id}`); // a repeat
    lines.push(`12\t广州天河顺捷商贸有限公司\t91440106MA5OK2I7Q3`); // an invalid code
    await el.load(lines.join('\n'));
    await screenAll(el);
    const printed = await capturePrint(el);

    const pages = [...printed.querySelectorAll('section.page')];
    const y = Number(printed.querySelector('article.paged')!.getAttribute('data-pages'));
    expect(pages).to.have.length(y);
    pages.forEach((page, k) => {
      const running = page.querySelector('.running')!;
      expect(text(running.querySelector('.page-number'))).to.equal(`第 ${k + 1} 页 / 共 ${y} 页`);
      expect(text(running.querySelector('.project-number'))).to.equal('项目编号：SDQCG-2026-031');
      expect(text(running.querySelector('.project-name'))).to.equal(`项目名称：${PROJECT}`);
      expect(text(running.querySelector('.platform'))).to.contain(endpoint);
    });
    // The officer's numbers; the repeat in the rows not checked, with why; the warning beside its row.
    const numbers = [...printed.querySelectorAll('table.list tbody tr td.no')].map((td) => text(td));
    expect(numbers).to.include.members(['1', '2', '12']);
    expect(numbers).not.to.include('11');
    const repeat = printed.querySelector('table.unchecked tbody tr')!;
    expect(text(repeat)).to.contain('11').and.contain('与第 1 行代码重复');
    const pilot = [...printed.querySelectorAll('table.list tbody tr')].find((r) => text(r.querySelector('td.no')) === '2')!;
    expect(text(pilot.querySelector('.warning'))).to.contain('校验位');
    // Adverse results carry their basis.
    const restricted = [...printed.querySelectorAll('table.list tbody tr')].find((r) => text(r.querySelector('td.no')) === '1')!;
    expect(text(restricted.querySelector('.basis'))).to.contain('依据');
    // The tail (digest, QR, signatures) is on the last page, with rows of the table.
    const last = pages[pages.length - 1];
    expect(last.querySelector('.signatures')).to.exist;
    expect(last.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    const digest = text(printed.querySelector('.list-digest td'));
    expect(digest).to.match(/^[0-9a-f]{64}$/);
    const qr = last.querySelector('svg.qr')!;
    expect(qr.getAttribute('aria-label')).to.equal(`CASE:SDQCG-2026-031\nSHA256:${digest}`);
    expect(qr.querySelectorAll('rect').length).to.be.greaterThan(100);

    // Registered once, through the outbox: the digest and every printed query with its outcome.
    const posts = () => requestLog(platform).filter((r) => r.path === '/v1/records' && r.method === 'POST');
    await waitUntil(() => posts().length >= 1, 'the record was not registered', { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(posts()).to.have.length(1);
    const body = posts()[0].body as { digest: string; caseNumber: string; projectName: string; entries: { queryId: string; outcome: string }[] };
    expect(body.digest).to.equal(digest);
    expect(body.caseNumber).to.equal('SDQCG-2026-031');
    expect(body.projectName).to.equal(PROJECT);
    const screened = el.rows.filter((r) => r.status === 'done');
    expect(body.entries.map((e) => e.queryId).sort()).to.deep.equal(screened.map((r) => r.decision!.queryId!).sort());
    expect(platform.state.records).to.have.length(1);
  });

  it('the status line follows a language switch, and one row is "1 row"', async () => {
    const { endpoint } = await usePlatform();
    const el = await screenFor(endpoint);
    await el.load(`${F.restricted.subject.name}\t${F.restricted.subject.id}`);
    await el.updateComplete;
    expect(statusText(el)).to.contain('已读取 1 行');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(statusText(el)).to.contain('Read 1 row:');
    expect(statusText(el)).not.to.contain('1 rows');
    await screenAll(el);
    expect(statusText(el)).to.contain('Screening finished: 1 row checked');
    el.setAttribute('lang', 'zh-Hant');
    await el.updateComplete;
    expect(statusText(el)).to.contain('核查完成：已核查 1 列');
  });

  it('the paste box does not keep a person’s full ID number after reading, so a whole-page print cannot show it', async () => {
    const { endpoint } = await usePlatform();
    const el = await screenFor(endpoint);
    const person = F.person.subject.id;
    const area = $<HTMLTextAreaElement>(el, '#paste');
    area.value = `${F.person.subject.name}\t${person}\n${F.redList.subject.name}\t${F.redList.subject.id}`;
    $<HTMLButtonElement>(el, 'button.load').click();
    await waitUntil(() => el.rows.length === 2, 'the list was not read');
    await el.updateComplete;
    expect(area.value).to.equal('');
    expect(statusText(el)).to.contain('已清空');
    // Nowhere on the page: not in the element's DOM (text or attributes), not in its rows.
    expect(el.shadowRoot!.innerHTML).not.to.contain(person);
    expect(document.body.innerHTML).not.to.contain(person);
    expect(JSON.stringify(el.rows)).not.to.contain(person);
    // A company-only paste stays in the box (nothing personal in it).
    area.value = `${F.redList.subject.name}\t${F.redList.subject.id}`;
    $<HTMLButtonElement>(el, 'button.load').click();
    await waitUntil(() => el.rows.length === 1, 'the list was not read');
    expect(area.value).to.contain(F.redList.subject.id);
  });
});
