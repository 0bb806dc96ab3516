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
    id: 'vue2',
    path: '/vue2/',
    // The first page of the el-table: 5 flags in the credit column.
    ready: () => {
      const flags = [...document.querySelectorAll('.v2-table credit-flag')];
      return flags.length >= 5 && flags.every((el) => el.hasAttribute('outcome') && !el.hasAttribute('loading'));
    },
    // The screenshot shows the review dialog of the first case, its check and gate settled.
    screenshot: {
      query: { open: '1' },
      ready: () => {
        const els = [...document.querySelectorAll('.v2-table credit-flag, #v2-check, #v2-gate')];
        return els.length >= 7 && els.every((el) => el.hasAttribute('outcome') && !el.hasAttribute('loading'));
      },
    },
  },
  {
    id: 'layui',
    path: '/layui/',
    // The first page of the layui table: 4 auto-scanned flags.
    ready: () => {
      const flags = [...document.querySelectorAll('.layui-table-body credit-flag')];
      return flags.length >= 4 && flags.every((el) => el.hasAttribute('outcome') && !el.hasAttribute('loading'));
    },
    screenshot: {
      query: { open: '1' },
      ready: () => {
        const els = [...document.querySelectorAll('.layui-table-body credit-flag, #lp-check, #lp-gate')];
        return els.length >= 6 && els.every((el) => el.hasAttribute('outcome') && !el.hasAttribute('loading'));
      },
    },
  },
  {
    id: 'react',
    path: '/react/',
    // 6 bidders' flags, the check and the gate, and the events React delivered.
    ready: () => {
      const els = [...document.querySelectorAll('credit-flag, #rx-check, #rx-gate')];
      return els.length >= 8 && els.every((el) => el.hasAttribute('outcome') && !el.hasAttribute('loading')) && document.querySelectorAll('.rx-log li').length > 0;
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
