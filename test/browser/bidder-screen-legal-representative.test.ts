/**
 * The bidder list's legal-representative id column (rules §16 落实到人): each company's
 * representative is screened as a person right after it — purpose and authorisation
 * required (refused before any request without them), the number masked in the table, the
 * events, the rows and the printout.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { maskSubjectId } from '../../src/ids/index.js';
import { FIXTURES } from '../../src/testing/index.js';
import '../../widgets/credit-bidder-screen/define.js';
import type { CreditBidderScreen } from '../../widgets/credit-bidder-screen/credit-bidder-screen.js';
import { requestLog, usePlatform } from './support/platform.js';

const F = FIXTURES;
const REP = F.personJudgmentDebtor.subject.id; // restricted in procurement
const PURPOSE = '政府采购投标人资格审查';
const LIST = `名称\t统一社会信用代码\t法定代表人身份证号\n${F.restricted.subject.name}\t${F.restricted.subject.id}\t${REP}\n${F.cleanThreeYears.subject.name}\t${F.cleanThreeYears.subject.id}\t`;
const middle = REP.slice(6, 14);

async function screenFor(endpoint: string, purpose: string, authorization = '', authorizationRef = ''): Promise<CreditBidderScreen> {
  return fixture<CreditBidderScreen>(
    html`<credit-bidder-screen endpoint=${endpoint} scenario="government-procurement" purpose=${purpose} authorization=${authorization} authorization-ref=${authorizationRef}></credit-bidder-screen>`,
  );
}

async function screenAll(el: CreditBidderScreen) {
  const done = oneEvent(el, 'credit-screen-complete');
  void el.screen();
  const event = await done;
  await el.updateComplete;
  return event.detail;
}

const personsSent = (platform: Parameters<typeof requestLog>[0]) =>
  requestLog(platform)
    .filter((r) => r.path === '/v1/checks')
    .flatMap((r) => ((r.body as { subjects: { id: string }[] }).subjects ?? []).map((s) => s.id))
    .filter((id) => id === REP);

describe('<credit-bidder-screen> legal-representative id column (rules §16)', () => {
  it('screens each representative as a person row after its company, masked everywhere', async () => {
    const { endpoint, platform } = await usePlatform();
    const el = await screenFor(endpoint, PURPOSE, 'statutory-duty', '《政府采购法》第二十二条');
    await el.load(LIST);
    await el.updateComplete;
    expect(el.rows).to.have.length(3);
    const detail = await screenAll(el);
    expect(el.rows[0].decision!.outcome).to.equal('restricted');
    expect(el.rows[1].decision!.outcome, 'the representative').to.equal('restricted');
    expect(el.rows[1].decision!.subjectId).to.equal(maskSubjectId(REP));
    expect(personsSent(platform)).to.have.length(1);
    const row = [...el.shadowRoot!.querySelectorAll('tbody.row')].find((r) => (r.textContent ?? '').includes('（法定代表人）'))!;
    expect(row, 'the representative row').to.exist;
    expect(row.textContent).to.contain('法定代表人');
    expect(row.querySelector('.code')!.textContent!.trim()).to.equal(maskSubjectId(REP));
    expect(el.shadowRoot!.innerHTML).not.to.contain(middle);
    expect(JSON.stringify(detail)).not.to.contain(middle);
    expect(JSON.stringify(el.rows)).not.to.contain(middle);
    expect(el.exportCsv()).not.to.contain(middle);
  });

  it('without a purpose, or without an authorisation, the representative is refused before any request', async () => {
    const { endpoint, platform } = await usePlatform();
    const noPurpose = await screenFor(endpoint, '', 'statutory-duty', '《政府采购法》第二十二条');
    await noPurpose.load(LIST);
    await screenAll(noPurpose);
    expect(noPurpose.rows[1].decision!.reason).to.equal('purpose-required');
    const noAuthorization = await screenFor(endpoint, PURPOSE);
    await noAuthorization.load(LIST);
    await screenAll(noAuthorization);
    expect(noAuthorization.rows[1].decision!.reason).to.equal('authorization-required');
    expect(personsSent(platform)).to.deep.equal([]);
    // The companies were screened all the same.
    expect(noAuthorization.rows[0].decision!.outcome).to.equal('restricted');
  });
});
