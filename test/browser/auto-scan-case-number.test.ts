/**
 * Auto-scan takes the case (file) number from `data-credit-case-number`, so checks made by
 * auto-scanned flags are recorded in the ledger under their case, and follows a changed one.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { FIXTURES } from '../../src/testing/index.js';
import { scan, watch } from '../../widgets/auto-scan/scan.js';
import '../../widgets/credit-flag/define.js';
import type { CreditFlag } from '../../widgets/credit-flag/credit-flag.js';
import { mount, settle, usePlatform, type Platform } from './support/platform.js';

const PROCUREMENT = 'government-procurement';

/** The case numbers the platform received with checks, in order. */
const caseNumbers = (platform: Platform) =>
  platform.state.requests
    .filter((r) => r.path.endsWith('/v1/checks'))
    .map((r) => (r.body as { caseNumber?: string }).caseNumber ?? null);

describe('auto-scan: data-credit-case-number', () => {
  it('hands the case number to the flag, whose check carries it to the platform', async () => {
    const { endpoint, platform } = await usePlatform();
    const box = await mount<HTMLElement>(html`<table><tr>
      <td data-credit-subject=${FIXTURES.restricted.subject.id} data-credit-scenario=${PROCUREMENT} data-credit-case-number="ZC-2026-0815">恒拓</td>
      <td data-credit-subject=${FIXTURES.redList.subject.id} data-credit-scenario=${PROCUREMENT}>汇通</td>
    </tr></table>`);
    scan(box, { endpoint, caseNumber: 'ZC-DEFAULT' });
    const [withOwn, withDefault] = [...box.querySelectorAll('credit-flag')] as CreditFlag[];
    await Promise.all([settle(withOwn), settle(withDefault)]);
    expect(withOwn.caseNumber).to.equal('ZC-2026-0815');
    expect(withDefault.caseNumber, 'the scan option for sources without the attribute').to.equal('ZC-DEFAULT');
    expect(caseNumbers(platform).sort()).to.deep.equal(['ZC-2026-0815', 'ZC-DEFAULT']);
  });

  it('watch(): a changed data-credit-case-number updates the flag', async () => {
    const { endpoint } = await usePlatform();
    const box = await mount<HTMLElement>(html`<div><span data-credit-subject=${FIXTURES.redList.subject.id} data-credit-scenario=${PROCUREMENT} data-credit-case-number="A-1">汇通</span></div>`);
    const stop = watch(box, { endpoint });
    try {
      const flag = await settle(box.querySelector<CreditFlag>('credit-flag')!);
      expect(flag.caseNumber).to.equal('A-1');
      box.firstElementChild!.setAttribute('data-credit-case-number', 'A-2');
      await waitUntil(() => flag.caseNumber === 'A-2', 'the flag follows the new case number');
    } finally {
      stop();
    }
  });
});
