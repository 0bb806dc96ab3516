/**
 * `el.toggleAttribute(name, on)` for every supported kernel: Chromium 69 (360安全浏览器 11,
 * 奇安信) has no `toggleAttribute` (70+).
 */
export function setBooleanAttribute(el: Element, name: string, on: boolean): void {
  if (on) {
    if (!el.hasAttribute(name)) el.setAttribute(name, '');
  } else {
    el.removeAttribute(name);
  }
}
