import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { readFile, sendKeys } from '@web/test-runner-commands';
import Papa from 'papaparse';
import { digestOf } from '../../src/digest/index.js';
import { usccCheckChar } from '../../src/ids/index.js';
import { FIXTURES, PILOT_CODE } from '../../src/testing/index.js';
import '../../widgets/credit-bidder-screen/define.js';
import type { CreditBidderScreen } from '../../widgets/credit-bidder-screen/credit-bidder-screen.js';
import { requestLog, requestsTo, usePlatform, type Platform } from './support/platform.js';

const F = FIXTURES;
const PERSON = F.personSevereDishonesty.subject.id;
const PURPOSE = '政府采购投标人资格审查';

/** A code with a correct check character that the platform does not know. */
function generatedCode(n: number): string {
  const body = `91110000MA${String(n).padStart(7, '0')}`;
  return body + usccCheckChar(body);
}

/** `count` bidders as Excel copies them (tab-separated, CRLF), without a header. */
function generatedList(count: number, first: string[] = []): string {
  const lines = [...first];
  for (let i = lines.length; i < count; i++) lines.push(`测试投标单位${i + 1}有限公司\t${generatedCode(i + 1)}`);
  return lines.join('\r\n') + '\r\n';
}

async function screenFor(endpoint: string, purpose = '', { authorization = '', authorizationRef = '' } = {}): Promise<CreditBidderScreen> {
  return fixture<CreditBidderScreen>(
    html`<credit-bidder-screen
      endpoint=${endpoint}
      scenario="government-procurement"
      purpose=${purpose}
      authorization=${authorization}
      authorization-ref=${authorizationRef}
    ></credit-bidder-screen>`,
  );
}

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const rendered = (el: Element) => $$(el, 'tbody.row');
/** The imported names of the rendered rows, in order (without the platform's name shown under a different one). */
const renderedNames = (el: Element) =>
  rendered(el).map((r) =>
    [...r.querySelector('th.name')!.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim(),
  );
const rowEl = (el: Element, index: number) => $(el, `tbody.row[data-index="${index}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const statusText = (el: Element) => text($(el, '[role="status"]'));
const screenButton = (el: Element) => $<HTMLButtonElement>(el, 'button.screen');
const progress = (el: Element) => $(el, '[role="progressbar"]');
const summaryCount = (el: Element, kind: string) => Number(text($(el, `.summary [data-kind="${kind}"] .count`)).replace(/\D/g, ''));

/**
 * A committed fixture file exactly as it is on disk (read by the test runner, not through
 * its web server, which re-encodes text files it takes for UTF-8 or UTF-16).
 */
async function fixtureFile(name: string): Promise<File> {
  const base64 = await readFile({ path: `../fixtures/${name}`, encoding: 'base64' });
  if (!base64) throw new Error(`missing fixture test/fixtures/${name}`);
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new File([bytes], name, { type: 'text/csv' });
}

/** The ids each /v1/checks request carried, request by request. */
function checkBatches(platform: Platform): string[][] {
  return requestLog(platform)
    .filter((r) => r.path === '/v1/checks')
    .map((r) => ((r.body as { subjects: { id: string }[] }).subjects ?? []).map((s) => s.id));
}

/** Screens and waits for `credit-screen-complete`. */
async function screenAll(el: CreditBidderScreen) {
  const done = oneEvent(el, 'credit-screen-complete');
  void el.screen();
  const event = await done;
  await el.updateComplete;
  return event.detail;
}

/** Presses Tab until the focused element in the shadow root matches (fails after `max` presses). */
async function tabTo(el: Element, matches: (active: Element) => boolean, what: string, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = shadow(el).activeElement;
    if (active && matches(active)) return active;
  }
  throw new Error(`could not reach ${what} with the Tab key`);
}

/** Lets `window.print()` hand over the print root, then ends printing as the browser would. */
async function capturePrint(el: CreditBidderScreen): Promise<ShadowRoot> {
  const original = window.print;
  let root: ShadowRoot | null | undefined;
  window.print = () => {
    root = document.querySelector('.credit-print-root')?.shadowRoot;
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

const OUTCOME_LIST = [
  `${F.redList.subject.name}\t${F.redList.subject.id}`, // facilitated
  `${F.staleActive.subject.name}\t${F.staleActive.subject.id}`, // clear (listing lapsed)
  `${F.objection.subject.name}\t${F.objection.subject.id}`, // review (under objection)
  `广州天河顺捷商贸有限公司\t91440106MA5OK2I7Q3`, // invalid code
  `${F.restricted.subject.name}\t${F.restricted.subject.id}`, // restricted
  `${F.unknownEnterprise.subject.name}\t${F.unknownEnterprise.subject.id}`, // unknown (not found)
].join('\n');

describe('<credit-bidder-screen> reading the list', () => {
  it('reads an Excel paste with a header row: the header is skipped, the rows are shown', async () => {
    const { endpoint } = await usePlatform();
    const el = await screenFor(endpoint);
    const pasted = `单位名称\t统一社会信用代码\r\n${F.restricted.subject.name}\t${F.restricted.subject.id}\r\n${F.objection.subject.name}\t${F.objection.subject.id}\r\n`;
    const area = $<HTMLTextAreaElement>(el, 'textarea');
    const clipboard = new DataTransfer();
    clipboard.setData('text/plain', pasted);
    area.focus();
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
    await waitUntil(() => el.rows.length === 2, 'the pasted rows to be read');
    await el.updateComplete;
    expect(area.value).to.equal(pasted.replace(/\r\n/g, '\n')); // a textarea keeps LF only
    expect(el.rows.map((r) => [r.index, r.name, r.id, r.status])).to.deep.equal([
      [1, F.restricted.subject.name, F.restricted.subject.id, 'pending'],
      [2, F.objection.subject.name, F.objection.subject.id, 'pending'],
    ]);
    expect(statusText(el)).to.contain('已读取 2 行');
    expect(statusText(el)).to.contain('跳过标题行');
    expect(renderedNames(el)).to.deep.equal([F.restricted.subject.name, F.objection.subject.name]);
    expect(screenButton(el).disabled).to.be.false;
  });

  it('reads what was typed into the paste area with the "read list" button (comma-separated, code first)', async () => {
    const { endpoint } = await usePlatform();
    const el = await screenFor(endpoint);
    $<HTMLTextAreaElement>(el, 'textarea').value = `${F.redList.subject.id},${F.redList.subject.name}\n${F.objection.subject.id},${F.objection.subject.name}`;
    $<HTMLButtonElement>(el, 'button.load').click();
    await waitUntil(() => el.rows.length === 2);
    expect(el.rows[0].name).to.equal(F.redList.subject.name);
    expect(el.rows[0].id).to.equal(F.redList.subject.id);
  });

  it('imports a GBK CSV saved by Excel through the labelled file input', async () => {
    const { endpoint } = await usePlatform();
    const el = await screenFor(endpoint);
    const input = $<HTMLInputElement>(el, 'input[type="file"]');
    expect(text($(el, `label[for="${input.id}"]`))).to.equal('导入 Excel 或 CSV 文件');
    const files = new DataTransfer();
    files.items.add(await fixtureFile('bidders-gbk.csv'));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => el.rows.length === 6, 'the GBK file to be read');
    expect(el.rows.map((r) => r.name)).to.deep.equal([
      F.restricted.subject.name,
      F.objection.subject.name,
      F.redList.subject.name,
      F.staleActive.subject.name,
      '北京燕园建设集团有限公司,第一分公司',
      F.cooperative.subject.name,
    ]);
    expect(el.rows[5].id).to.equal(F.cooperative.subject.id);
    expect(el.rows.every((r) => r.status === 'pending')).to.be.true;
    await el.updateComplete;
    expect(statusText(el)).to.contain('GBK');
    expect(statusText(el)).to.contain('bidders-gbk.csv');
  });

  it('imports a UTF-16 "Unicode text" file whose code column comes first', async () => {
    const { endpoint } = await usePlatform();
    const el = await screenFor(endpoint);
    const rows = await el.load(await fixtureFile('bidders-utf16.csv'));
    expect(rows.map((r) => [r.name, r.id])).to.deep.equal([
      [F.cleanThreeYears.subject.name, F.cleanThreeYears.subject.id],
      [F.restricted.subject.name, F.restricted.subject.id],
      [F.pilotCode.subject.name, PILOT_CODE],
      [F.unknownEnterprise.subject.name, F.unknownEnterprise.subject.id],
    ]);
    await el.updateComplete;
    expect(statusText(el)).to.contain('UTF-16');
  });

  it('shows each bad row with the rule it breaks, sends suspect codes with a warning, and never sends invalid ones', async () => {
    const { endpoint, platform } = await usePlatform();
    const el = await screenFor(endpoint);
    await el.load(
      [
        `${F.restricted.subject.name},${F.restricted.subject.id}`,
        `广州天河顺捷商贸有限公司,91440106MA5OK2I7Q3`,
        `短码公司,9111010`,
        `${F.pilotCode.subject.name},${PILOT_CODE}`,
        `,${F.objection.subject.id}`,
        `没有代码的公司,`,
      ].join('\n'),
    );
    await el.updateComplete;
    expect(el.rows.map((r) => r.status)).to.deep.equal(['pending', 'invalid', 'invalid', 'pending', 'pending', 'invalid']);
    expect(text(rowEl(el, 2).querySelector('.notes'))).to.contain('第12位字符“O”不允许出现在统一社会信用代码中');
    expect(text(rowEl(el, 3).querySelector('.notes'))).to.contain('当前为7位');
    expect(text(rowEl(el, 3).querySelector('.outcome'))).to.equal('代码有误');
    expect(text(rowEl(el, 4).querySelector('.notes'))).to.contain('校验位不符');
    expect(text(rowEl(el, 5).querySelector('.notes'))).to.contain('名称为空');
    expect(summaryCount(el, 'invalid')).to.equal(3);
    expect(summaryCount(el, 'warned')).to.equal(2);
    expect(statusText(el)).to.contain('代码有误 3 行');

    const detail = await screenAll(el);
    const sent = checkBatches(platform).flat();
    expect(sent.sort()).to.deep.equal([F.restricted.subject.id, PILOT_CODE, F.objection.subject.id].sort());
    expect(detail.invalid).to.equal(3);
    expect(el.rows[3].decision!.warnings.map((w) => w.code)).to.include('suspect-id');
    expect(el.rows[1].decision).to.equal(undefined);
    // The platform's registered name fills in for the empty one.
    expect(text(rowEl(el, 5).querySelector('th.name'))).to.contain(F.objection.subject.name);
  });

  it('marks repeated codes, whatever their width or case, and sends each code once', async () => {
    const { endpoint, platform } = await usePlatform();
    const el = await screenFor(endpoint);
    const fullWidth = F.restricted.subject.id.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    await el.load(
      [
        `${F.restricted.subject.name}\t${F.restricted.subject.id}`,
        `${F.objection.subject.name}\t${F.objection.subject.id}`,
        `${F.restricted.subject.name}（重复）\t${fullWidth}`,
        `${F.objection.subject.name}\t${F.objection.subject.id.toLowerCase()}`,
      ].join('\n'),
    );
    await el.updateComplete;
    expect(el.rows.map((r) => [r.status, r.duplicateOf])).to.deep.equal([
      ['pending', undefined],
      ['pending', undefined],
      ['duplicate', 1],
      ['duplicate', 2],
    ]);
    expect(text(rowEl(el, 3).querySelector('.notes'))).to.contain('与第 1 行代码重复');
    expect(summaryCount(el, 'duplicate')).to.equal(2);
    await screenAll(el);
    expect(checkBatches(platform).flat()).to.have.members([F.restricted.subject.id, F.objection.subject.id]);
    expect(checkBatches(platform).flat()).to.have.length(2);
  });
});

describe('<credit-bidder-screen> screening', () => {
  it('sends 500 rows as 5 requests of 100, counting up in the progress bar, and reports the run', async () => {
    const { endpoint, platform } = await usePlatform({ latencyMs: [5, 60] });
    const el = await screenFor(endpoint);
    await el.load(generatedList(500, [`${F.restricted.subject.name}\t${F.restricted.subject.id}`]));
    const seen = new Set<string>();
    const observer = new MutationObserver(() => {
      const bar = shadow(el).querySelector('[role="progressbar"]');
      if (bar) seen.add(bar.getAttribute('aria-valuenow')!);
    });
    observer.observe(shadow(el), { subtree: true, childList: true, attributes: true });
    // The event bubbles out of the element and its shadow root: the page can listen on document.
    const heard = oneEvent(document, 'credit-screen-complete');
    const detail = await screenAll(el);
    observer.disconnect();
    expect((await heard).detail).to.equal(detail);

    const batches = checkBatches(platform);
    expect(batches).to.have.length(5);
    expect(batches.map((b) => b.length)).to.deep.equal([100, 100, 100, 100, 100]);
    expect(new Set(batches.flat()).size).to.equal(500);
    expect(progress(el).getAttribute('aria-valuenow')).to.equal('500');
    expect(progress(el).getAttribute('aria-valuemax')).to.equal('500');
    expect(text(progress(el))).to.contain('500 / 500');
    expect(text(progress(el))).to.contain('100%');
    // It moved by batches, not in one jump at the end.
    expect([...seen].some((v) => Number(v) > 0 && Number(v) < 500), `progress values seen: ${[...seen]}`).to.be.true;
    expect([...seen].every((v) => Number(v) % 100 === 0)).to.be.true;

    expect(detail.total).to.equal(500);
    expect(detail.invalid).to.equal(0);
    expect(detail.counts).to.deep.equal({ restricted: 1, review: 0, facilitated: 0, clear: 0, unknown: 499 });
    expect(detail.rows).to.have.length(500);
    expect(detail.rows[0].decision!.outcome).to.equal('restricted');
    expect(el.hasAttribute('loading')).to.be.false;
    expect(statusText(el)).to.contain('核查完成');
  });

  it('reflects loading while screening; cancelling puts the rows not done back and reports no completion', async () => {
    // The first request hangs; the second answers.
    const { endpoint, platform } = await usePlatform({ faults: { mode: 'hang', path: '/v1/checks', times: 1 } });
    const el = await screenFor(endpoint);
    await el.load(generatedList(200));
    let completed = 0;
    el.addEventListener('credit-screen-complete', () => completed++);
    const run = el.screen();
    await waitUntil(() => progress(el)?.getAttribute('aria-valuenow') === '100', 'the answered batch to fill in');
    expect(el.hasAttribute('loading')).to.be.true;
    expect(el.rows.filter((r) => r.status === 'screening')).to.have.length(100);
    expect(progress(el).getAttribute('aria-valuenow')).to.equal('100');
    expect(text(progress(el))).to.contain('50%');
    expect(text(screenButton(el))).to.equal('取消核查');
    await expect(el).to.be.accessible();

    screenButton(el).click();
    await run;
    await el.updateComplete;
    expect(el.hasAttribute('loading')).to.be.false;
    expect(el.rows.filter((r) => r.status === 'pending')).to.have.length(100);
    expect(el.rows.filter((r) => r.status === 'done')).to.have.length(100);
    expect(statusText(el)).to.contain('已取消核查');
    expect(completed).to.equal(0);
    expect(text(screenButton(el))).to.equal('重新核查全部');

    // Screening again finishes the list (the fault is used up).
    const detail = await screenAll(el);
    expect(detail.counts.unknown).to.equal(200);
    expect(el.rows.every((r) => r.status === 'done')).to.be.true;
    expect(requestsTo(platform, '/v1/checks')).to.equal(4);
  });

  it('marks the rows of a failed batch unknown and retries just those rows', async () => {
    const { endpoint, platform } = await usePlatform({ faults: { mode: 'http-500', path: '/v1/checks', times: 1 } });
    const el = await screenFor(endpoint);
    await el.load(generatedList(150, [`${F.restricted.subject.name}\t${F.restricted.subject.id}`]));
    await screenAll(el);
    const failed = el.rows.filter((r) => r.decision?.reason === 'http');
    expect([50, 100]).to.include(failed.length);
    expect(failed.every((r) => r.decision!.outcome === 'unknown')).to.be.true;
    const retry = $<HTMLButtonElement>(el, 'button.retry');
    expect(text(retry)).to.equal(`重试失败的 ${failed.length} 行`);
    expect(statusText(el)).to.contain(`${failed.length} 行因信用平台故障未能核查`);

    const done = oneEvent(el, 'credit-screen-complete');
    retry.focus();
    retry.click();
    await el.updateComplete;
    // The retry button goes away while the rows are checked again: focus moves to the cancel button.
    expect(shadow(el).activeElement).to.equal(screenButton(el));
    await done;
    await el.updateComplete;
    const batches = checkBatches(platform);
    expect(batches).to.have.length(3);
    expect(batches[2].sort()).to.deep.equal(failed.map((r) => r.id).sort());
    expect(el.rows.filter((r) => r.decision?.reason === 'http')).to.have.length(0);
    expect(el.rows[0].decision!.outcome).to.equal('restricted');
    expect($(el, 'button.retry')).to.equal(null);
  });

  it('checks natural persons only with a purpose, and shows, reports and exports their numbers masked', async () => {
    const { endpoint, platform } = await usePlatform();
    const el = await screenFor(endpoint);
    // The list carries each person's written consent (授权书编号), as a procurement file does.
    await el.load(`名称\t代码\t授权书编号\n李某\t${PERSON}\t授权书 2026-031\n${F.restricted.subject.name}\t${F.restricted.subject.id}\t`);
    await el.updateComplete;
    expect(text($(el, '.notice'))).to.contain('1 个自然人身份证号');
    let detail = await screenAll(el);
    expect(detail.rows[0].decision!.reason).to.equal('purpose-required');
    expect(checkBatches(platform).flat()).to.deep.equal([F.restricted.subject.id]);

    el.purpose = PURPOSE;
    await el.updateComplete;
    expect($(el, '.notice')).to.equal(null);
    detail = await screenAll(el);
    expect(detail.rows[0].decision!.outcome).to.equal('restricted');
    // Sent in the POST body, as it must be, with the row's own authorisation (a request of its own:
    // one authorisation per request).
    const personRequest = requestLog(platform)
      .filter((r) => r.path === '/v1/checks')
      .find((r) => ((r.body as { subjects: { id: string }[] }).subjects ?? []).some((s) => s.id === PERSON));
    expect(personRequest, 'the person is sent').to.exist;
    expect((personRequest!.body as { authorization?: unknown }).authorization).to.deep.equal({ basis: 'subject-consent', reference: '授权书 2026-031' });
    const masked = `${PERSON.slice(0, 6)}********${PERSON.slice(14)}`;
    expect(text(rowEl(el, 1).querySelector('.code'))).to.equal(masked);
    rowEl(el, 1).querySelector<HTMLButtonElement>('button.expand')!.click();
    await el.updateComplete;
    const middle = PERSON.slice(6, 14);
    expect(shadow(el).innerHTML).not.to.contain(middle);
    expect(JSON.stringify(detail)).not.to.contain(middle);
    expect(JSON.stringify(el.rows)).not.to.contain(middle);
    expect(el.exportCsv()).not.to.contain(middle);
    const printed = await capturePrint(el);
    expect(printed.innerHTML).not.to.contain(middle);
    // The person's row prints the authorisation it was checked under (rules §1).
    expect(text(printed.querySelector('.record-list') ?? printed.firstElementChild)).to.contain('查询授权：本人书面授权（授权书 2026-031）');
  });

  it('refuses a person row without an authorisation before any request, saying what is missing; the element default or a row of its own lets it through', async () => {
    const { endpoint, platform } = await usePlatform();
    const el = await screenFor(endpoint, PURPOSE);
    await el.load(`李某\t${PERSON}\n${F.restricted.subject.name}\t${F.restricted.subject.id}`);
    await el.updateComplete;
    expect(text($(el, '.notice.authorization'))).to.contain('1 个自然人没有查询授权');
    let detail = await screenAll(el);
    expect(detail.rows[0].decision!.outcome).to.equal('unknown');
    expect(detail.rows[0].decision!.reason).to.equal('authorization-required');
    expect(checkBatches(platform).flat()).to.deep.equal([F.restricted.subject.id]); // the person was never sent
    expect(text(rowEl(el, 1).querySelector('.notes'))).to.contain('缺少查询授权');
    expect(text(rowEl(el, 1).querySelector('.notes'))).to.contain('授权书编号');

    // Consent without its reference is still refused, and the row says the reference is missing.
    el.authorization = 'subject-consent';
    await el.updateComplete;
    detail = await screenAll(el);
    expect(detail.rows[0].decision!.reason).to.equal('authorization-required');
    expect(text(rowEl(el, 1).querySelector('.notes'))).to.contain('本人授权缺少授权书编号');
    expect(checkBatches(platform).flat()).not.to.include(PERSON);

    el.authorizationRef = '授权书 2026-031';
    await el.updateComplete;
    expect($(el, '.notice.authorization')).to.equal(null);
    detail = await screenAll(el);
    expect(detail.rows[0].decision!.outcome).to.equal('restricted');
    expect(checkBatches(platform).flat()).to.include(PERSON);

    // A bare reference in the list's authorisation column is the person's consent; an empty cell falls back.
    await el.load(`姓名\t身份证号\t授权\n李某\t${PERSON}\t\n`);
    el.authorization = '';
    el.authorizationRef = '';
    await el.updateComplete;
    detail = await screenAll(el);
    expect(detail.rows[0].decision!.reason).to.equal('authorization-required');
    await el.load(`姓名\t身份证号\t授权\n李某\t${PERSON}\tstatutory-duty:《政府采购法》第二十二条\n`);
    detail = await screenAll(el);
    expect(detail.rows[0].decision!.outcome).to.equal('restricted');
  });
});

describe('<credit-bidder-screen> 人工核查 per row', () => {
  it('a row the platform could not decide offers the manual verification in its details; recorded, it says 人工核查 and stays unknown', async () => {
    const { endpoint, platform } = await usePlatform({ faults: { mode: 'http-500', path: '/v1/checks' } });
    const el = await screenFor(endpoint);
    await el.load(`${F.restricted.subject.name}\t${F.restricted.subject.id}`);
    const detail = await screenAll(el);
    expect(detail.rows[0].decision!.outcome).to.equal('unknown');
    rowEl(el, 1).querySelector<HTMLButtonElement>('button.expand')!.click();
    await el.updateComplete;
    const form = rowEl(el, 1).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('credit-manual-verification')!;
    expect(form, 'the form in the row details').to.exist;
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLInputElement>('input[name="finding"][value="no-records"]')!.click();
    form.shadowRoot!.querySelector<HTMLButtonElement>('button.submit')!.click();
    await waitUntil(() => platform.state.verifications.length === 1, 'the verification to arrive');
    await waitUntil(() => text(rowEl(el, 1).querySelector('.badge .word')) === '人工核查', 'the row to say 人工核查');
    expect(rowEl(el, 1).dataset.outcome).to.equal('unknown');
    expect(text(rowEl(el, 1).querySelector('.notes .verification'))).to.contain('未发现失信记录');
    expect(el.rows[0].decision!.outcome).to.equal('unknown');
    expect(platform.state.verifications[0]).to.include({ finding: 'no-records', scenario: 'government-procurement' });
    // On paper too: 人工核查 as the row's result, the finding beside it.
    const printed = await capturePrint(el);
    expect(printed.textContent).to.contain('人工核查').and.contain('已记录人工核查：未发现失信记录');
  });
});

describe('<credit-bidder-screen> results', () => {
  it('sorts restricted first by default, then by name and code from the column headers', async () => {
    const { endpoint } = await usePlatform();
    const el = await screenFor(endpoint);
    await el.load(OUTCOME_LIST);
    await screenAll(el);
    expect(renderedNames(el)).to.deep.equal([
      F.restricted.subject.name,
      F.unknownEnterprise.subject.name,
      '广州天河顺捷商贸有限公司',
      F.objection.subject.name,
      F.redList.subject.name,
      F.staleActive.subject.name,
    ]);
    expect(rendered(el).map((r) => r.dataset.outcome ?? r.dataset.status)).to.deep.equal([
      'restricted',
      'unknown',
      'invalid',
      'review',
      'facilitated',
      'clear',
    ]);
    expect($(el, 'th.outcome').getAttribute('aria-sort')).to.equal('ascending');

    const names = el.rows.map((r) => r.name);
    const collator = new Intl.Collator('zh-CN');
    $<HTMLButtonElement>(el, 'th.name button').click();
    await el.updateComplete;
    expect($(el, 'th.name').getAttribute('aria-sort')).to.equal('ascending');
    expect($(el, 'th.outcome').hasAttribute('aria-sort')).to.be.false;
    expect(renderedNames(el)).to.deep.equal(names.slice().sort(collator.compare));
    $<HTMLButtonElement>(el, 'th.name button').click();
    await el.updateComplete;
    expect($(el, 'th.name').getAttribute('aria-sort')).to.equal('descending');
    expect(renderedNames(el)).to.deep.equal(names.slice().sort(collator.compare).reverse());

    $<HTMLButtonElement>(el, 'th.code button').click();
    await el.updateComplete;
    const codes = rendered(el).map((r) => text(r.querySelector('.code')));
    expect(codes).to.deep.equal(codes.slice().sort());
    expect($(el, 'th.code').getAttribute('aria-sort')).to.equal('ascending');
  });

  it('filters to restricted, review, unknown and input problems, with the counts', async () => {
    const { endpoint } = await usePlatform();
    const el = await screenFor(endpoint);
    await el.load(OUTCOME_LIST);
    await screenAll(el);
    const radio = (label: string) => $$<HTMLLabelElement>(el, '.filter label').find((l) => text(l).startsWith(label))!.querySelector('input')!;
    expect($$(el, '.filter label').map(text)).to.deep.equal(['全部（6）', '限制（1）', '需审核（1）', '未核查（1）', '输入有问题（1）']);
    radio('限制').click();
    await el.updateComplete;
    expect(renderedNames(el)).to.deep.equal([F.restricted.subject.name]);
    radio('需审核').click();
    await el.updateComplete;
    expect(renderedNames(el)).to.deep.equal([F.objection.subject.name]);
    radio('未核查').click();
    await el.updateComplete;
    expect(renderedNames(el)).to.deep.equal([F.unknownEnterprise.subject.name]);
    radio('输入有问题').click();
    await el.updateComplete;
    expect(renderedNames(el)).to.deep.equal(['广州天河顺捷商贸有限公司']);
    radio('全部').click();
    await el.updateComplete;
    expect(rendered(el)).to.have.length(6);
    expect(summaryCount(el, 'restricted')).to.equal(1);
    expect(summaryCount(el, 'facilitated')).to.equal(1);
    expect(summaryCount(el, 'clear')).to.equal(1);
  });

  it('expands a row into the same decision details as <credit-check>', async () => {
    const { endpoint } = await usePlatform();
    const el = await screenFor(endpoint);
    await el.load(OUTCOME_LIST);
    await screenAll(el);
    const row = rowEl(el, 5);
    const toggle = row.querySelector<HTMLButtonElement>('button.expand')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(rowEl(el, 4).querySelector('button.expand'), 'an invalid row has nothing to expand').to.equal(null);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = shadow(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    const panel = details.querySelector('[part="details"]')!;
    expect(text(panel)).to.contain('限制参加政府采购活动');
    expect(text(panel)).to.contain(F.restricted.records[0].title);
    expect(text(panel)).to.contain(F.restricted.records[0].authority);
    expect(panel.querySelector('[data-measure="P-PROCUREMENT-BAN"]')).to.exist;
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(row.querySelector('[part="details"]')).to.equal(null);
  });

  it('exports a CSV that Excel opens: BOM, header, one line per row, outcome words, measures, query ids', async () => {
    const { endpoint } = await usePlatform();
    const el = await screenFor(endpoint, PURPOSE, { authorization: 'statutory-duty', authorizationRef: '《政府采购法》第二十二条' });
    await el.load(`${OUTCOME_LIST}\n${F.restricted.subject.name}\t${F.restricted.subject.id}\n李某\t${PERSON}`);
    await screenAll(el);
    const csv = el.exportCsv();
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const table = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(table[0]).to.deep.equal(['序号', '名称', '代码', '核查结果', '适用措施', '原因', '查询编号', '数据时间']);
    expect(table).to.have.length(9);
    const byIndex = new Map(table.slice(1).map((r) => [r[0], r]));
    const restricted = byIndex.get('5')!;
    expect(restricted.slice(1, 4)).to.deep.equal([F.restricted.subject.name, F.restricted.subject.id, '限制']);
    expect(restricted[4]).to.contain('限制参加政府采购活动');
    expect(restricted[5]).to.contain(F.restricted.records[0].title);
    expect(restricted[6]).to.equal(el.rows[4].decision!.queryId);
    expect(restricted[7]).not.to.equal('');
    expect(byIndex.get('4')!.slice(3, 4)).to.deep.equal(['代码有误']);
    expect(byIndex.get('7')![3]).to.equal('重复');
    expect(byIndex.get('8')![2]).to.equal(`${PERSON.slice(0, 6)}********${PERSON.slice(14)}`);
    // In the table's order: restricted first.
    expect(table.slice(1, 3).map((r) => r[3])).to.deep.equal(['限制', '限制']);

    // The button saves the same text as a file.
    let saved: Promise<ArrayBuffer> | undefined;
    let name = '';
    const grab = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (link instanceof HTMLAnchorElement && link.hasAttribute('download')) {
        event.preventDefault();
        name = link.download;
        saved = fetch(link.href).then((r) => r.arrayBuffer());
      }
    };
    document.addEventListener('click', grab, true);
    try {
      $<HTMLButtonElement>(el, 'button.export').click();
    } finally {
      document.removeEventListener('click', grab, true);
    }
    expect(name).to.match(/^投标人信用核查结果-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new Uint8Array(await saved!);
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(csv);
  });

  it('prints the check record of the whole list with one SHA-256 per row and one over the list', async () => {
    const { endpoint } = await usePlatform();
    const el = await fixture<CreditBidderScreen>(
      html`<credit-bidder-screen endpoint=${endpoint} scenario="government-procurement" case-number="ZC-2026-0815"></credit-bidder-screen>`,
    );
    await el.load(`${OUTCOME_LIST}\n${F.restricted.subject.name}\t${F.restricted.subject.id}`);
    await screenAll(el);
    const printed = await capturePrint(el);
    expect(document.querySelector('.credit-print-root'), 'the print root is removed afterwards').to.equal(null);
    const lines = [...printed.querySelectorAll('table.list tbody tr')];
    // Every screened row and the invalid one; the repeat is left out.
    expect(lines).to.have.length(6);
    expect(lines.map((tr) => tr.getAttribute('data-outcome'))).to.deep.equal(['restricted', 'unknown', 'unknown', 'review', 'facilitated', 'clear']);
    const digests = lines.map((tr) => text(tr.querySelector('.digest')));
    expect(digests.every((d) => /^[0-9a-f]{64}$/.test(d))).to.be.true;
    expect(new Set(digests).size).to.equal(6);
    const restricted = el.rows.find((r) => r.id === F.restricted.subject.id && r.status === 'done')!;
    expect(digests[0]).to.equal(await digestOf(restricted.decision));
    expect(text(printed.querySelector('.list-digest td'))).to.match(/^[0-9a-f]{64}$/);
    expect(text(printed.querySelector('.case-number td'))).to.equal('ZC-2026-0815');
    expect(text(printed.querySelector('.endpoint td'))).to.contain(endpoint);
  });

  it('renders only the rows in view of 2,000, and the last ones once scrolled to the end', async () => {
    const { endpoint, platform } = await usePlatform();
    const el = await screenFor(endpoint);
    await el.load(generatedList(2000));
    await el.updateComplete;
    expect(el.rows).to.have.length(2000);
    expect(rendered(el).length).to.be.greaterThan(5);
    expect(rendered(el).length).to.be.lessThan(100);
    const detail = await screenAll(el);
    expect(detail.counts.unknown).to.equal(2000);
    expect(requestsTo(platform, '/v1/checks')).to.equal(20);
    expect(rendered(el).length).to.be.lessThan(100);

    const scroller = $(el, '.scroller');
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(() => rendered(el).some((r) => r.dataset.index === '2000'), 'the last row to be rendered');
    expect(rendered(el).length).to.be.lessThan(100);
    $<HTMLButtonElement>(el, 'th.index button').click(); // input order, descending: 2000 first
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'th.index button').click();
    await el.updateComplete;
    expect(rendered(el)[0].dataset.index).to.equal('2000');
  });
});

describe('<credit-bidder-screen> without a platform', () => {
  it('says that no endpoint is configured instead of throwing, and keeps the rows', async () => {
    const el = await fixture<CreditBidderScreen>(html`<credit-bidder-screen></credit-bidder-screen>`);
    await el.load(`${F.restricted.subject.name}\t${F.restricted.subject.id}`);
    await el.screen();
    await el.updateComplete;
    expect(statusText(el)).to.contain('未配置信用平台接口地址');
    expect(el.rows[0].status).to.equal('pending');
    expect(el.hasAttribute('loading')).to.be.false;
  });

  it('reports a file that cannot be a bidder list without throwing', async () => {
    const el = await fixture<CreditBidderScreen>(html`<credit-bidder-screen></credit-bidder-screen>`);
    const rows = await el.load(new File([''], 'empty.csv'));
    expect(rows).to.have.length(0);
    await el.updateComplete;
    expect(statusText(el)).to.contain('没有读取到任何行');
  });
});

describe('<credit-bidder-screen> accessibility and language', () => {
  it('passes axe empty, loaded with bad rows, and after screening with a filter that matches nothing', async () => {
    const { endpoint } = await usePlatform();
    const el = await screenFor(endpoint);
    await expect(el).to.be.accessible();
    await el.load(OUTCOME_LIST);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await screenAll(el);
    await expect(el).to.be.accessible();
    await el.load(`${F.redList.subject.name}\t${F.redList.subject.id}`);
    await screenAll(el);
    $$<HTMLInputElement>(el, '.filter input')[1].click();
    await el.updateComplete;
    expect(text($(el, '.no-match'))).to.equal('没有符合筛选条件的行。');
    await expect(el).to.be.accessible();
  });

  it('works from the keyboard: paste area, read, file input, screen, sort, filter, expand, export, print', async () => {
    const { endpoint } = await usePlatform();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button id="before">before</button><credit-bidder-screen endpoint=${endpoint} scenario="government-procurement"></credit-bidder-screen></div>`,
    );
    const el = wrapper.querySelector('credit-bidder-screen')!;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await tabTo(el, (a) => a.id === 'paste', 'the paste area', 2);
    await sendKeys({ type: `ACME,${F.restricted.subject.id}` });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: `BETA,${F.objection.subject.id}` });
    await tabTo(el, (a) => a.matches('button.load'), 'the read button', 1);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.rows.length === 2, 'the typed list to be read');
    await tabTo(el, (a) => a.matches('input[type="file"]'), 'the file input', 1);
    await tabTo(el, (a) => a.matches('button.screen'), 'the screen button', 1);
    const done = oneEvent(el, 'credit-screen-complete');
    await sendKeys({ press: 'Enter' });
    await done;
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(screenButton(el));

    await tabTo(el, (a) => a.matches('button.export'), 'the export button');
    await tabTo(el, (a) => a.matches('button.print'), 'the print button', 1);
    const all = await tabTo(el, (a) => a.matches('.filter input'), 'the filter', 1);
    expect((all as HTMLInputElement).value).to.equal('all');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(renderedNames(el)).to.deep.equal(['ACME']);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(rendered(el)).to.have.length(2);

    await tabTo(el, (a) => a.matches('button.sort[data-sort="name"]'), 'the name sort button');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, 'th.name').getAttribute('aria-sort')).to.equal('ascending');
    const expand = await tabTo(el, (a) => a.matches('button.expand'), 'a row expand button');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(expand.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).querySelector('[part="details"]')).to.exist;
  });

  it('speaks English under lang="en"', async () => {
    const { endpoint } = await usePlatform();
    const el = await fixture<CreditBidderScreen>(html`<credit-bidder-screen lang="en" endpoint=${endpoint} scenario="government-procurement"></credit-bidder-screen>`);
    expect(text($(el, 'label[for="paste"]'))).to.equal('Paste the bidder list');
    await el.load(`Name,Code\nACME,${F.restricted.subject.id}\nBad,91440106MA5OK2I7Q3`);
    await screenAll(el);
    expect(text(screenButton(el))).to.equal('Screen all again');
    expect(text($(el, 'th.name'))).to.equal('Name');
    expect(text(rowEl(el, 1).querySelector('.outcome'))).to.equal('Restricted');
    expect(text(rowEl(el, 2).querySelector('.notes'))).to.match(/character 12/i);
    expect(statusText(el)).to.contain('Screening finished');
  });
});
