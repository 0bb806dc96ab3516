/**
 * The frame of the desk elements that read from the platform (the query ledger, the
 * statistics): a heading and intro above their content — or, with no endpoint configured,
 * the heading and a sentence saying so, instead of a form that could never answer.
 */
import { html, type TemplateResult } from 'lit';
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
