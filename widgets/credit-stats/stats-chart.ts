/**
 * The statistics chart, drawn as SVG with Lit: geometry goes into presentation attributes
 * through attribute bindings (`x=${…}`), colours come from classes — no `style` attribute,
 * no `innerHTML`, nothing a strict CSP refuses. Readable without colour: each outcome has
 * its own fill pattern (cross-hatch, diagonal, dots, solid, dashes) shown in the legend,
 * and every bar carries its count as text. Keyboard: every bar is a focus stop whose
 * accessible name says the group and every count; the table below holds the same numbers.
 *
 * - By department, scenario or measure: horizontal bars, outcomes stacked, busiest first
 *   (at most {@link MAX_BARS}; the table has them all).
 * - By month: vertical bars, outcomes stacked, and a trend line through the month totals.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Outcome, StatsGroup, StatsReport } from '../../src/contract/index.js';
import { shared } from '../locales/index.js';
import type { Locale } from '../internal/locale.js';
import { STATS_MESSAGES } from './messages.js';
import { STATS_OUTCOMES, formatCount, groupName } from './stats-cells.js';

export const MAX_BARS = 12;
const WIDTH = 640;

/** The id of an outcome's fill pattern (unique in the element's shadow root). */
const patternId = (o: Outcome) => `credit-stats-pattern-${o}`;
const fillOf = (o: Outcome) => `url(#${patternId(o)})`;

/** One pattern per outcome: the colour (class) under a texture (white strokes). */
function patterns(): SVGTemplateResult {
  const texture: Record<Outcome, SVGTemplateResult> = {
    restricted: svg`<path class="tx" d="M0,0 L8,8 M8,0 L0,8" />`,
    review: svg`<path class="tx" d="M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6" />`,
    facilitated: svg`<circle class="tx-dot" cx="4" cy="4" r="1.6" />`,
    clear: svg``,
    unknown: svg`<path class="tx" d="M0,4 L8,4" />`,
  };
  return svg`<defs>
    ${STATS_OUTCOMES.map(
      (o) => svg`<pattern id=${patternId(o)} patternUnits="userSpaceOnUse" width="8" height="8">
        <rect class=${`pf pf-${o}`} width="8" height="8" />${texture[o]}
      </pattern>`,
    )}
  </defs>`;
}

/** "受限 3，需审查 10 …" for a bar's accessible name (zero counts left out). */
function partsText(group: StatsGroup, locale: Locale): string {
  const m = STATS_MESSAGES[locale];
  const w = shared(locale);
  return STATS_OUTCOMES.filter((o) => group.outcomes[o] > 0)
    .map((o) => m.chart.part(w.outcome[o], formatCount(locale, group.outcomes[o])))
    .join(locale === 'en' ? ', ' : '，');
}

function barName(group: StatsGroup, report: StatsReport, locale: Locale): string {
  return STATS_MESSAGES[locale].chart.bar(groupName(group, report.groupBy, locale), formatCount(locale, group.checks), partsText(group, locale));
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function horizontal(report: StatsReport, locale: Locale, titleId: string): TemplateResult {
  const groups = report.groups.slice(0, MAX_BARS);
  const labelWidth = 190;
  const barWidth = WIDTH - labelWidth - 60;
  const row = 30;
  const height = groups.length * row + 10;
  const max = Math.max(1, ...groups.map((g) => g.checks));
  return html`<svg class="chart" part="chart" viewBox=${`0 0 ${WIDTH} ${height}`} width="100%" height=${height} role="group" aria-labelledby=${titleId}>
    ${patterns()}
    ${groups.map((g, i) => {
      const y = 5 + i * row;
      let x = labelWidth;
      return svg`<g class="bar" tabindex="0" role="img" aria-label=${barName(g, report, locale)} data-key=${g.key}>
        <text class="label" x=${labelWidth - 8} y=${y + 18} text-anchor="end">${shorten(groupName(g, report.groupBy, locale), 14)}</text>
        ${STATS_OUTCOMES.map((o) => {
          const w = (g.outcomes[o] / max) * barWidth;
          const seg = w > 0 ? svg`<rect class=${`seg seg-${o}`} data-outcome=${o} x=${x} y=${y + 4} width=${w} height=${row - 10} fill=${fillOf(o)} />` : nothing;
          x += w;
          return seg;
        })}
        <text class="count" x=${x + 6} y=${y + 18}>${formatCount(locale, g.checks)}</text>
        <rect class="focus-ring" x="1" y=${y} width=${WIDTH - 2} height=${row - 2} />
      </g>`;
    })}
  </svg>`;
}

function byMonth(report: StatsReport, locale: Locale, titleId: string): TemplateResult {
  const m = STATS_MESSAGES[locale];
  const groups = report.groups;
  const height = 260;
  const left = 48;
  const top = 16;
  const bottom = 224;
  const plot = bottom - top;
  const band = (WIDTH - left - 8) / Math.max(1, groups.length);
  const barW = Math.max(4, Math.min(36, band * 0.6));
  const max = Math.max(1, ...groups.map((g) => g.checks));
  const yOf = (v: number) => bottom - (v / max) * plot;
  const cx = (i: number) => left + band * i + band / 2;
  const points = groups.map((g, i) => `${cx(i)},${yOf(g.checks)}`).join(' ');
  const short = (key: string) => (locale === 'en' ? groupName({ key }, 'month', locale).slice(0, 3) : `${Number(key.slice(5, 7))}月`);
  return html`<svg class="chart" part="chart" viewBox=${`0 0 ${WIDTH} ${height}`} width="100%" height=${height} role="group" aria-labelledby=${titleId}>
    ${patterns()}
    <line class="axis" x1=${left} y1=${bottom} x2=${WIDTH - 4} y2=${bottom} />
    <text class="tick" x=${left - 6} y=${top + 4} text-anchor="end">${formatCount(locale, max)}</text>
    <text class="tick" x=${left - 6} y=${bottom} text-anchor="end">0</text>
    ${groups.map((g, i) => {
      let y = bottom;
      const x = cx(i) - barW / 2;
      return svg`<g class="bar" tabindex="0" role="img" aria-label=${barName(g, report, locale)} data-key=${g.key}>
        ${STATS_OUTCOMES.map((o) => {
          const h = (g.outcomes[o] / max) * plot;
          y -= h;
          return h > 0 ? svg`<rect class=${`seg seg-${o}`} data-outcome=${o} x=${x} y=${y} width=${barW} height=${h} fill=${fillOf(o)} />` : nothing;
        })}
        <text class="month" x=${cx(i)} y=${bottom + 16} text-anchor="middle">${short(g.key)}</text>
        <rect class="focus-ring" x=${cx(i) - band / 2 + 1} y=${top - 12} width=${band - 2} height=${bottom - top + 32} />
      </g>`;
    })}
    <g class="trend" aria-hidden="true">
      <title>${m.chart.trendTitle}</title>
      <polyline class="trend-line" points=${points} fill="none" />
      ${groups.map(
        (g, i) => svg`<circle class="trend-point" cx=${cx(i)} cy=${yOf(g.checks)} r="3.5" />
          <text class="trend-count" x=${cx(i)} y=${yOf(g.checks) - 8} text-anchor="middle">${formatCount(locale, g.checks)}</text>`,
      )}
    </g>
  </svg>`;
}

/** The legend: one swatch (the outcome's pattern) and word per outcome. */
function legend(locale: Locale): TemplateResult {
  const w = shared(locale);
  return html`<ul class="legend" aria-label=${STATS_MESSAGES[locale].chart.legend}>
    ${STATS_OUTCOMES.map(
      (o) => html`<li data-outcome=${o}>
        <svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><rect width="16" height="16" fill=${fillOf(o)} class="swatch-box" /></svg>
        ${w.outcome[o]}
      </li>`,
    )}
  </ul>`;
}

/** The chart with its title and legend. `titleText` names it (the period and grouping). */
export function statsChart(report: StatsReport, locale: Locale, titleText: string): TemplateResult {
  const titleId = 'credit-stats-chart-title';
  return html`<figure class="figure" part="figure">
    <figcaption id=${titleId} class="chart-title">${titleText}</figcaption>
    ${report.groupBy === 'month' ? byMonth(report, locale, titleId) : horizontal(report, locale, titleId)} ${legend(locale)}
  </figure>`;
}
