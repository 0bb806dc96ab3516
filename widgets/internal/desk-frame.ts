/**
 * The frame of the desk elements that read from the platform (the query ledger, the
 * statistics): a heading and intro above their content — or, with no endpoint configured,
 * the heading and a sentence saying so, instead of a form that could never answer.
 */
import { css, html, type TemplateResult } from 'lit';
import { getConfig } from '../../src/client/registry.js';

export interface DeskFrameMessages {
  heading: string;
  intro: string;
  noEndpoint: string;
}

export function deskFrame(endpoint: string | undefined, m: DeskFrameMessages, content: () => unknown): TemplateResult {
  if (!(endpoint || getConfig().endpoint)) {
    return html`<div class="base" part="base">
      <h2>${m.heading}</h2>
      <p class="problem" role="alert">${m.noEndpoint}</p>
    </div>`;
  }
  return html`<div class="base" part="base">
    <div class="head">
      <h2>${m.heading}</h2>
      <p class="meta">${m.intro}</p>
    </div>
    ${content()}
  </div>`;
}

/** The frame's look, shared by the desk elements: the stacked layout, heading, intro and hint lines, the no-endpoint box, a row of actions. */
export const deskFrameStyles = css`
  :host {
    display: block;
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  p {
    margin: 0;
  }
  .meta,
  .hint {
    color: var(--_muted);
  }
  .hint {
    font-size: 0.92em;
  }
  .problem {
    border: 2px solid var(--_restricted);
    border-radius: var(--_radius);
    padding: var(--_space);
    color: var(--_restricted);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
`;
