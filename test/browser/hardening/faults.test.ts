/**
 * The fault matrix: every way the platform can fail × every checking element. A failed
 * check is `unknown` with the right reason — never `clear` or `facilitated`, not even for a
 * moment — nothing escapes to the page's `error` / `unhandledrejection`, and the element's
 * own retry control shows the real outcome once the platform has recovered.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetConfig } from '../../../src/client/registry.js';
import type { Outcome, UnknownReason } from '../../../src/contract/index.js';
import type { Decision } from '../../../src/policy/decision.js';
import { FIXTURES, type FaultSpec, type PlatformOptions } from '../../../src/testing/index.js';
import { shared } from '../../../widgets/locales/index.js';
import { usePlatform } from '../support/platform.js';
import { CHECKING_DRIVERS, settle, shownText, tallBidderScreens, type Driver, type Subject } from './support/elements.js';
import { recordOutcomes, type OutcomeLog } from './support/outcomes.js';
import { watchPage, type PageWatch } from './support/page.js';

const LICENSING = 'administrative-licensing';
const words = shared('zh-CN');

/** Facilitated, clear and review (under licensing) when the platform works: a failure must not look like the first two. */
const SUBJECTS: Subject[] = [FIXTURES.cleanThreeYears, FIXTURES.staleActive, FIXTURES.restricted].map((f) => ({ id: f.subject.id, name: f.subject.name }));
// In 行政许可 the black-listed `restricted` fixture meets 市场和行业禁入 (a mandatory block): restricted.
const REAL: Outcome[] = ['facilitated', 'clear', 'restricted'];

interface FaultCase {
  title: string;
  reason: UnknownReason;
  platform: () => PlatformOptions;
  /** Page configuration for the case (reset afterwards). */
  config?: Parameters<typeof configure>[0];
  /** Makes the platform work again. */
  recover: (ctx: { platform: import('../../../src/testing/index.js').Platform; accepted: Set<string> }) => void;
}

const platformDown = (spec: FaultSpec): Pick<FaultCase, 'platform' | 'recover'> => ({
  platform: () => ({ faults: spec }),
  recover: ({ platform }) => platform.setFaults('none'),
});

const CASES: FaultCase[] = [
  { title: 'HTTP 500', reason: 'http', ...platformDown({ mode: 'http-500' }) },
  { title: 'HTTP 503 with Retry-After', reason: 'http', ...platformDown({ mode: 'http-503', retryAfter: 1 }) },
  { title: 'HTTP 429 with Retry-After', reason: 'http', ...platformDown({ mode: 'http-429', retryAfter: 1 }) },
  { title: 'a hang past the timeout', reason: 'timeout', config: { timeoutMs: 400 }, ...platformDown({ mode: 'hang' }) },
  { title: 'connection refused (offline)', reason: 'network', ...platformDown({ mode: 'offline' }) },
  { title: 'malformed JSON', reason: 'invalid-response', ...platformDown({ mode: 'malformed-json' }) },
  { title: 'an HTML login page with status 200', reason: 'invalid-response', ...platformDown({ mode: 'html-login' }) },
  { title: 'schema drift: a missing field', reason: 'invalid-response', ...platformDown({ mode: 'schema-drift-missing-field' }) },
  { title: 'schema drift: a wrong type', reason: 'invalid-response', ...platformDown({ mode: 'schema-drift-wrong-type' }) },
  { title: 'schema drift: an unknown enum value', reason: 'invalid-response', ...platformDown({ mode: 'schema-drift-unknown-enum' }) },
  {
    title: 'a per-subject error inside a good batch',
    reason: 'http',
    config: { batchWindowMs: 250 }, // so that the element and its neighbour surely share a request
    platform: () => ({ subjectErrors: { [FIXTURES.cleanThreeYears.subject.id]: { status: 503, title: 'Source register unavailable' } } }),
    recover: ({ platform }) => platform.setSubjectErrors({}),
  },
  {
    title: 'a token the platform refuses (401)',
    reason: 'unauthorized',
    config: { getToken: () => 'session-2' },
    platform: () => ({}), // replaced below: acceptToken reads `accepted`
    recover: ({ accepted }) => void accepted.add('session-2'),
  },
  { title: 'the catalog answering 500', reason: 'http', ...platformDown({ mode: 'http-500', path: '/v1/measures' }) },
];

/** Subjects the platform answers with an error in a case: the others of the batch keep their real outcome. */
const failingIn = (c: FaultCase, i: number) => c.title !== 'a per-subject error inside a good batch' || i === 0;

let watch: PageWatch;
let outcomes: OutcomeLog;
let untall: () => void;
beforeEach(() => {
  watch = watchPage();
  outcomes = recordOutcomes(); // before any element exists, so before its first check
  untall = tallBidderScreens();
});
afterEach(() => {
  watch.stop();
  outcomes.stop();
  untall();
  resetConfig();
});

function expectNothingEscaped(): void {
  expect(watch.errors, 'window error events').to.deep.equal([]);
  expect(watch.rejections, 'unhandled rejections').to.deep.equal([]);
}

/** Every credit-result fired so far by `el` (the flag, check and gate fire one per check). */
function firedOutcomes(el: Element): Outcome[] {
  return watch.events.filter((e) => e.type === 'credit-result' && e.target === el).map((e) => (e.detail as Decision).outcome);
}

const GREEN = ['clear', 'facilitated'];

/** Every outcome the failing subjects' elements or rows took, from before the first check until now: none green. */
function expectNeverGreen(driver: Driver, el: HTMLElement, c: FaultCase, subjects: readonly Subject[]): void {
  if (!driver.many) {
    const taken = outcomes.of(el);
    expect(taken, 'outcomes the element took').to.include('unknown');
    expect(taken.filter((o) => GREEN.includes(o)), `never green, not even for a moment (took ${taken.join(' → ')})`).to.deep.equal([]);
    return;
  }
  const rows = outcomes.rowsOf(el);
  subjects.forEach((_, i) => {
    if (!failingIn(c, i)) return;
    const taken = rows.get(i + 1) ?? [];
    expect(taken, `outcomes row ${i + 1} took`).to.include('unknown');
    expect(taken.filter((o) => GREEN.includes(o)), `row ${i + 1} never green (took ${taken.join(' → ')})`).to.deep.equal([]);
  });
}

function expectShownUnknown(driver: Driver, el: HTMLElement): void {
  const text = shownText(el);
  expect(text, 'the unknown word is shown').to.contain(driver.name === 'gate' ? words.verifyManually : words.outcome.unknown);
  if (!driver.many) {
    expect(text, 'no facilitated word').not.to.contain(words.outcome.facilitated);
    expect(text, 'no clear word').not.to.contain(words.outcome.clear);
  }
}

describe('hardening: the fault matrix', function () {
  this.timeout(20_000);

  for (const c of CASES) {
    describe(c.title, () => {
      for (const driver of CHECKING_DRIVERS) {
        it(`${driver.name}: unknown / ${c.reason}, never clear or facilitated; retry shows the real outcome once the platform is back`, async () => {
          const accepted = new Set<string>();
          const options = c.reason === 'unauthorized' ? { acceptToken: (t: string) => accepted.has(t) } : c.platform();
          const { platform, endpoint } = await usePlatform(options);
          if (c.config) configure(c.config);
          const subjects = driver.many ? SUBJECTS : SUBJECTS.slice(0, 1);
          // A per-subject error arrives inside a good batch: a second subject on the page shares the request.
          const inBatch = c.title === 'a per-subject error inside a good batch' && !driver.many;
          const companion = inBatch
            ? await fixture<HTMLElement>(html`<credit-flag endpoint=${endpoint} scenario=${LICENSING} subject=${SUBJECTS[1].id}></credit-flag>`)
            : null;
          const el = await driver.mount({ endpoint, scenario: LICENSING, subjects });

          const failed = await driver.decisions(el);
          if (companion) {
            await settle(companion);
            expect(companion.getAttribute('outcome'), 'the other subject of the batch').to.equal(REAL[1]);
            const batches = platform.state.requests.filter((r) => r.path.endsWith('/v1/checks')).map((r) => (r.body as { subjects: unknown[] }).subjects.length);
            expect(batches, 'one request for both').to.deep.equal([2]);
          }
          expect(failed).to.have.length(subjects.length);
          failed.forEach((d, i) => {
            if (failingIn(c, i)) expect([d.outcome, d.reason], `row ${i + 1}`).to.deep.equal(['unknown', c.reason]);
            else expect(d.outcome, `row ${i + 1} keeps its real outcome`).to.equal(REAL[i]);
            if (failingIn(c, i)) expect(d.applied, 'no measure from a failed check').to.deep.equal([]);
          });
          if (!driver.many) {
            expect(el.getAttribute('outcome')).to.equal('unknown');
            const fired = firedOutcomes(el);
            expect(fired, 'credit-result fired').to.deep.equal(['unknown']);
            const errors = watch.events.filter((e) => e.type === 'credit-error').map((e) => (e.detail as { reason: string }).reason);
            expect(errors).to.deep.equal([c.reason]);
          }
          await driver.reveal(el);
          expectShownUnknown(driver, el);
          expect(shownText(el)).to.contain(words.reason[c.reason]);
          if (driver.name === 'gate') {
            expect(el.querySelector<HTMLButtonElement>('.host-approve')!.disabled, 'the host control stays disabled').to.be.true;
          }

          expectNeverGreen(driver, el, c, subjects);

          c.recover({ platform, accepted });
          await driver.retry(el);
          const recovered = await driver.decisions(el);
          expect(recovered.map((d) => d.outcome)).to.deep.equal(REAL.slice(0, subjects.length));
          if (driver.name === 'gate') {
            expect(el.querySelector<HTMLButtonElement>('.host-approve')!.disabled, 'facilitated: the host control is enabled').to.be.false;
          }
          expectNothingEscaped();
        });
      }
    });
  }

  describe('the platform serves no catalog (404)', () => {
    for (const driver of CHECKING_DRIVERS) {
      it(`${driver.name}: the default catalog decides, with its warning shown`, async () => {
        const { endpoint } = await usePlatform({ catalog: 'none' });
        const subjects = driver.many ? SUBJECTS : SUBJECTS.slice(0, 1);
        const el = await driver.mount({ endpoint, scenario: LICENSING, subjects });
        const decisions = await driver.decisions(el);
        expect(decisions.map((d) => d.outcome)).to.deep.equal(REAL.slice(0, subjects.length));
        for (const d of decisions) expect(d.warnings.map((w) => w.code)).to.include('default-catalog');
        await driver.reveal(el);
        if (driver.name !== 'gate') expect(shownText(el)).to.contain(words.warning['default-catalog']({}));
        expectNothingEscaped();
      });
    }
  });
});
