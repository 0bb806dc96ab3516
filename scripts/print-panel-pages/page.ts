/**
 * The page behind `npm run print-panel-pages` (issue 18.5): the two documents of
 * `<credit-check>` — the check record (查询记录单) and the written notice (书面告知书) — for a
 * subject with `n` records and `n` punishment measures (plus two other records, so that
 * "其他信用记录" follows the measures), mounted as the element's print path mounts them, with
 * the paper stylesheet adopted, for puppeteer's `page.pdf()` — and the credit repair notice
 * (信用修复告知书) that prints beside the written notice.
 */
import type { CreditRecord } from '../../src/contract/index.js';
import { DEFAULT_CATALOG } from '../../src/policy/default-catalog.js';
import { evaluate } from '../../src/policy/evaluate.js';
import type { Decision, MeasureHit } from '../../src/policy/decision.js';
import { FIXTURES } from '../../src/testing/index.js';
import type { Locale } from '../../widgets/internal/locale.js';
import { checkRecordTemplate } from '../../widgets/internal/print/check-record.js';
import { mountPrintDocument, type PrintMount } from '../../widgets/internal/print/print-document.js';
import { PRINT_PAGE_CSS } from '../../widgets/internal/print/print-styles.js';
import { renderRepairNotice } from '../../widgets/internal/print/repair-notice.js';
import { renderWrittenNotice } from '../../widgets/internal/print/written-notice.js';

const ON = '2026-11-22';
const fx = FIXTURES.restricted;

function record(i: number, listType: CreditRecord['listType'] = 'severe-dishonesty'): CreditRecord {
  return {
    id: `r-${listType}-${i}`,
    listType,
    domain: 'government-procurement',
    title: `第 ${i} 条：在政府采购活动中提供虚假材料谋取中标、成交（${'情节严重，'.repeat(1 + (i % 3))}依法列入名单）`,
    authority: i % 2 ? '北京市财政局' : '北京市市场监督管理局',
    basis: `京财采〔2026〕${100 + i}号`,
    listedOn: '2026-01-05',
    validUntil: '2029-01-04',
    status: 'active',
    ...(listType === 'administrative-penalty' ? { severity: 'general' as const } : {}),
  };
}

/** A restricted decision with `n` records behind `n` punishment measures, and two other records. */
export function decisionWith(n: number): Decision {
  const records = Array.from({ length: n }, (_, i) => record(i + 1));
  const others = [record(1, 'administrative-penalty'), record(2, 'abnormal-operation')];
  const base = evaluate({ subject: fx.subject, records: [...records, ...others], catalog: DEFAULT_CATALOG, scenario: 'government-procurement', on: ON });
  const punishments = DEFAULT_CATALOG.measures.filter((m) => m.direction === 'punishment' && !m.subjectKinds);
  const applied: MeasureHit[] = Array.from({ length: n }, (_, i) => ({
    measure: punishments[i % punishments.length],
    records: [records[i]],
  }));
  // Unique measure ids even past the catalog's length.
  applied.forEach((hit, i) => {
    if (i >= punishments.length) hit.measure = { ...hit.measure, id: `${hit.measure.id}-${i}`, name: `${hit.measure.name}（${i + 1}）` };
  });
  return { ...base, applied, suspended: [], records: [...records, ...others], outcome: 'restricted', queryId: 'q_demo_0001', asOf: '2026-11-22T08:00:00+08:00', on: ON };
}

let mount: PrintMount | undefined;
let sheet: CSSStyleSheet | undefined;

const NOTICE_META = {
  department: '演示区行政审批局',
  caseNumber: 'XK-2026-0605',
  matter: '安全生产许可证延期',
  contact: '审批科，0931-1234567，行政审批大厅 3 号窗口',
  printedAt: new Date('2026-11-22T09:35:00+08:00'),
};

async function prepare(n: number, kind: 'record' | 'notice' | 'repair', lang: Locale): Promise<void> {
  mount?.remove();
  const decision = decisionWith(n);
  const template =
    kind === 'repair'
      ? renderRepairNotice(decision, { locale: lang, ...NOTICE_META })!
      :
    kind === 'record'
      ? await checkRecordTemplate(decision, {
          locale: lang,
          endpoint: 'https://credit.example.gov.cn/api',
          operator: '张三',
          department: '演示区行政审批局',
          purpose: '行政许可审查',
          caseNumber: 'XK-2026-0605',
          checkedAt: '2026-11-22T09:30:00+08:00',
          printedAt: new Date('2026-11-22T09:35:00+08:00'),
        })
      : renderWrittenNotice(decision, { locale: lang, ...NOTICE_META });
  mount = mountPrintDocument(template, { lang });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(PRINT_PAGE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
}

(window as unknown as { panelPages: unknown }).panelPages = { prepare };
