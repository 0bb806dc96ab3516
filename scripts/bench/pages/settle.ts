/** Resolves with `performance.now()` at the moment every child of `container` has an `outcome` attribute. */
export function allSettled(container: Element, count: number): Promise<number> {
  return new Promise((resolve) => {
    const done = () => container.querySelectorAll(':scope > [outcome]').length >= count;
    if (done()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!done()) return;
      const at = performance.now();
      observer.disconnect();
      resolve(at);
    });
    observer.observe(container, { subtree: true, attributes: true, attributeFilter: ['outcome'] });
  });
}

/** Waits for two animation frames (what was settled has been painted). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
