/**
 * Styles of the shared decision details (`renderDecisionDetails`). Relies on the theme's
 * private `--_*` properties (`themeStyles` must come first in the host's `static styles`).
 */
import { css } from 'lit';

export const decisionDetailsStyles = css`
  .details {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .details .heading {
    font-weight: 600;
    font-size: 1.05em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .details .subheading {
    font-weight: 600;
    color: var(--_muted);
    margin: var(--_space) 0 calc(var(--_space) / 2);
  }
  .details ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .details p {
    margin: 0;
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: 2px var(--_space);
    margin: 0;
  }
  dl.facts .fact {
    display: contents;
  }
  dl.facts dt {
    color: var(--_muted);
  }
  dl.facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .registration .note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .warnings .warning {
    border-inline-start: 4px solid var(--_review);
    padding: calc(var(--_space) / 2) var(--_space);
    background: color-mix(in srgb, var(--_review) 8%, var(--_surface));
  }
  .warnings .warning::before {
    content: '⚠ ';
  }
  .measures {
    display: grid;
    gap: var(--_space);
  }
  .measure {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_c, var(--_border));
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .measure[data-direction='punishment'][data-state='applied'] {
    --_c: var(--_review);
  }
  .measure[data-direction='punishment'][data-state='applied'][data-effect='block'] {
    --_c: var(--_restricted);
  }
  .measure[data-direction='incentive'] {
    --_c: var(--_facilitated);
  }
  .measure[data-state='suspended'] {
    border-style: dashed;
    --_c: var(--_unknown);
  }
  .measure-name {
    font-weight: 600;
  }
  .basis-list li + li {
    margin-top: 2px;
  }
  .objection-note,
  .lapsed {
    color: var(--_muted);
    font-style: italic;
  }
  .clean-history {
    font-weight: 600;
  }
  .records {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .record {
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) / 2);
    display: grid;
    gap: 2px;
  }
  .record-head {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: baseline;
  }
  .record-head .list-type {
    font-weight: 600;
  }
  .record-head .status,
  .record-head .not-repairable {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 calc(var(--_space) / 2);
    font-size: 0.9em;
  }
  .record[data-status='objection'] .status {
    border-style: dashed;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .details.compact {
    gap: var(--_space);
  }
  .details.compact dl.facts {
    grid-template-columns: max-content 1fr max-content 1fr;
  }
  .details.compact .measure {
    padding: calc(var(--_space) / 2) var(--_space);
  }
  @media (forced-colors: active) {
    .measure,
    .warnings .warning {
      border-color: CanvasText;
    }
  }
`;
