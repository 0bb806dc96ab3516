// The demo's pages as the browser scripts see them: where each lives, the screenshot it
// makes, and when it has settled — used by `npm run screenshots` and the demo smoke test
// (test/e2e/demo-smoke.test.ts), so both wait for the same thing.
//
// `ready` functions run IN THE PAGE (puppeteer serialises them): self-contained, no imports.

/** @type {import('./demo-pages.d.mts').DemoPageSpec[]} */
export const DEMO_PAGES = [
  {
    id: 'index',
    path: '/',
    ready: () => document.querySelectorAll('.home__page').length >= 6 && !!document.querySelector('.demo-bar'),
  },
  {
    id: 'approval',
    path: '/approval/',
    // 9 flags in the list, the check and the gate of the open case, and the 容缺受理 commitment.
    ready: () => {
      const els = [...document.querySelectorAll('credit-flag, credit-check, credit-gate')];
      return els.length >= 11 && els.every((el) => el.hasAttribute('outcome') && !el.hasAttribute('loading')) && !!document.querySelector('credit-check > credit-commitment');
    },
    extraShots: [{ file: 'approval-case.png', scrollTo: '.oa-actions', block: 'end' }],
  },
  {
    id: 'procurement',
    path: '/procurement/',
    ready: () => {
      const screen = document.querySelector('credit-bidder-screen');
      const conclusion = document.getElementById('conclusion');
      return !!screen && !screen.hasAttribute('loading') && !!conclusion && !conclusion.hidden;
    },
  },
  {
    id: 'script-tag',
    path: '/script-tag/',
    ready: () => {
      const flags = [...document.querySelectorAll('credit-flag')];
      return flags.length >= 8 && flags.every((el) => el.hasAttribute('outcome') && !el.hasAttribute('loading'));
    },
  },
  {
    id: 'vue',
    path: '/vue/',
    ready: () => {
      const els = [...document.querySelectorAll('credit-flag, credit-check, credit-gate')];
      return els.length >= 8 && els.every((el) => el.hasAttribute('outcome') && !el.hasAttribute('loading')) && document.querySelectorAll('.vx-log li').length > 0;
    },
  },
  {
    id: 'fault-lab',
    path: '/fault-lab/',
    ready: () => {
      const els = [...document.querySelectorAll('.lab-stage credit-flag, .lab-stage credit-check, .lab-stage credit-gate')];
      return els.length >= 6 && els.every((el) => el.hasAttribute('outcome') && !el.hasAttribute('loading')) && document.getElementById('verdict')?.dataset.state === 'healthy';
    },
    // The screenshot shows a failure: the platform answering 503.
    screenshot: {
      query: { fault: 'http-503' },
      ready: () => {
        const els = [...document.querySelectorAll('.lab-stage credit-flag, .lab-stage credit-check, .lab-stage credit-gate')];
        return els.length >= 6 && els.every((el) => el.getAttribute('outcome') === 'unknown') && document.getElementById('verdict')?.dataset.state === 'safe';
      },
    },
  },
  {
    id: 'stats',
    path: '/stats/',
    ready: () => {
      const stats = document.querySelector('credit-stats');
      return !!stats?.shadowRoot && stats.shadowRoot.querySelectorAll('svg.chart g.bar').length > 0 && stats.shadowRoot.querySelector('.results')?.getAttribute('aria-busy') === 'false';
    },
  },
  {
    id: 'ledger',
    path: '/ledger/',
    // Last, so that it lists the checks the other pages made in this tab.
    ready: () => {
      const ledger = document.querySelector('credit-ledger');
      return !!ledger?.shadowRoot && ledger.shadowRoot.querySelectorAll('[part~="row"]').length > 0;
    },
  },
];
