import { defineElement } from '../internal/define.js';
import { CreditStats } from './credit-stats.js';

defineElement('credit-stats', CreditStats);

export { CreditStats };
export { statsCsv, statsHeader, statsCounts, groupName, periodRange } from './stats-cells.js';
export { statsReportTemplate } from './stats-report.js';

declare global {
  interface HTMLElementTagNameMap {
    'credit-stats': CreditStats;
  }
}
