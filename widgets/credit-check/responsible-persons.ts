/**
 * 落实到人 in the decision panel (rules §16): a decision on an enterprise lists the responsible
 * persons named on its records (name, role, masked id where given), and the clerk can check a
 * listed person in place — a person check (rules §1): the clerk types the person's ID number,
 * the purpose is 落实到人 (or the panel's `person-purpose`), the authorisation is the panel's
 * `authorization` / `authorization-ref` or `configure({ authorization })`; without one the
 * check is refused before any request (`authorization-required`, said in a sentence).
 *
 * The typed number is read once and the field emptied at once: it is never shown back, never
 * written into an attribute, the URL, storage, an event or the console (the client sends it in
 * the request body only). The person's decision (masked) shows under the enterprise's and
 * joins the printed check record (`checked(decision)`).
 *
 * Kept out of credit-check.ts: the panel asks `render(decision)` and `checked(decision)`.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CreditClient } from '../../src/client/index.js';
import type { QueryAuthorization } from '../../src/client/options.js';
import { authorizationProblem } from '../../src/client/create-client.js';
import type { CreditRecord } from '../../src/contract/index.js';
import { displayId, parseSubjectId } from '../../src/ids/index.js';
import type { Decision } from '../../src/policy/decision.js';
import { unknownDecision } from '../../src/policy/unknown-decision.js';
import { shared } from '../locales/index.js';
import type { Locale, MessageTable } from '../internal/locale.js';
import { outcomeIcon } from '../internal/outcome-icon.js';

type ContractPerson = NonNullable<CreditRecord['responsiblePersons']>[number];

/** The purpose of a person check made from the panel (rules §16). */
export const PERSON_PURPOSE = '落实到人';

/** A person as listed: the id (if any) always masked. */
export interface ListedPerson {
  name: string;
  role: string | null;
  idMasked: string | null;
}

/** A listed person checked in place, for the check record. */
export interface CheckedPerson extends ListedPerson {
  decision: Decision;
  purpose: string;
  authorization: QueryAuthorization | null;
}

interface Messages {
  title: string;
  intro: string;
  check: (name: string) => string;
  idLabel: (name: string) => string;
  idHint: string;
  submit: string;
  cancel: string;
  checking: string;
  notPerson: string;
  noAuthorization: string;
  measures: string;
  none: string;
  separator: string;
  role: (role: string) => string;
  checkedAs: (masked: string) => string;
}

const MESSAGES: MessageTable<Messages> = {
  'zh-CN': {
    title: '相关责任人（落实到人）',
    intro: '以下人员见于该主体的信用记录。可当场核查其本人（须有查询授权）。',
    check: (name) => `核查 ${name}`,
    idLabel: (name) => `${name} 的居民身份证号`,
    idHint: '读取后即隐去，只显示脱敏号码。查询目的：落实到人。',
    submit: '核查',
    cancel: '取消',
    checking: '正在核查……',
    notPerson: '请输入居民身份证号（18 位）。',
    noAuthorization: '未提供查询授权（本人书面授权及编号，或本部门法定职责），未发起查询。',
    measures: '适用措施',
    none: '无',
    separator: '；',
    role: (role) => `（${role}）`,
    checkedAs: (masked) => `已核查：${masked}`,
  },
  'zh-Hant': {
    title: '相關責任人（落實到人）',
    intro: '以下人員見於該主體的信用記錄。可當場核查其本人（須有查詢授權）。',
    check: (name) => `核查 ${name}`,
    idLabel: (name) => `${name} 的居民身分證號`,
    idHint: '讀取後即隱去，只顯示遮蔽號碼。查詢目的：落實到人。',
    submit: '核查',
    cancel: '取消',
    checking: '正在核查……',
    notPerson: '請輸入居民身分證號（18 位）。',
    noAuthorization: '未提供查詢授權（本人書面授權及編號，或本部門法定職責），未發起查詢。',
    measures: '適用措施',
    none: '無',
    separator: '；',
    role: (role) => `（${role}）`,
    checkedAs: (masked) => `已核查：${masked}`,
  },
  en: {
    title: 'Responsible persons (落实到人)',
    intro: "These persons are named on the subject's records. You may check one here (an authorisation is required).",
    check: (name) => `Check ${name}`,
    idLabel: (name) => `${name}'s resident ID number`,
    idHint: 'Hidden once read; only the masked number is shown. Purpose: 落实到人.',
    submit: 'Check',
    cancel: 'Cancel',
    checking: 'Checking…',
    notPerson: 'Enter a resident ID number (18 characters).',
    noAuthorization: "No authorisation for this person check (the person's written consent with its number, or the department's statutory duty): nothing was asked.",
    measures: 'Measures',
    none: 'none',
    separator: '; ',
    role: (role) => ` (${role})`,
    checkedAs: (masked) => `Checked: ${masked}`,
  },
};

/** The persons named on a decision's records, each once (same name, role and masked id), ids masked. */
export function responsiblePersons(decision: Decision): ListedPerson[] {
  if (decision.subject?.kind === 'natural-person') return [];
  const seen = new Set<string>();
  const out: ListedPerson[] = [];
  for (const record of decision.records ?? []) {
    for (const p of (record.responsiblePersons ?? []) as ContractPerson[]) {
      if (!p || typeof p.name !== 'string' || !p.name.trim()) continue;
      // A platform that sends a full number where a mask belongs: masked here all the same.
      const person: ListedPerson = { name: p.name.trim(), role: p.role?.trim() || null, idMasked: p.idMasked ? displayId(p.idMasked) : null };
      const key = `${person.name}\u0001${person.role ?? ''}\u0001${person.idMasked ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(person);
    }
  }
  return out;
}

/** The list's look inside the panel (uses the panel's theme variables). */
export const personsStyles = css`
  .persons-box {
    display: grid;
    gap: calc(var(--_space) / 2);
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }
  .persons-box h3 {
    margin: 0;
    font-size: 1em;
  }
  .persons {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space);
  }
  .person-name {
    font-weight: 600;
  }
  .person-check {
    display: grid;
    gap: 4px;
    margin-top: calc(var(--_space) / 2);
  }
  .person-check input {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2);
    max-width: 22em;
  }
  .person-result {
    margin-top: calc(var(--_space) / 2);
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: var(--_space);
  }
  .person-result[data-outcome='unknown'] {
    border-inline-start-style: dashed;
  }
  .person-result p {
    margin: 0;
  }
  .person-result .icon {
    width: 1.1em;
    height: 1.1em;
    vertical-align: middle;
  }
`;

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly locale: Locale;
}

interface Sources {
  client: () => CreditClient | null;
  authorization: () => QueryAuthorization | undefined;
  purpose: () => string;
}

interface PersonState {
  open: boolean;
  error?: string;
  checking?: boolean;
  result?: CheckedPerson;
}

export class PanelPersons {
  #for: Decision | null = null;
  #states = new Map<number, PersonState>();
  readonly #host: Host;
  readonly #sources: Sources;

  constructor(host: Host, sources: Sources) {
    this.#host = host;
    this.#sources = sources;
  }

  #state(decision: Decision, index: number): PersonState {
    if (this.#for !== decision) {
      this.#for = decision;
      this.#states = new Map();
    }
    return this.#states.get(index) ?? { open: false };
  }

  #set(decision: Decision, index: number, state: PersonState): void {
    if (this.#for !== decision) return; // another decision arrived meanwhile
    this.#states.set(index, state);
    this.#host.requestUpdate();
  }

  /** The persons checked for `decision`, in list order (for the check record). */
  checked(decision: Decision | null | undefined): CheckedPerson[] {
    if (!decision || this.#for !== decision) return [];
    const persons = responsiblePersons(decision);
    return persons.map((_, i) => this.#states.get(i)?.result).filter((r): r is CheckedPerson => !!r);
  }

  async #submit(decision: Decision, index: number, person: ListedPerson, event: Event): Promise<void> {
    event.preventDefault();
    const m = MESSAGES[this.#host.locale];
    const form = event.currentTarget as HTMLFormElement;
    const input = form.querySelector('input');
    // Read once, then emptied at once: the number is never shown back.
    const raw = input ? input.value : '';
    if (input) input.value = '';
    const parsed = parseSubjectId(raw, { locale: this.#host.locale });
    if (parsed.type !== 'idcard') {
      this.#set(decision, index, { open: true, error: m.notPerson });
      return;
    }
    const purpose = this.#sources.purpose().trim() || PERSON_PURPOSE;
    const authorization = this.#sources.authorization();
    const done = (result: Decision) =>
      this.#set(decision, index, { open: false, result: { ...person, decision: result, purpose, authorization: authorization ?? null } });
    if (parsed.status === 'invalid') {
      const problem = parsed.problem ? ` ${parsed.problem}` : '';
      this.#set(decision, index, { open: true, error: `${shared(this.#host.locale).reason['invalid-subject']}${problem}` });
      return;
    }
    // Rules §1: no authorisation, no request.
    if (authorizationProblem(authorization)) {
      done(unknownDecision('authorization-required', { subjectId: parsed.masked, scenario: decision.scenario, on: decision.on }));
      return;
    }
    const client = this.#sources.client();
    if (!client) {
      done(unknownDecision('network', { subjectId: parsed.masked, scenario: decision.scenario, on: decision.on }));
      return;
    }
    this.#set(decision, index, { open: false, checking: true });
    let result: Decision;
    try {
      result = await client.check(parsed.value, { scenario: decision.scenario, purpose, authorization });
    } catch {
      result = unknownDecision('network', { subjectId: parsed.masked, scenario: decision.scenario, on: decision.on });
    }
    done(result);
  }

  #open(decision: Decision, index: number): void {
    this.#set(decision, index, { ...this.#state(decision, index), open: true, error: undefined });
    void this.#host.updateComplete.then(() => this.#host.shadowRoot?.querySelector<HTMLElement>(`#person-id-${index}`)?.focus());
  }

  #cancel(decision: Decision, index: number): void {
    this.#set(decision, index, { ...this.#state(decision, index), open: false, error: undefined });
    void this.#host.updateComplete.then(() => this.#host.shadowRoot?.querySelector<HTMLElement>(`[data-person="${index}"] button.check-person`)?.focus());
  }

  #renderResult(result: CheckedPerson): TemplateResult {
    const m = MESSAGES[this.#host.locale];
    const w = shared(this.#host.locale);
    const d = result.decision;
    const measures = d.applied.map((h) => h.measure.name).join(m.separator) || m.none;
    const reason =
      d.outcome === 'unknown' && d.reason
        ? d.reason === 'authorization-required'
          ? m.noAuthorization
          : w.reason[d.reason]
        : null;
    return html`<div class="person-result" data-outcome=${d.outcome} role="status">
      <p class="person-outcome">${outcomeIcon(d.outcome)} <span class="word">${w.outcome[d.outcome]}</span> <span class="checked-as">${m.checkedAs(d.subjectId)}</span></p>
      ${reason ? html`<p class="reason">${reason}</p>` : nothing}
      ${d.outcome !== 'unknown' ? html`<p class="person-measures">${m.measures}：${measures}</p>` : nothing}
    </div>`;
  }

  render(decision: Decision): TemplateResult | typeof nothing {
    const persons = responsiblePersons(decision);
    if (!persons.length) return nothing;
    const m = MESSAGES[this.#host.locale];
    return html`<section part="persons" class="persons-box" aria-labelledby="persons-title">
      <h3 id="persons-title">${m.title}</h3>
      <p class="hint">${m.intro}</p>
      <ul class="persons">
        ${persons.map((person, index) => {
          const state = this.#state(decision, index);
          const fieldId = `person-id-${index}`;
          const hintId = `person-id-hint-${index}`;
          const errorId = `person-id-error-${index}`;
          return html`<li class="person" data-person=${index}>
            <span class="person-name">${person.name}</span>${person.role ? html`<span class="person-role">${m.role(person.role)}</span>` : nothing}
            ${person.idMasked ? html` <span class="person-id mono">${person.idMasked}</span>` : nothing}
            ${state.open
              ? html`<form class="person-check" novalidate autocomplete="off" @submit=${(e: Event) => void this.#submit(decision, index, person, e)}
                  @keydown=${(e: KeyboardEvent) => {
                    if (e.key !== 'Escape') return;
                    e.preventDefault();
                    e.stopPropagation();
                    this.#cancel(decision, index);
                  }}>
                  <label for=${fieldId}>${m.idLabel(person.name)}</label>
                  <input id=${fieldId} type="text" inputmode="text" autocomplete="off" spellcheck="false"
                    aria-describedby=${state.error ? `${errorId} ${hintId}` : hintId} aria-invalid=${state.error ? 'true' : 'false'} />
                  <p class="hint" id=${hintId}>${m.idHint}</p>
                  <p class="error" id=${errorId} role="alert">${state.error ?? ''}</p>
                  <div class="buttons">
                    <button type="submit" class="primary submit-person">${m.submit}</button>
                    <button type="button" class="cancel-person" @click=${() => this.#cancel(decision, index)}>${m.cancel}</button>
                  </div>
                </form>`
              : state.checking
                ? html`<p class="hint" role="status">${m.checking}</p>`
                : html` <button type="button" class="check-person" @click=${() => this.#open(decision, index)}>${m.check(person.name)}</button>`}
            ${state.result && !state.checking ? this.#renderResult(state.result) : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
