/**
 * Styles of `<credit-check>`'s action-first measure cards (measure-card.ts), of its disclosure
 * buttons (also the other records' objections, record-objections.ts) and of the subject
 * warning mark in its banner. Uses the theme's private `--_*` properties.
 */
import { css } from 'lit';

export const measureCardStyles = css`
  .measure.card {
    gap: 2px;
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space);
  }
  .card-head .tags {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .card .todo {
    font-weight: 600;
  }
  .card .why {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .measure[data-state='suspended'] .todo {
    font-style: normal;
  }
  .card-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-top: 2px;
  }
  .card-actions .feedback {
    flex: 1 1 18em;
    border-top: 0;
    padding-top: 0;
  }
  .card-actions .feedback .delivery:empty {
    display: none;
  }
  .card .disclosure {
    margin-inline-start: auto;
  }
  /* The panel's disclosure buttons: a measure card's "more", the other records' objections. */
  .card .disclosure,
  .other-objections .disclosure {
    background: none;
    border: 0;
    color: var(--_link, var(--_focus));
    text-decoration: underline;
    cursor: pointer;
    padding: 4px 2px;
    min-height: 0;
  }
  .card .disclosure::before,
  .other-objections .disclosure::before {
    content: '▸ ';
    display: inline-block;
  }
  .card .disclosure[aria-expanded='true']::before,
  .other-objections .disclosure[aria-expanded='true']::before {
    content: '▾ ';
  }
  .card .more[hidden] {
    display: none;
  }
  .card .more {
    display: grid;
    gap: calc(var(--_space) / 2);
    border-top: 1px dotted var(--_border);
    padding-top: calc(var(--_space) / 2);
  }
  .card .same {
    color: var(--_muted);
    font-style: italic;
  }
  .in-card-commitment {
    margin-top: calc(var(--_space) / 2);
  }
  .subject-warnings {
    grid-column: 2;
    display: grid;
    gap: 2px;
  }
  .subject-warning {
    font-weight: 700;
    color: var(--_text);
  }
  .warning-mark {
    color: var(--_review);
  }
`;
