/**
 * The ledger and the statistics with no platform configured: the heading and a sentence
 * saying what to configure, no form that could never answer (widgets/internal/desk-frame.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { getConfig, resetConfig } from '../../src/client/registry.js';
import '../../widgets/credit-ledger/define.js';
import '../../widgets/credit-stats/define.js';

describe('the desk elements without a platform', () => {
  beforeEach(() => resetConfig());

  for (const tag of ['credit-ledger', 'credit-stats']) {
    it(`<${tag}> says that no platform is configured, and shows no form`, async () => {
      expect(getConfig().endpoint).to.equal(undefined);
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        tag === 'credit-ledger' ? html`<credit-ledger lang="en"></credit-ledger>` : html`<credit-stats lang="en"></credit-stats>`,
      );
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert?.textContent?.trim()).to.match(/^No credit platform (address \(endpoint\) )?is configured/);
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      expect(el.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.not.equal('');
    });
  }
});
