/**
 * Credit repair beside each negative record in force (信用修复, rules §14): whether it can be
 * repaired (`repairable: false` → 依法不可修复), where to apply (the record's authority, or
 * online at the platform), from when (`repairableFrom`; from now when absent or past), and that
 * the platform decides within ten working days and charges no fee (Qinghai 三（七）1–2).
 * Pure: `repairOf` decides, `renderRepair` shows it in the details.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CreditRecord } from '../../src/contract/index.js';
import { isInForce } from '../../src/policy/in-force.js';
import { isNegative } from '../../src/policy/polarity.js';
import { formatDate, type Locale, type MessageTable } from './locale.js';

export interface RepairInfo {
  repairable: boolean;
  /** Where to apply: the authority that listed the record (the platform online as well). */
  authority: string;
  /** From when an application is accepted; null: now. */
  from: string | null;
}

/** The repair route of a record, or null when the record is not negative or not in force on `on`. */
export function repairOf(record: CreditRecord, on: string): RepairInfo | null {
  if (!isNegative(record) || !isInForce(record, on)) return null;
  if (record.repairable === false) return { repairable: false, authority: record.authority, from: null };
  const from = record.repairableFrom && record.repairableFrom > on ? record.repairableFrom : null;
  return { repairable: true, authority: record.authority, from };
}

interface RepairWords {
  notRepairable: string;
  route: (authority: string, from: string | null) => string;
  terms: string;
}

export const REPAIR_WORDS: MessageTable<RepairWords> = {
  'zh-CN': {
    notRepairable: '依法不可修复：该记录在公示期内不能通过信用修复移出。',
    route: (authority, from) => `可申请信用修复：${from ? `自 ${from} 起` : '现在即可'}向${authority || '认定单位'}申请，或在信用平台在线申请。`,
    terms: '信用平台自受理之日起 10 个工作日内作出决定，不收取任何费用。',
  },
  'zh-Hant': {
    notRepairable: '依法不可修復：該記錄在公示期內不能透過信用修復移出。',
    route: (authority, from) => `可申請信用修復：${from ? `自 ${from} 起` : '現在即可'}向${authority || '認定單位'}申請，或在信用平台線上申請。`,
    terms: '信用平台自受理之日起 10 個工作日內作出決定，不收取任何費用。',
  },
  en: {
    notRepairable: 'Cannot be repaired by law: the record stays published for its full term.',
    route: (authority, from) => `Credit repair: apply ${from ? `from ${from}` : 'now'} to ${authority || 'the listing authority'}, or online at the credit platform.`,
    terms: 'The platform decides within ten working days of accepting the application, free of charge.',
  },
};

/** The repair block of a record in the details (nothing for a record it does not concern). */
export function renderRepair(record: CreditRecord, locale: Locale, on: string): TemplateResult | typeof nothing {
  const info = on ? repairOf(record, on) : null;
  if (!info) return nothing;
  const w = REPAIR_WORDS[locale];
  if (!info.repairable) return html`<p class="repair" data-repairable="false">${w.notRepairable}</p>`;
  return html`<p class="repair" data-repairable="true" data-from=${info.from ?? nothing}>${w.route(info.authority, info.from ? formatDate(locale, info.from) : null)} ${w.terms}</p>`;
}
