/**
 * Warnings about WHO was checked (domain.md §1 and §10), shown as a mark on the flag's badge,
 * the panel's banner and the gate: a suspect code (its check character does not match), and
 * a name the clerk entered that is not the platform's registered name (需核对). A gate asks
 * for a confirmation before it lets the clerk proceed on either.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Decision } from '../../src/policy/decision.js';
import type { Locale, MessageTable } from './locale.js';
import { nameDiffers } from './same-name.js';

export { sameName } from './same-name.js';

export interface SubjectWarnings {
  /** The code's check character does not match (a suspect USCC). */
  suspect: boolean;
  /** The name entered, when it differs from the registered one. */
  entered: string | null;
  /** The registered name, when it differs from the one entered. */
  registered: string | null;
}

interface Words {
  suspect: string;
  mismatch: (entered: string, registered: string) => string;
  /** The gate's confirmation. */
  confirm: string;
  confirmHint: string;
  confirmed: string;
}

export const SUBJECT_WARNING_WORDS: MessageTable<Words> = {
  'zh-CN': {
    suspect: '代码校验位不符：请与证照原件核对代码',
    mismatch: (e, r) => `名称与代码登记名称不符：填写“${e}”，登记“${r}”，需核对`,
    confirm: '已核对，继续办理',
    confirmHint: '请先与证照原件核对主体代码和名称，确认无误后再继续办理。',
    confirmed: '已确认核对主体代码和名称。',
  },
  'zh-Hant': {
    suspect: '代碼校驗位不符：請與證照正本核對代碼',
    mismatch: (e, r) => `名稱與代碼登記名稱不符：填寫「${e}」，登記「${r}」，需核對`,
    confirm: '已核對，繼續辦理',
    confirmHint: '請先與證照正本核對主體代碼和名稱，確認無誤後再繼續辦理。',
    confirmed: '已確認核對主體代碼和名稱。',
  },
  en: {
    suspect: 'The code’s check character does not match: compare the code with the original licence',
    mismatch: (e, r) => `The name does not match the code’s registered name: entered “${e}”, registered “${r}” — verify`,
    confirm: 'Verified — proceed',
    confirmHint: 'Compare the subject’s code and name with the original licence first; proceed once they match.',
    confirmed: 'The subject’s code and name were confirmed as verified.',
  },
};

/** The warnings of a finished check about who was checked; null when there are none. */
export function subjectWarnings(decision: Decision, enteredName?: string | null): SubjectWarnings | null {
  const suspect = decision.warnings.some((w) => w.code === 'suspect-id');
  const entered = (enteredName ?? '').trim();
  const registered = decision.subject?.name?.trim() ?? '';
  const mismatch = nameDiffers(entered, registered);
  if (!suspect && !mismatch) return null;
  return { suspect, entered: mismatch ? entered : null, registered: mismatch ? registered : null };
}

/** The sentences of the warnings, one per warning. */
export function subjectWarningTexts(w: SubjectWarnings, locale: Locale): string[] {
  const words = SUBJECT_WARNING_WORDS[locale];
  const texts: string[] = [];
  if (w.suspect) texts.push(words.suspect);
  if (w.entered && w.registered) texts.push(words.mismatch(w.entered, w.registered));
  return texts;
}

/** The warning mark with its sentences (for a banner or a notice): `⚠` and text, never colour alone. */
export function renderSubjectWarnings(w: SubjectWarnings | null, locale: Locale): TemplateResult | typeof nothing {
  if (!w) return nothing;
  return html`<span class="subject-warnings" part="subject-warning">
    ${subjectWarningTexts(w, locale).map((t) => html`<span class="subject-warning"><span class="warning-mark" aria-hidden="true">⚠</span> ${t}</span>`)}
  </span>`;
}
