/**
 * The gate's sentences about the clerk's responses (issue 18): measures overridden (a
 * mandatory measure not applied), and a `review` made only by suspended measures.
 * Whole sentences per locale.
 */
import type { MessageTable } from '../internal/locale.js';

export interface GateResponseMessages {
  /** Mandatory measures the clerk declined (reported as `overridden`). */
  overridden: (measures: string[]) => string;
  /** `review` only because a record is under objection. */
  objection: string;
}

export const GATE_RESPONSE_MESSAGES: MessageTable<GateResponseMessages> = {
  'zh-CN': {
    overridden: (m) => `越权办理：未执行强制性措施“${m.join('”“')}”，理由已报送信用平台。`,
    objection: '异议核实中，惩戒措施暂停，可继续办理。',
  },
  'zh-Hant': {
    overridden: (m) => `越權辦理：未執行強制性措施「${m.join('」「')}」，理由已報送信用平台。`,
    objection: '異議核實中，懲戒措施暫停，可繼續辦理。',
  },
  en: {
    overridden: (m) => `Override: the mandatory measure${m.length === 1 ? '' : 's'} “${m.join('”, “')}” ${m.length === 1 ? 'was' : 'were'} not applied; the reason was reported to the credit platform.`,
    objection: 'Under objection: the punishments are suspended; you may proceed.',
  },
};
