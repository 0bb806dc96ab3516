/**
 * The objections of each record in the decision panel (异议, rules §13): a
 * `<credit-objection>` for every record shown, in the panel's language and with its endpoint.
 * Kept out of credit-check.ts, which passes `recordObjections(…)` as the measure cards'
 * `record` hook and renders `renderOtherRecordObjections(…)` once.
 *
 * Records behind a measure get theirs inside the card's disclosure. The records outside any
 * measure (the always-visible list, `otherRecords()`) get theirs in ONE block behind the same
 * kind of disclosure (disclosure.ts), placed before the measure cards: closed, it is a single
 * Tab stop that lies before the clerk's path from the responses to the host's approve button
 * (the panel's keyboard budget, issue 18.4), and nothing inside it can take focus.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CreditRecord } from '../../src/contract/index.js';
import type { Decision } from '../../src/policy/decision.js';
import { otherRecords } from '../internal/decision-details.js';
import type { Locale, MessageTable } from '../internal/locale.js';
import { shared } from '../locales/index.js';
import { disclosureButton, disclosureRegion } from './disclosure.js';
// Defines <credit-objection>, used here by its tag only: package.json lists the module under
// `sideEffects`, so that bundlers keep this import (without it the built scripts lacked the element).
import '../internal/objection-form.js';

export function recordObjections(decision: Decision, locale: Locale, endpoint: string | undefined): (record: CreditRecord) => TemplateResult | typeof nothing {
  return (record) =>
    html`<credit-objection part="objection" lang=${locale} endpoint=${endpoint || nothing} .record=${record} .decision=${decision}></credit-objection>`;
}

interface OtherObjectionMessages {
  /** The disclosure's label: n records outside any measure (`others`: beside measures, so "other"). */
  toggle: (n: number, others: boolean) => string;
  /** The list inside, for assistive technology. */
  listLabel: string;
}

const MESSAGES: MessageTable<OtherObjectionMessages> = {
  'zh-CN': {
    toggle: (n, others) => `${others ? '对下方其他信用记录' : '对下方信用记录'}提出或查看异议（${n} 条）`,
    listLabel: '未触发措施的记录及其异议',
  },
  'zh-Hant': {
    toggle: (n, others) => `${others ? '對下方其他信用記錄' : '對下方信用記錄'}提出或查看異議（${n} 筆）`,
    listLabel: '未觸發措施的記錄及其異議',
  },
  en: {
    toggle: (n, others) => `Objections to the ${others ? 'other ' : ''}credit ${n === 1 ? 'record' : 'records'} below (${n})`,
    listLabel: 'Records that trigger no measure, and their objections',
  },
};

export interface OtherRecordObjectionsInput {
  decision: Decision;
  locale: Locale;
  endpoint: string | undefined;
  open: boolean;
  /** Whether the block was opened before for this decision: its forms stay (hidden) so nothing typed is lost. */
  opened: boolean;
  onToggle: () => void;
}

const REGION_ID = 'other-record-objections';

/** The objections of the records outside any measure, behind one disclosure; nothing when there are none. */
export function renderOtherRecordObjections(input: OtherRecordObjectionsInput): TemplateResult | typeof nothing {
  const { decision, locale, open } = input;
  const records = otherRecords(decision);
  if (!records.length) return nothing;
  const m = MESSAGES[locale];
  const w = shared(locale);
  const objection = recordObjections(decision, locale, input.endpoint);
  const hasMeasures = decision.applied.length > 0 || decision.suspended.length > 0;
  return html`<div class="other-objections">
    ${disclosureButton(open, REGION_ID, m.toggle(records.length, hasMeasures), input.onToggle)}
    ${disclosureRegion(
      REGION_ID,
      open,
      input.opened,
      () => html`<ul class="other-objection-list" aria-label=${m.listLabel}>
        ${repeat(
          records,
          (r) => r.id,
          (r) => html`<li class="other-objection" data-objection-record=${r.id}>
            <p class="record-name"><span class="list-type">${w.listType[r.listType] ?? r.listType}</span> ${r.title}</p>
            ${objection(r)}
          </li>`,
        )}
      </ul>`,
    )}
  </div>`;
}

/** Styles of the block (the disclosure button itself is styled with the measure cards'). */
export const otherObjectionsStyles = css`
  .other-objections {
    display: grid;
    gap: calc(var(--_space) / 2);
    justify-items: start;
  }
  .other-objections .more[hidden] {
    display: none;
  }
  .other-objections .more {
    justify-self: stretch;
    border-top: 1px dotted var(--_border);
    padding-top: calc(var(--_space) / 2);
  }
  .other-objection-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .other-objection .record-name {
    margin: 0 0 4px;
    font-weight: 600;
  }
  .other-objection .list-type {
    color: var(--_muted);
    font-weight: 400;
    margin-inline-end: 4px;
  }
`;
