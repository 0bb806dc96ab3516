/** The look of `<credit-bidder-screen>` (the element keeps only its view and state). */
import { css } from 'lit';

export const bidderScreenStyles = css`
  :host {
    display: block;
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .input {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .paste {
    flex: 3 1 24em;
    display: grid;
    gap: calc(var(--_space) / 2);
    justify-items: start;
  }
  .file {
    flex: 1 1 14em;
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
    /* level with the paste area below its label */
    padding-top: 1.9em;
  }
  label {
    font-weight: 600;
  }
  textarea {
    width: 100%;
    min-height: 7em;
    resize: vertical;
    padding: calc(var(--_space) / 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.92em;
  }
  .file-input {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    opacity: 0;
  }
  label.file-button {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    min-height: 32px;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: normal;
    cursor: pointer;
  }
  /* :focus, not :focus-visible (86+): older kernels must show the focus too. */
  .file-input:focus + label.file-button {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .file-input:disabled + label.file-button {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .status {
    margin: 0;
    min-height: 1.5em;
  }
  .notice {
    margin: 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 4px solid var(--_review);
    background: var(--_surface);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .summary li {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 2px var(--_space);
    border: 1px solid var(--_c, var(--_border));
    border-radius: var(--_radius);
  }
  .summary .icon {
    color: var(--_c, currentColor);
  }
  .summary .count {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .filter legend {
    float: inline-start;
    padding: 0;
    margin-inline-end: var(--_space);
    font-weight: 600;
  }
  .filter label {
    font-weight: normal;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-height: 24px;
  }
  .scroller {
    max-height: var(--credit-bidder-screen-height, 32em);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  table {
    width: 100%;
    min-width: 48em;
    border-collapse: collapse;
    /* Column widths that do not change with the rows in view (and a cheaper layout). */
    table-layout: fixed;
  }
  col.c-index {
    width: 4.5em;
  }
  col.c-name {
    width: 26%;
  }
  col.c-code {
    width: 13.5em;
  }
  col.c-outcome {
    width: 8em;
  }
  col.c-toggle {
    width: 6.5em;
  }
  td,
  th {
    overflow-wrap: anywhere;
  }
  th,
  td {
    padding: calc(var(--_space) * 0.6) var(--_space);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface);
    border-bottom: 2px solid var(--_border);
    white-space: nowrap;
    vertical-align: middle;
  }
  tbody.row {
    border-top: 1px solid var(--_border);
  }
  tbody.row th {
    font-weight: normal;
  }
  .index {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    white-space: nowrap;
  }
  .platform-name {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    white-space: nowrap;
    color: var(--_c, var(--_muted));
  }
  .badge .word {
    color: var(--_text);
  }
  .notes {
    font-size: 0.92em;
  }
  .notes > span {
    display: block;
  }
  .notes .problem {
    color: var(--_restricted);
  }
  .notes .warning {
    color: var(--_review);
  }
  .notes .verification[data-state='rejected'] {
    color: var(--_restricted);
  }
  button.sort {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-height: 24px;
    padding: 0 2px;
    border: 0;
    background: none;
    font-weight: 600;
  }
  .sort-mark {
    display: inline-block;
    width: 1em;
    color: var(--_muted);
  }
  button.expand {
    min-height: 28px;
    padding: 0 var(--_space);
    white-space: nowrap;
  }
  button.expand::after {
    content: '▸';
    display: inline-block;
    margin-inline-start: 0.3em;
  }
  button.expand[aria-expanded='true']::after {
    content: '▾';
  }
  .details-row > td {
    padding: var(--_space) calc(var(--_space) * 2) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_c, var(--_border));
  }
  .spacer td {
    padding: 0;
    border: 0;
  }
  .spacer.before td {
    height: var(--_before, 0px);
  }
  .spacer.after td {
    height: var(--_after, 0px);
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .summary li,
    .scroller {
      border-color: CanvasText;
    }
  }
`;
