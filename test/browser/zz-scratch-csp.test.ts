import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FIXTURES } from '../../src/testing/index.js';
import '../../widgets/credit-check/define.js';
import type { CreditCheck } from '../../widgets/credit-check/credit-check.js';
import { settle, usePlatform } from './support/platform.js';
import { sendKeys } from '@web/test-runner-commands';

describe('csp', () => {
  it('no violations', async () => {
    const { endpoint } = await usePlatform();
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html";
    document.head.append(meta);
    // probe: inline style must be blocked now
    const probe = document.createElement('div');
    probe.setAttribute('style','color:red'); document.body.append(probe);
    await new Promise((r) => setTimeout(r, 50));
    console.log('probe violations', JSON.stringify(violations));
    violations.length = 0;
    const el = await fixture<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario="government-procurement" case-number="1"></credit-check>`);
    await settle(el);
    (el.shadowRoot!.querySelector('button.respond[data-action="not-applied"]') as HTMLButtonElement).click();
    await el.updateComplete;
    const p = el.printRecord();
    await new Promise((r) => setTimeout(r, 300));
    await sendKeys({ press: 'Shift' });
    await p;
    const n = el.noticeDocument();
    await n;
    await new Promise((r) => setTimeout(r, 100));
    console.log('violations', JSON.stringify(violations));
    expect(violations).to.deep.equal([]);
  });
});
