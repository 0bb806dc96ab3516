/**
 * Auto-scan for legacy pages: every element marked `data-credit-subject="<id>"` gets one
 * `<credit-flag>` right after it — once, also for rows added later (`watch()`).
 *
 * ```html
 * <td data-credit-subject="９１１１０１０５ＭＡ０１Ｋ７Ｑ３６５" data-credit-scenario="government-procurement">北京恒拓建设工程有限公司</td>
 * ```
 * - The code is normalised (full-width → half-width, spaces and dashes removed, upper case).
 * - Scenario: `data-credit-scenario`, else the `scenario` option, else the flag's default.
 *   Purpose: `data-credit-purpose` (needed for persons), else the `purpose` option.
 *   Case number: `data-credit-case-number` (recorded in the ledger), else the `caseNumber` option.
 *   Authorisation of a person check: `data-credit-authorization="subject-consent:授权书 2026-07"`
 *   or `"statutory-duty:《…》第…条"`, else the page's `configure({ authorization })`.
 * - The subject is handed to the flag as a property, not an attribute: the SDK never writes
 *   a person's number into an attribute it sets (domain.md §1).
 * - A source is flagged once, whatever happens later (scan again, the flag removed by the
 *   page); a changed `data-credit-subject` updates the flag that was placed for it.
 * - Never throws: text nodes, detached elements, `null` — nothing happens.
 * - It defines no element itself: the ESM entry defines `<credit-flag>` up front, the
 *   script-tag build's autoloader when the first flag is placed.
 */
import { normalizeSubjectId } from '../../src/ids/index.js';

export const SUBJECT_ATTRIBUTE = 'data-credit-subject';
const SELECTOR = `[${SUBJECT_ATTRIBUTE}]`;

export interface ScanOptions {
  /** Scenario for sources without `data-credit-scenario` (default: the flag's own default). */
  scenario?: string;
  /** Purpose for sources without `data-credit-purpose`. */
  purpose?: string;
  /** Case (file) number for sources without `data-credit-case-number`. */
  caseNumber?: string;
  /** Endpoint for the flags (default: the configured one). */
  endpoint?: string;
}

type Flag = HTMLElementTagNameMap['credit-flag'];

/** Source element → the flag placed for it, and back. Weak: what the page removes is forgotten. */
const placed = new WeakMap<Element, Flag>();
const owners = new WeakMap<Flag, Element>();

function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

function hasQuery(node: unknown): node is ParentNode {
  return typeof node === 'object' && node !== null && typeof (node as ParentNode).querySelectorAll === 'function';
}

/** The elements under (and including) `root` that name a subject. */
function sourcesIn(root: unknown): Element[] {
  const found: Element[] = [];
  if (isElement(root) && root.matches(SELECTOR)) found.push(root);
  if (hasQuery(root)) found.push(...root.querySelectorAll(SELECTOR));
  return found;
}

function attr(el: Element, name: string): string | undefined {
  const value = el.getAttribute(name)?.trim();
  return value ? value : undefined;
}

function configureFlag(flag: Flag, source: Element, options: ScanOptions): void {
  flag.subject = normalizeSubjectId(source.getAttribute(SUBJECT_ATTRIBUTE) ?? '');
  flag.scenario = attr(source, 'data-credit-scenario') ?? options.scenario ?? '';
  flag.purpose = attr(source, 'data-credit-purpose') ?? options.purpose ?? '';
  flag.caseNumber = attr(source, 'data-credit-case-number') ?? options.caseNumber ?? '';
  // `data-credit-authorization="subject-consent:授权书 2026-07"` (basis, then its reference after a colon).
  const authorization = attr(source, 'data-credit-authorization') ?? '';
  const colon = authorization.search(/[:：]/);
  flag.authorization = colon < 0 ? authorization : authorization.slice(0, colon).trim();
  flag.authorizationRef = colon < 0 ? '' : authorization.slice(colon + 1).trim();
  if (options.endpoint) flag.endpoint = options.endpoint;
}

function isFlag(node: Element | null): node is Flag {
  return !!node && node.localName === 'credit-flag';
}

/** Elements whose siblings must be of their own kind: the flag goes inside them, at the end. */
const CONTAINERS = new Set(['td', 'th', 'li', 'dd', 'dt', 'option']);

/** Places a flag after one source, unless it has one already. Returns whether it placed one. */
function flagSource(source: Element, options: ScanOptions): boolean {
  if (placed.has(source)) return false;
  // A table cell (or list item) keeps its layout: the flag goes inside it, after its content.
  const inside = CONTAINERS.has(source.localName);
  const parent = inside ? source : source.parentNode;
  if (!parent || !source.parentNode) return false; // not in a tree yet: a later scan (or watch) will see it
  if (!normalizeSubjectId(source.getAttribute(SUBJECT_ATTRIBUTE) ?? '')) return false;
  // A flag nobody owns in its place (a cloned row, one written by hand) is taken over.
  const next = inside ? source.lastElementChild : source.nextElementSibling;
  const adopt = isFlag(next) && !owners.has(next) && next.parentNode === parent ? next : null;
  const flag = adopt ?? (source.ownerDocument ?? document).createElement('credit-flag');
  configureFlag(flag, source, options);
  placed.set(source, flag);
  owners.set(flag, source);
  if (!adopt) {
    if (inside) parent.appendChild(flag);
    else parent.insertBefore(flag, source.nextSibling);
  }
  return !adopt;
}

/**
 * Places one `<credit-flag>` after each `[data-credit-subject]` in `root` (the element
 * itself included) that has none yet — inside it, at the end, when it is a table cell or
 * a list item, so the table keeps its layout. Returns how many flags it placed.
 */
export function scan(root: unknown = globalThis.document, options: ScanOptions = {}): number {
  let count = 0;
  try {
    for (const source of sourcesIn(root)) if (flagSource(source, options)) count++;
  } catch (error) {
    console.warn('credit-widgets: scan() failed on part of the page.', error);
  }
  return count;
}

/**
 * Scans `root` now and again whenever elements are added below it or a
 * `data-credit-subject` appears or changes. Returns `stop()`.
 */
export function watch(root: unknown = globalThis.document, options: ScanOptions = {}): () => void {
  scan(root, options);
  if (!hasQuery(root) || typeof MutationObserver === 'undefined') return () => {};
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.addedNodes) if (isElement(node)) scan(node, options);
      } else if (record.type === 'attributes' && isElement(record.target)) {
        const source = record.target;
        const flag = placed.get(source);
        if (flag) {
          configureFlag(flag, source, options);
        } else {
          scan(source, options);
        }
      }
    }
  });
  observer.observe(root as Node, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [SUBJECT_ATTRIBUTE, 'data-credit-scenario', 'data-credit-purpose', 'data-credit-case-number', 'data-credit-authorization'],
  });
  return () => observer.disconnect();
}
