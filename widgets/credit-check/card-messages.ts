/**
 * The sentences of `<credit-check>`'s measure cards, its warnings and its response rules
 * (issue 18): what to do, why, the override of a mandatory measure, 容缺受理's commitment,
 * correcting a response. Whole sentences per locale, never glued fragments.
 */
import type { Effect } from '../../src/contract/index.js';
import type { MessageTable } from '../internal/locale.js';

export interface CardMessages {
  /** The one line of what to do, per direction, nature and effect. */
  todo: (direction: 'incentive' | 'punishment', mandatory: boolean, effect: Effect) => string;
  /** What to do with 容缺受理. */
  todoTolerant: string;
  /** A measure suspended because a record behind it is under objection. */
  suspended: string;
  /** Why a measure applies: the first record (list, title) and how many more. */
  whyRecord: (listType: string, title: string, more: number) => string;
  /** Label of the disclosure of basis, remedy and records (n passages). */
  more: (n: number) => string;
  /** Passages already shown under an earlier measure. */
  sameBasis: (n: number, measure: string) => string;
  /** The remedy is the same as an earlier measure's. */
  sameRemedy: (measure: string) => string;
  /** The decline button of a mandatory measure that is not a block. */
  declineMandatory: string;
  /** Label and hint of the reason field when declining a mandatory measure. */
  overrideLabel: string;
  overrideHint: string;
  /** What was answered for a declined mandatory measure. */
  respondedOverride: string;
  /** Correcting a response until the decision. */
  correct: string;
  correctHint: string;
  /** Cancels a correction (back to the response given). */
  keep: string;
  /** The response can no longer be corrected: the host's decision was taken. */
  decided: string;
  /** 容缺受理: "applied" needs a commitment first. */
  commitmentNeeded: string;
  /** 容缺受理: the commitment of this case is recorded. */
  commitmentRecorded: string;
  /** The banner when only suspended measures make the outcome `review`. */
  objectionSentence: string;
}

const TODO_ZH: Record<Effect, string> = {
  block: '不予办理（限制准入）',
  'strict-review': '从严审核，列为重点核查对象',
  facilitate: '提供便利',
  inform: '依规告知或公示',
};
const TODO_HANT: Record<Effect, string> = {
  block: '不予辦理（限制准入）',
  'strict-review': '從嚴審核，列為重點核查對象',
  facilitate: '提供便利',
  inform: '依規告知或公示',
};
const TODO_EN: Record<Effect, string> = {
  block: 'do not grant the matter (access restricted)',
  'strict-review': 'review strictly, as a subject of focused checks',
  facilitate: 'grant the facilitation',
  inform: 'notify or publish as the rules require',
};

export const CARD_MESSAGES: MessageTable<CardMessages> = {
  'zh-CN': {
    todo: (direction, mandatory, effect) =>
      direction === 'punishment'
        ? mandatory
          ? `必须执行：${TODO_ZH[effect]}。`
          : `建议执行：${TODO_ZH[effect]}；不执行须说明理由。`
        : mandatory
          ? `应当适用：${TODO_ZH[effect]}。`
          : `可以适用：${TODO_ZH[effect]}；不适用须说明理由。`,
    todoTolerant: '可以适用：申请人书面承诺限期补齐材料后先行受理（须先记录承诺）。',
    suspended: '异议核实中，惩戒措施暂停，可继续办理。',
    whyRecord: (listType, title, more) => `因：${listType}——${title}${more > 0 ? `（另有 ${more} 条记录）` : ''}`,
    more: (n) => `依据（${n} 条）、救济途径和相关记录`,
    sameBasis: (n, measure) => `另有 ${n} 条依据与“${measure}”相同，见上。`,
    sameRemedy: (measure) => `救济途径与“${measure}”相同，见上。`,
    declineMandatory: '不执行（须说明理由）',
    overrideLabel: '不执行该强制性措施的理由',
    overrideHint: '强制性措施依法必须执行。不执行即越权办理：须写明法定理由，以“越权办理”报送信用平台并记入台账。',
    respondedOverride: '已反馈：未执行该强制性措施（越权办理）。',
    correct: '更正反馈',
    correctHint: '办理决定作出前可以更正；更正后以最新反馈为准。',
    keep: '不更正',
    decided: '已作出办理决定，反馈不能再更正。',
    commitmentNeeded: '容缺受理须先记录申请人的书面承诺；承诺提交后自动反馈“已执行”。',
    commitmentRecorded: '本案已记录容缺承诺。',
    objectionSentence: '异议核实中，惩戒措施暂停，可继续办理。',
  },
  'zh-Hant': {
    todo: (direction, mandatory, effect) =>
      direction === 'punishment'
        ? mandatory
          ? `必須執行：${TODO_HANT[effect]}。`
          : `建議執行：${TODO_HANT[effect]}；不執行須說明理由。`
        : mandatory
          ? `應當適用：${TODO_HANT[effect]}。`
          : `可以適用：${TODO_HANT[effect]}；不適用須說明理由。`,
    todoTolerant: '可以適用：申請人書面承諾限期補齊材料後先行受理（須先記錄承諾）。',
    suspended: '異議核實中，懲戒措施暫停，可繼續辦理。',
    whyRecord: (listType, title, more) => `因：${listType}——${title}${more > 0 ? `（另有 ${more} 筆記錄）` : ''}`,
    more: (n) => `依據（${n} 條）、救濟途徑和相關記錄`,
    sameBasis: (n, measure) => `另有 ${n} 條依據與「${measure}」相同，見上。`,
    sameRemedy: (measure) => `救濟途徑與「${measure}」相同，見上。`,
    declineMandatory: '不執行（須說明理由）',
    overrideLabel: '不執行該強制性措施的理由',
    overrideHint: '強制性措施依法必須執行。不執行即越權辦理：須寫明法定理由，以「越權辦理」報送信用平台並記入台賬。',
    respondedOverride: '已回饋：未執行該強制性措施（越權辦理）。',
    correct: '更正回饋',
    correctHint: '辦理決定作出前可以更正；更正後以最新回饋為準。',
    keep: '不更正',
    decided: '已作出辦理決定，回饋不能再更正。',
    commitmentNeeded: '容缺受理須先記錄申請人的書面承諾；承諾提交後自動回饋「已執行」。',
    commitmentRecorded: '本案已記錄容缺承諾。',
    objectionSentence: '異議核實中，懲戒措施暫停，可繼續辦理。',
  },
  en: {
    todo: (direction, mandatory, effect) =>
      direction === 'punishment'
        ? mandatory
          ? `Must be applied: ${TODO_EN[effect]}.`
          : `Recommended: ${TODO_EN[effect]}; not applying it needs a reason.`
        : mandatory
          ? `To be applied: ${TODO_EN[effect]}.`
          : `May be applied: ${TODO_EN[effect]}; not applying it needs a reason.`,
    todoTolerant: 'May be applied: accept now if the applicant commits in writing to supply the missing materials (record the commitment first).',
    suspended: 'Under objection: the punishment is suspended; you may proceed.',
    whyRecord: (listType, title, more) => `Because: ${listType} — ${title}${more > 0 ? ` (and ${more} more record${more === 1 ? '' : 's'})` : ''}`,
    more: (n) => `Basis (${n} passage${n === 1 ? '' : 's'}), remedy and records`,
    sameBasis: (n, measure) => `${n} more passage${n === 1 ? ' is' : 's are'} the same as for “${measure}” above.`,
    sameRemedy: (measure) => `The remedy is the same as for “${measure}” above.`,
    declineMandatory: 'Not applied (give a reason)',
    overrideLabel: 'Why this mandatory measure is not applied',
    overrideHint: 'A mandatory measure must be applied by law. Not applying it is an override: state the lawful reason; it is reported to the credit platform as “overridden” and recorded in the ledger.',
    respondedOverride: 'Responded: this mandatory measure was not applied (override).',
    correct: 'Correct the response',
    correctHint: 'You can correct it until the decision is taken; the latest response counts.',
    keep: 'Keep it',
    decided: 'The decision has been taken: the response can no longer be corrected.',
    commitmentNeeded: '容缺受理 needs the applicant’s written commitment first; once it is recorded, “Applied” is sent.',
    commitmentRecorded: 'A commitment is recorded for this case.',
    objectionSentence: 'Under objection: the punishments are suspended; you may proceed.',
  },
};
