/**
 * The shared theme. Integrators restyle through `--credit-*` custom properties and a
 * small set of `::part`s; nothing here depends on the host page's CSS, and the host's
 * aggressive global rules (`* { all: unset }`) cannot reach into the shadow roots.
 *
 * @cssprop --credit-font - Font family (default: the system UI font with Chinese fallbacks).
 * @cssprop --credit-font-size - Base font size (default 14px; not relative to the host's `html` size). It is also a floor: a page's `font-size` on the element can enlarge the text, never shrink it below this (so `* { all: unset }` or a tiny root size leaves the outcome readable).
 * @cssprop --credit-radius - Corner radius (default 4px).
 * @cssprop --credit-space - Base spacing unit (default 8px).
 * @cssprop --credit-color-text - Text colour.
 * @cssprop --credit-color-surface - Background of panels and popovers.
 * @cssprop --credit-color-border - Borders.
 * @cssprop --credit-color-focus - Focus ring.
 * @cssprop --credit-color-restricted - Colour of the `restricted` outcome.
 * @cssprop --credit-color-review - Colour of the `review` outcome.
 * @cssprop --credit-color-facilitated - Colour of the `facilitated` outcome.
 * @cssprop --credit-color-clear - Colour of the `clear` outcome.
 * @cssprop --credit-color-unknown - Colour of the `unknown` outcome.
 */
import { css } from 'lit';

// Inherited text properties are reset, so the host page's (an el-dialog footer's
// `text-align: right`, a table's `white-space: nowrap`, a bold `<th>`, `letter-spacing` on a
// title bar) never reach inside: on :host, and again on each element's outermost box (part
// "base"), because the page's own rules on the host element beat :host ones (under
// `* { all: unset }` the host inherits everything from its parent). `direction: ltr`: every
// locale the SDK speaks (zh-CN, zh-Hant, en) is written left to right.
// The same goes for the size: under "* { all: unset }" and "html { font-size: 2px }" the host
// inherits 2 px, so the outermost box takes the theme's size back as a floor (outcomes stay
// readable); a larger size set on the host still wins.

export const themeStyles = css`
  :host {
    --_font: var(--credit-font, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    --_size: var(--credit-font-size, 14px);
    --_radius: var(--credit-radius, 4px);
    --_space: var(--credit-space, 8px);
    --_text: var(--credit-color-text, #1f2329);
    --_muted: var(--credit-color-muted, #5c6370);
    --_surface: var(--credit-color-surface, #ffffff);
    --_border: var(--credit-color-border, #c9ced6);
    --_focus: var(--credit-color-focus, #1a5fb4);
    --_restricted: var(--credit-color-restricted, #b3261e);
    --_review: var(--credit-color-review, #8a5300);
    --_facilitated: var(--credit-color-facilitated, #0b6b3a);
    --_clear: var(--credit-color-clear, #2f5f8a);
    --_unknown: var(--credit-color-unknown, #4a4a4a);
    font-family: var(--_font);
    font-size: var(--_size);
    color: var(--_text);
    box-sizing: border-box;
  }
  :host,
  [part~='base'] {
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    word-break: normal;
    overflow-wrap: break-word;
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    direction: ltr;
    cursor: auto;
  }
  :host([hidden]) {
    display: none !important;
  }
  [part~='base'] {
    font-size: max(1em, var(--_size));
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .icon {
    display: inline-block;
    width: 1.1em;
    height: 1.1em;
    flex: none;
    vertical-align: -0.15em;
  }
  /* A check in flight: a faint ring with three dots, drawn here rather than in SVG (see outcome-icon.ts). */
  .icon[data-shape='loading'] {
    box-sizing: border-box;
    border: 0.1em solid currentColor;
    border-radius: 50%;
    opacity: 0.6;
    /* three dots whatever the icon's size: one dot a third of the width */
    background: radial-gradient(circle, currentColor 36%, transparent 44%) center / 33.34% 33.34% repeat-x;
  }
  /* An outcome sentence: its icon in the outcome's colour, the words in the text colour. */
  .sentence {
    display: flex;
    gap: 0.35em;
    align-items: flex-start;
    color: var(--_c, var(--_text));
  }
  .sentence span {
    color: var(--_text);
  }
  [data-outcome='restricted'] {
    --_c: var(--_restricted);
  }
  [data-outcome='review'] {
    --_c: var(--_review);
  }
  [data-outcome='facilitated'] {
    --_c: var(--_facilitated);
  }
  [data-outcome='clear'] {
    --_c: var(--_clear);
  }
  [data-outcome='unknown'],
  [data-outcome='loading'] {
    --_c: var(--_unknown);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: calc(var(--_space) / 2) var(--_space);
    min-height: 32px;
  }
  button.primary {
    background: var(--_focus);
    border-color: var(--_focus);
    color: #fff;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  /* :focus first: kernels before Chromium 86 drop any rule naming :focus-visible, and must still show focus. */
  :focus {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  :focus:not(:focus-visible) {
    outline: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :host {
      --_restricted: CanvasText;
      --_review: CanvasText;
      --_facilitated: CanvasText;
      --_clear: CanvasText;
      --_unknown: CanvasText;
      --credit-icon-contrast: Canvas;
    }
    button {
      border-color: ButtonText;
    }
    :focus {
      outline-color: Highlight;
    }
  }
`;
