/**
 * "Never green, not even for a moment": every outcome an element takes, recorded by a
 * MutationObserver that is attached before the element exists (so before its first check).
 *
 * A MutationRecord carries the value an attribute had *before* the change; the values an
 * attribute took are therefore the old values of all its records plus its value now. So a
 * `clear` that is replaced by `unknown` within the same task — before any frame is painted
 * or any test could look — is still recorded.
 *
 * Watched: the `outcome` attribute of checking elements (flag, check, gate) and the
 * `data-outcome` of the bidder screen's rows (`tbody.row`, by `data-index`), in the document
 * and in every shadow root, observed as soon as it appears.
 */

export interface OutcomeLog {
  /** Every outcome `el` took (its `outcome` attribute), in order, now included. */
  of(el: Element): string[];
  /** For a bidder screen: every outcome each row took, by the row's `data-index` (1-based). */
  rowsOf(el: Element): Map<number, string[]>;
  stop(): void;
}

export function recordOutcomes(): OutcomeLog {
  const seen = new Map<Element, (string | null)[]>();
  const observed = new WeakSet<Node>();
  const watched = (node: Element) => node.hasAttribute('outcome') || (node.localName === 'tbody' && node.classList.contains('row'));

  const note = (node: Element, value: string | null) => {
    let list = seen.get(node);
    if (!list) seen.set(node, (list = []));
    list.push(value);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        note(record.target as Element, record.oldValue);
      } else {
        for (const added of record.addedNodes) if (added instanceof Element) adopt(added);
      }
    }
  });
  const options: MutationObserverInit = { subtree: true, childList: true, attributes: true, attributeOldValue: true, attributeFilter: ['outcome', 'data-outcome'] };
  /** Observes the shadow roots at and under `root`, and notes the outcomes already there. */
  function adopt(root: Element): void {
    const all = [root, ...root.querySelectorAll('*')];
    for (const el of all) {
      if (watched(el) && !seen.has(el)) note(el, null);
      const shadow = el.shadowRoot;
      if (shadow && !observed.has(shadow)) {
        observed.add(shadow);
        observer.observe(shadow, options);
        for (const child of shadow.children) adopt(child);
      }
    }
  }
  observer.observe(document, options);
  observed.add(document);

  const taken = (node: Element): string[] => {
    const values = [...(seen.get(node) ?? []), node.getAttribute(node.localName === 'tbody' ? 'data-outcome' : 'outcome')];
    return values.filter((v): v is string => v !== null);
  };
  const flush = () => {
    const pending = observer.takeRecords();
    for (const record of pending) {
      if (record.type === 'attributes') note(record.target as Element, record.oldValue);
      else for (const added of record.addedNodes) if (added instanceof Element) adopt(added);
    }
  };
  return {
    of(el) {
      flush();
      return taken(el);
    },
    rowsOf(el) {
      flush();
      const rows = new Map<number, string[]>();
      for (const node of seen.keys()) {
        if (node.localName !== 'tbody' || (node.getRootNode() as ShadowRoot).host !== el) continue;
        const index = Number(node.getAttribute('data-index'));
        rows.set(index, [...(rows.get(index) ?? []), ...taken(node)]);
      }
      return rows;
    },
    stop() {
      observer.disconnect();
    },
  };
}
