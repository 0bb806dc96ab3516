import { expect } from '@open-wc/testing';
import { defineElement } from '../../widgets/internal/define.js';
import { CreditFlag } from '../../widgets/credit-flag/define.js';
import { CreditGate } from '../../widgets/credit-gate/define.js';

/** Runs `fn` with console.warn collected instead of printed. */
function collectWarnings(fn: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** The page-wide "said once" flag (widgets/internal/duplicate-warning.ts), cleared between tests. */
const WARNED = Symbol.for('credit-widgets.duplicate-warned.v1');
const twice = (warnings: string[]) => warnings.filter((w) => w.startsWith('credit-widgets is on this page twice'));

describe('registration', () => {
  beforeEach(() => {
    delete (window as unknown as Record<symbol, unknown>)[WARNED];
  });

  it('registers the elements on import', () => {
    expect(customElements.get('credit-flag')).to.equal(CreditFlag);
    expect(customElements.get('credit-gate')).to.equal(CreditGate);
  });

  it('a second copy with other classes warns once for the whole page, never throws, and keeps the first', () => {
    class OtherFlag extends HTMLElement {}
    class OtherGate extends HTMLElement {}
    const warnings = collectWarnings(() => {
      defineElement('credit-flag', OtherFlag);
      defineElement('credit-flag', OtherFlag);
      defineElement('credit-flag', class extends HTMLElement {});
      defineElement('credit-gate', OtherGate);
      defineElement('credit-gate', OtherGate);
    });
    expect(warnings).to.have.length(1);
    expect(twice(warnings)).to.have.length(1);
    expect(customElements.get('credit-flag')).to.equal(CreditFlag);
    expect(customElements.get('credit-gate')).to.equal(CreditGate);
    expect(document.createElement('credit-flag')).to.be.instanceOf(CreditFlag);
  });

  it('defining the same class again is silent', async () => {
    const warnings = collectWarnings(() => {
      defineElement('credit-flag', CreditFlag);
      defineElement('credit-gate', CreditGate);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('running the registration modules again with the same classes is silent', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      // A different URL is a different module instance: like a second copy on the page.
      await import(`../../widgets/credit-flag/define.ts?copy=${Date.now()}`);
      await import(`../../widgets/credit-gate/define.ts?copy=${Date.now()}`);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('credit-flag')).to.equal(CreditFlag);
    expect(customElements.get('credit-gate')).to.equal(CreditGate);
    expect(warnings).to.deep.equal([]);
  });
});
