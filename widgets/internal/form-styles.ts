/** The look of form fields (commitment form, ledger filters, the gate's override reason): one rule set, shared. */
import { css } from 'lit';

export const formStyles = css`
  .field {
    display: grid;
    gap: 4px;
  }
  label,
  legend {
    font-weight: 600;
  }
  input,
  select,
  textarea {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 4px var(--_space);
    min-height: 32px;
    background: var(--_surface);
  }
  /* A choice (radio, checkbox) sits on its label's line, at the text's size, not as a 32 px field. */
  input[type='radio'],
  input[type='checkbox'] {
    min-height: 0;
    padding: 0;
    border: 0;
    margin: 0 0.4em 0 0;
    vertical-align: -0.1em;
  }
  label > input[type='radio'],
  label > input[type='checkbox'] {
    font-weight: 400;
  }
  [aria-invalid='true'] {
    border-color: var(--_restricted);
    border-width: 2px;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .error {
    color: var(--_restricted);
    font-weight: 600;
  }
  /* A field's lines keep to the field's own spacing. */
  .field > .hint,
  .field > .error,
  fieldset > .error {
    margin: 0;
  }
`;

/** A filter panel (the ledger's filters, the statistics' period and grouping): a framed fieldset of fields in a row. */
export const filterPanelStyles = css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
  }
  legend {
    font-weight: 600;
    padding: 0 4px;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: flex-start;
  }
`;
