import { expect, fixture, html } from '@open-wc/testing';
import { FIXTURES } from '../../src/testing/index.js';
import { scan } from '../../widgets/auto-scan/scan.js';
import { requestLog, usePlatform } from './support/platform.js';

describe('debug', () => {
  it('x', async () => {
    console.log('start', navigator.serviceWorker.controller?.scriptURL);
    const { platform, endpoint } = await usePlatform();
    console.log('platform up', endpoint, navigator.serviceWorker.controller?.scriptURL);
    const r = await Promise.race([fetch(`${endpoint}/v1/measures`).then((r) => r.status), new Promise((res) => setTimeout(() => res('fetch hung'), 3000))]);
    console.log('fetch', r, JSON.stringify(requestLog(platform)));
    console.log('raf?');
    console.log(await Promise.race([new Promise((r) => requestAnimationFrame(() => r('raf ok'))), new Promise((r) => setTimeout(() => r('raf hung'), 2000))]), document.visibilityState, document.hasFocus());
    const box = await fixture<HTMLElement>(html`<div><span data-credit-subject=${FIXTURES.restricted.subject.id}>恒拓</span></div>`);
    scan(box, { endpoint });
    await new Promise((res) => setTimeout(res, 3000));
    const flag = box.querySelector('credit-flag')!;
    console.log('flag', flag.getAttribute('outcome'), flag.hasAttribute('loading'), JSON.stringify(requestLog(platform)));
    expect(1).to.equal(1);
  });
});
