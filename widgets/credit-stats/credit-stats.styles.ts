/** The look of `<credit-stats>` beyond the desk frame: the form, the chart (colours by class, never inline) and the table. */
import { css } from 'lit';

export const statsStyles = css`
  .note {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .error {
    color: var(--_restricted);
    font-weight: 600;
  }
  [aria-busy='true'] {
    opacity: 0.6;
  }
  .figure {
    margin: 0;
    display: grid;
    gap: var(--_space);
  }
  .chart-title {
    font-weight: 600;
  }
  .chart {
    display: block;
    max-width: 100%;
    overflow: visible;
  }
  .chart text {
    fill: currentColor;
    font-size: 12px;
  }
  .chart .tick,
  .chart .month {
    fill: var(--_muted);
    font-size: 11px;
  }
  .chart .count,
  .chart .trend-count {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .chart .trend-count {
    font-size: 10px;
  }
  .axis {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .seg {
    stroke: var(--_surface, #fff);
    stroke-width: 0.5;
  }
  .pf-restricted {
    fill: var(--_restricted);
  }
  .pf-review {
    fill: var(--_review);
  }
  .pf-facilitated {
    fill: var(--_facilitated);
  }
  .pf-clear {
    fill: var(--_clear);
  }
  .pf-unknown {
    fill: var(--_unknown);
  }
  .tx {
    stroke: #fff;
    stroke-width: 1.4;
    fill: none;
  }
  .tx-dot {
    fill: #fff;
  }
  .trend-line {
    stroke: var(--_text, currentColor);
    stroke-width: 2;
    stroke-dasharray: 5 3;
  }
  .trend-point {
    fill: var(--_surface, #fff);
    stroke: var(--_text, currentColor);
    stroke-width: 2;
  }
  .focus-ring {
    fill: none;
    stroke: none;
  }
  .bar {
    outline: none;
  }
  .bar:focus .focus-ring {
    stroke: var(--_focus);
    stroke-width: 2;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .swatch-box {
    stroke: var(--_border);
  }
  .scroll {
    overflow-x: auto;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-top: 2px solid var(--_text, currentColor);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .tx,
    .trend-line,
    .trend-point {
      stroke: Canvas;
    }
  }
`;
