/**
 * What the check record adds for issue 17 (rules §1, §12): the authorisation of a person check
 * (本人书面授权 with its number, or the department's statutory duty with its citation), and a
 * manual verification (人工核查) recorded for an unknown decision — finding, source, date,
 * reference, note. Rows of the record's facts table; nothing when not given.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { VerificationCreate } from '../../../src/contract/index.js';
import type { MessageTable } from '../locale.js';
import type { Locale } from '../locale.js';
import { MANUAL_VERIFICATION_MESSAGES } from '../manual-verification-messages.js';

export interface RecordAuthorization {
  basis: 'statutory-duty' | 'subject-consent';
  reference?: string;
}

const WORDS: MessageTable<{ authorization: string; basis: Record<RecordAuthorization['basis'], string>; verification: string }> = {
  'zh-CN': { authorization: '查询授权', basis: { 'subject-consent': '本人书面授权', 'statutory-duty': '本部门法定职责' }, verification: '人工核查' },
  'zh-Hant': { authorization: '查詢授權', basis: { 'subject-consent': '本人書面授權', 'statutory-duty': '本部門法定職責' }, verification: '人工核查' },
  en: { authorization: 'Authorisation', basis: { 'subject-consent': "The person's written consent", 'statutory-duty': "The department's statutory duty" }, verification: 'Manual verification' },
};

/** An authorisation in words: 本人书面授权（授权书 2026-07）. An unknown basis is shown as given. */
export function authorizationText(locale: Locale, authorization: { basis: string; reference?: string | null }): string {
  const basis = WORDS[locale].basis[authorization.basis as RecordAuthorization['basis']] ?? authorization.basis;
  return `${basis}${authorization.reference ? `（${authorization.reference}）` : ''}`;
}

/** The ledger's word for a manual verification entry: 人工核查：未发现失信记录. */
export function verificationText(locale: Locale, finding: string): string {
  const v = MANUAL_VERIFICATION_MESSAGES[locale];
  const word = (v.finding as Record<string, string>)[finding] ?? finding;
  return locale === 'en' ? `${v.title}: ${word}` : `${v.title}：${word}`;
}

const cell = (label: string, value: string, cls: string) => html`<tr class=${cls}><th scope="row">${label}</th><td>${value}</td></tr>`;

export function additionRows(
  locale: Locale,
  authorization: RecordAuthorization | null | undefined,
  verification: Pick<VerificationCreate, 'finding' | 'source' | 'checkedOn' | 'reference' | 'note'> | null | undefined,
): TemplateResult | typeof nothing {
  if (!authorization && !verification) return nothing;
  const w = WORDS[locale];
  const v = MANUAL_VERIFICATION_MESSAGES[locale];
  const a = authorization ? authorizationText(locale, authorization) : '';
  const checked = verification
    ? [`${v.finding[verification.finding]}（${v.source[verification.source]}，${verification.checkedOn}${verification.reference ? `，${verification.reference}` : ''}）`, verification.note ?? '']
        .filter(Boolean)
        .join(' ')
    : '';
  return html`${authorization ? cell(w.authorization, a, 'authorization') : nothing}${verification ? cell(w.verification, checked, 'manual-verification') : nothing}`;
}
