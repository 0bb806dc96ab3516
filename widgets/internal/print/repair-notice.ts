/**
 * The credit repair notice (信用修复告知书, rules §14), printed with the written notice (两书同达,
 * 兴署发〔2024〕23号（十三）): addressed to the subject; each negative record in force with
 * whether it can be repaired (依法不可修复 for `repairable: false`), where to apply (the
 * record's authority, or online at the platform) and from when (`repairableFrom`); that the
 * platform decides within ten working days and charges no fee (青政办〔2021〕36号 三（七）1–2);
 * the department's contact; the seal line and the subject's receipt as one block. Like the
 * written notice it carries no query id and no digest.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Decision } from '../../../src/policy/decision.js';
import type { CreditRecord } from '../../../src/contract/index.js';
import { shared } from '../../locales/index.js';
import { formatDate, type Locale, type MessageTable } from '../locale.js';
import { repairOf, REPAIR_WORDS, type RepairInfo } from '../repair.js';
import { noticeMessages } from './notice-messages.js';
import type { NoticeMeta } from './written-notice.js';

interface RepairNoticeWords {
  title: string;
  intro: (person: boolean) => string;
  record: (listType: string, title: string, authority: string, listedOn: string) => string;
  contact: (contact: string) => string;
}

const WORDS: MessageTable<RepairNoticeWords> = {
  'zh-CN': {
    title: '信用修复告知书',
    intro: (person) => `${person ? '你' : '你单位'}的下列失信信息正在公示期内。符合条件的，可以按下列方式申请信用修复：`,
    record: (type, title, authority, listedOn) => `${type}：${title}（${authority}，${listedOn} 认定）`,
    contact: (c) => `如有疑问，请联系：${c}`,
  },
  'zh-Hant': {
    title: '信用修復告知書',
    intro: (person) => `${person ? '你' : '貴單位'}的下列失信資訊正在公示期內。符合條件的，可以按下列方式申請信用修復：`,
    record: (type, title, authority, listedOn) => `${type}：${title}（${authority}，${listedOn} 認定）`,
    contact: (c) => `如有疑問，請聯絡：${c}`,
  },
  en: {
    title: 'Notice of credit repair',
    intro: (person) => `The following adverse records of ${person ? 'yours' : 'your organisation'} are published. Where the conditions are met, you may apply for credit repair as set out below:`,
    record: (type, title, authority, listedOn) => `${type}: ${title} (${authority}, listed ${listedOn})`,
    contact: (c) => `Questions: ${c}`,
  },
};

/** The records a repair notice is about: every negative record in force, each once, with its repair route. */
export function repairNoticeRecords(decision: Decision): { record: CreditRecord; repair: RepairInfo }[] {
  const seen = new Set<string>();
  const out: { record: CreditRecord; repair: RepairInfo }[] = [];
  for (const record of decision.records) {
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    const repair = decision.on ? repairOf(record, decision.on) : null;
    if (repair) out.push({ record, repair });
  }
  return out;
}

/** The repair notice of a decision, or null when no negative record is in force. */
export function renderRepairNotice(decision: Decision, meta: NoticeMeta): TemplateResult | null {
  const items = repairNoticeRecords(decision);
  if (!items.length) return null;
  const { locale } = meta;
  const w = shared(locale);
  const n = noticeMessages[locale];
  const r = REPAIR_WORDS[locale];
  const t = WORDS[locale];
  const person = decision.subject?.kind === 'natural-person';
  const printed = meta.printedAt ?? new Date();
  return html`<article class="document notice repair-notice">
    <h1>${t.title}</h1>
    <p class="addressee">${n.addressee(decision.subject?.name ?? decision.subjectId, decision.subjectId, person)}</p>
    <p class="intro">${t.intro(person)}</p>
    <ol class="measures repair-records">
      ${items.map(
        ({ record, repair }) => html`<li class="measure repair-record" data-record=${record.id} data-repairable=${repair.repairable ? 'true' : 'false'}>
          <div class="name label">${t.record(w.listType[record.listType] ?? record.listType, record.title, record.authority, formatDate(locale, record.listedOn))}</div>
          <p>${repair.repairable ? r.route(repair.authority, repair.from ? formatDate(locale, repair.from) : null) : r.notRepairable}</p>
        </li>`,
      )}
    </ol>
    <section class="remedies">
      <p class="terms">${r.terms}</p>
      ${meta.contact?.trim() ? html`<p class="contact">${t.contact(meta.contact.trim())}</p>` : nothing}
    </section>
    <div class="sign-block">
      <div class="signatures">
        <span class="department">${n.department} ${meta.department ?? ''}</span>
        <span>${n.date} ${formatDate(locale as Locale, new Date(printed.getTime() + 8 * 3_600_000).toISOString().slice(0, 10))}</span>
      </div>
      <div class="signatures receipt"><span>${n.receipt}</span><span>${n.date}</span></div>
    </div>
  </article>`;
}
