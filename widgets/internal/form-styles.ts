/** The look of form fields (commitment form, ledger filters, the gate's override reason): one rule set, shared. */
import { css } from 'lit';

export const formStyles = css`
  .field {
    display: grid;
    gap: 4px;
  }
  label {
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
`;
