/**
 * One labelled form field as every form of the SDK shows it: the label, the control, an
 * optional hint line and an optional error line, wired together by `for`,
 * `aria-describedby` (`<id>-hint`, `<id>-error`) and `aria-invalid`. The desk filters, the
 * 容缺受理 commitment and the write forms build their fields with it, so that a field
 * reads the same to a screen reader wherever it stands.
 *
 *   inputField({ id: 'ledger-operator', name: 'operator', label, value, hint, onInput })
 *   inputField({ id: 'statement', name: 'statement', rows: 4, label, value, error, onInput })
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface InputFieldOptions {
  /** The control's id; the hint and error lines get `<id>-hint` and `<id>-error`. */
  id: string;
  name: string;
  label: string;
  value: string;
  /** `text` (default) or `date`; ignored with `rows` (a textarea). */
  type?: 'text' | 'date';
  /** A textarea of this many rows instead of an input. */
  rows?: number;
  min?: string;
  max?: string;
  disabled?: boolean;
  autocomplete?: string;
  /** `false` for codes and digests (no spelling marks). */
  spellcheck?: false;
  placeholder?: string;
  hint?: string;
  /** The error line under the field; also sets `aria-invalid`. */
  error?: string | null | false;
  /** `alert` for an error that appears while the clerk types (announced at once). */
  errorRole?: 'alert';
  /** Marks the field invalid when its error line stands elsewhere (e.g. one line for a date range); with `describedBy`. */
  invalid?: boolean;
  /** Further ids describing the control (an error line shared by two fields). */
  describedBy?: string;
  onInput: (value: string) => void;
  /** Also called on `change` (date pickers that commit a value without `input`). */
  onChange?: (value: string) => void;
  /** Rendered at the end of the field (e.g. a reset button). */
  after?: unknown;
}

/** The value of the control an input or change event came from. */
function valueOf(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
}

export function inputField(o: InputFieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : '';
  const errorId = o.error ? `${o.id}-error` : '';
  const describedBy = [hintId, errorId, o.describedBy ?? ''].filter(Boolean).join(' ') || nothing;
  const invalid = o.error || o.invalid ? 'true' : 'false';
  const onInput = (e: Event) => o.onInput(valueOf(e));
  const onChange = o.onChange ? (e: Event) => o.onChange!(valueOf(e)) : nothing;
  const control = o.rows
    ? html`<textarea
        id=${o.id}
        name=${o.name}
        rows=${o.rows}
        placeholder=${o.placeholder ?? nothing}
        ?disabled=${!!o.disabled}
        .value=${o.value}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        @input=${onInput}
        @change=${onChange}
      ></textarea>`
    : html`<input
        id=${o.id}
        name=${o.name}
        type=${o.type ?? 'text'}
        min=${o.min || nothing}
        max=${o.max || nothing}
        autocomplete=${o.autocomplete ?? nothing}
        spellcheck=${o.spellcheck === false ? 'false' : nothing}
        placeholder=${o.placeholder ?? nothing}
        ?disabled=${!!o.disabled}
        .value=${o.value}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        @input=${onInput}
        @change=${onChange}
      />`;
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    ${control} ${o.hint ? html`<p id=${hintId} class="hint">${o.hint}</p>` : nothing}
    ${o.error ? html`<p id=${errorId} class="error" role=${o.errorRole ?? nothing}>${o.error}</p>` : nothing} ${o.after ?? nothing}
  </div>`;
}
