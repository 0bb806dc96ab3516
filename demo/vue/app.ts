/**
 * A small Vue 3 admin app using the elements: props down (`subject`, `scenario`,
 * `case-number`, `requireResponse`), events up (`credit-result`, `credit-gate-change`,
 * `credit-feedback` as `onCreditResult` …), and a v-model-style binding of the subject
 * (`modelValue` + `update:modelValue`) between a picker and the check.
 *
 * Written with `defineComponent` + `h()` render functions: no template compiler at runtime
 * (it needs `new Function`, which a strict CSP forbids) and no SFC build step. With SFCs,
 * tell the compiler that `credit-*` are custom elements:
 * `compilerOptions: { isCustomElement: (tag) => tag.startsWith('credit-') }`.
 */
import { computed, defineComponent, h, ref, version as vueVersion, type PropType, type Ref } from 'vue';
import type { CreditGateChangeDetail, CreditResultDetail, CreditFeedbackDetail } from '../../widgets/internal/events.js';
import { fill, type DemoLocale } from '../shared/locale.js';
import { VUE_MESSAGES, type VueMessages } from './messages.js';

export interface SubjectOption {
  name: string;
  code: string;
}

interface LogEntry {
  id: number;
  at: Date;
  text: string;
}

const SCENARIOS = ['administrative-licensing', 'government-procurement', 'fiscal-funds', 'honors'] as const;

/** The subject picker: a `v-model` (`modelValue` / `update:modelValue`) over a code. */
export const SubjectPicker = defineComponent({
  name: 'SubjectPicker',
  props: {
    modelValue: { type: String, required: true },
    options: { type: Array as PropType<readonly SubjectOption[]>, required: true },
    t: { type: Object as PropType<VueMessages>, required: true },
  },
  emits: { 'update:modelValue': (value: string) => typeof value === 'string' },
  setup(props, { emit }) {
    const update = (value: string) => emit('update:modelValue', value.trim());
    return () => {
      const known = props.options.some((o) => o.code === props.modelValue);
      return h('div', { class: 'vx-picker' }, [
        h('div', { class: 'vx-field' }, [
          h('label', { for: 'vx-subject-select' }, props.t.pick),
          h(
            'select',
            { id: 'vx-subject-select', value: known ? props.modelValue : '', onChange: (e: Event) => update((e.target as HTMLSelectElement).value) },
            [...props.options.map((o) => h('option', { value: o.code }, o.name)), h('option', { value: '', disabled: true }, props.t.other)],
          ),
        ]),
        h('div', { class: 'vx-field' }, [
          h('label', { for: 'vx-subject-code' }, props.t.code),
          h('input', {
            id: 'vx-subject-code',
            value: props.modelValue,
            spellcheck: false,
            autocomplete: 'off',
            'aria-describedby': 'vx-subject-hint',
            // On change (Enter or leaving the field), not per keystroke: each new subject is a new check.
            onChange: (e: Event) => update((e.target as HTMLInputElement).value),
          }),
          h('p', { id: 'vx-subject-hint', class: 'vx-hint' }, props.t.codeHint),
        ]),
      ]);
    };
  },
});

/** `<credit-check>` and, below it, the host's submit button inside `<credit-gate>`. */
export const CreditPanel = defineComponent({
  name: 'CreditPanel',
  props: {
    subject: { type: String, required: true },
    scenario: { type: String, required: true },
    caseNumber: { type: String, required: true },
    t: { type: Object as PropType<VueMessages>, required: true },
  },
  emits: {
    result: (detail: CreditResultDetail) => !!detail,
    gateChange: (detail: CreditGateChangeDetail) => !!detail,
    feedback: (detail: CreditFeedbackDetail) => !!detail,
    submit: () => true,
  },
  setup(props, { emit }) {
    return () =>
      h('div', { class: 'vx-panel' }, [
        h('credit-check', {
          // `subject` and `scenario` are properties of the element: Vue sets them as such.
          subject: props.subject,
          scenario: props.scenario,
          'case-number': props.caseNumber,
          onCreditResult: (e: CustomEvent<CreditResultDetail>) => emit('result', e.detail),
          onCreditFeedback: (e: CustomEvent<CreditFeedbackDetail>) => emit('feedback', e.detail),
        }),
        h(
          'credit-gate',
          {
            subject: props.subject,
            scenario: props.scenario,
            'case-number': props.caseNumber,
            requireResponse: true,
            onCreditGateChange: (e: CustomEvent<CreditGateChangeDetail>) => emit('gateChange', e.detail),
          },
          [h('button', { type: 'button', class: 'vx-btn vx-btn--primary', onClick: () => emit('submit') }, props.t.submit)],
        ),
      ]);
  },
});

export function createDemoApp(options: { locale: Ref<DemoLocale>; subjects: readonly SubjectOption[]; caseNumber: string }) {
  return defineComponent({
    name: 'CreditDemoApp',
    setup() {
      const t = computed(() => VUE_MESSAGES[options.locale.value]);
      const subject = ref(options.subjects[0]?.code ?? '');
      const scenario = ref<string>('government-procurement');
      const outcome = ref<string | null>(null);
      const gate = ref<CreditGateChangeDetail | null>(null);
      const submitted = ref('');
      const log = ref<LogEntry[]>([]);
      let n = 0;
      const note = (text: string) => {
        log.value = [{ id: ++n, at: new Date(), text }, ...log.value].slice(0, 8);
      };
      const time = (d: Date) => new Intl.DateTimeFormat(options.locale.value, { timeStyle: 'medium' }).format(d);

      const onResult = (d: CreditResultDetail) => {
        outcome.value = d.outcome;
        note(fill(t.value.logResult, { outcome: d.outcome, measures: d.measures.length }, options.locale.value));
      };
      const onGate = (d: CreditGateChangeDetail) => {
        gate.value = d;
        note(fill(d.allowed ? t.value.logGateOpen : t.value.logGateClosed, { outcome: d.outcome ?? '—' }, options.locale.value));
      };
      const onFeedback = (d: CreditFeedbackDetail) => {
        note(fill(t.value.logFeedback, { action: d.feedback.action, state: d.state }, options.locale.value));
      };
      const setSubject = (value: string) => {
        subject.value = value;
        submitted.value = '';
      };

      return () => {
        const m = t.value;
        return h('div', { class: 'vx-layout' }, [
          h('header', { class: 'vx-header' }, [
            h('p', { class: 'vx-header__logo' }, m.brand),
            h('p', { class: 'vx-header__meta' }, fill(m.poweredBy, { version: vueVersion }, options.locale.value)),
          ]),
          h('div', { class: 'vx-body' }, [
            h('nav', { class: 'vx-aside', 'aria-label': m.menu }, [
              h('ul', [m.menuHome, m.menuLicensing, m.menuCredit, m.menuSettings].map((item, i) => h('li', { 'aria-current': i === 2 ? 'page' : undefined }, item))),
            ]),
            h('main', { class: 'vx-main' }, [
              h('p', { class: 'vx-breadcrumb' }, m.breadcrumb),
              h('section', { class: 'vx-card', 'aria-labelledby': 'vx-form-title' }, [
                h('h1', { id: 'vx-form-title', class: 'vx-card__title' }, m.formTitle),
                h('div', { class: 'vx-form' }, [
                  h(SubjectPicker, { modelValue: subject.value, 'onUpdate:modelValue': setSubject, options: options.subjects, t: m }),
                  h('div', { class: 'vx-field' }, [
                    h('label', { for: 'vx-scenario' }, m.scenario),
                    h(
                      'select',
                      { id: 'vx-scenario', value: scenario.value, onChange: (e: Event) => (scenario.value = (e.target as HTMLSelectElement).value) },
                      SCENARIOS.map((s) => h('option', { value: s }, m.scenarios[s])),
                    ),
                  ]),
                ]),
              ]),
              h('section', { class: 'vx-card', 'aria-labelledby': 'vx-list-title' }, [
                h('h2', { id: 'vx-list-title', class: 'vx-card__title' }, m.listTitle),
                h('table', { class: 'vx-table' }, [
                  h('thead', [h('tr', [h('th', { scope: 'col' }, m.colName), h('th', { scope: 'col' }, m.colCode), h('th', { scope: 'col' }, m.colCredit), h('th', { scope: 'col' }, m.colAction)])]),
                  h(
                    'tbody',
                    options.subjects.map((o) =>
                      h('tr', { key: o.code, class: o.code === subject.value ? 'is-current' : undefined }, [
                        h('td', o.name),
                        h('td', { class: 'vx-mono' }, o.code),
                        h('td', [h('credit-flag', { subject: o.code, scenario: scenario.value })]),
                        h('td', [h('button', { type: 'button', class: 'vx-btn vx-btn--link', onClick: () => setSubject(o.code) }, m.select)]),
                      ]),
                    ),
                  ),
                ]),
              ]),
              h('div', { class: 'vx-grid' }, [
                h('section', { class: 'vx-card', 'aria-labelledby': 'vx-check-title' }, [
                  h('h2', { id: 'vx-check-title', class: 'vx-card__title' }, m.checkTitle),
                  h(CreditPanel, {
                    subject: subject.value,
                    scenario: scenario.value,
                    caseNumber: options.caseNumber,
                    t: m,
                    onResult,
                    onGateChange: onGate,
                    onFeedback,
                    onSubmit: () => (submitted.value = fill(m.submitted, { caseNumber: options.caseNumber }, options.locale.value)),
                  }),
                  h('p', { class: 'vx-submitted', role: 'status' }, submitted.value),
                ]),
                h('div', { class: 'vx-column' }, [
                  h('section', { class: 'vx-card', 'aria-labelledby': 'vx-state-title' }, [
                    h('h2', { id: 'vx-state-title', class: 'vx-card__title' }, m.stateTitle),
                    h('dl', { class: 'vx-state' }, [
                      h('dt', 'subject'),
                      h('dd', { class: 'vx-mono' }, subject.value || '—'),
                      h('dt', 'scenario'),
                      h('dd', { class: 'vx-mono' }, scenario.value),
                      h('dt', m.stateOutcome),
                      h('dd', { class: 'vx-mono', 'data-outcome': outcome.value ?? undefined }, outcome.value ?? '—'),
                      h('dt', m.stateGate),
                      h('dd', gate.value ? (gate.value.allowed ? m.gateOpen : m.gateClosed) : '—'),
                    ]),
                  ]),
                  h('section', { class: 'vx-card', 'aria-labelledby': 'vx-log-title' }, [
                    h('h2', { id: 'vx-log-title', class: 'vx-card__title' }, m.logTitle),
                    log.value.length === 0
                      ? h('p', { class: 'vx-hint' }, m.logEmpty)
                      : h('ol', { class: 'vx-log', 'aria-live': 'polite' }, log.value.map((e) => h('li', { key: e.id }, [h('time', time(e.at)), ' ', e.text]))),
                  ]),
                  h('section', { class: 'vx-card', 'aria-labelledby': 'vx-code-title' }, [
                    h('h2', { id: 'vx-code-title', class: 'vx-card__title' }, m.codeTitle),
                    h('pre', { class: 'vx-code' }, "h('credit-check', {\n  subject: subject.value,\n  scenario: scenario.value,\n  'case-number': caseNumber,\n  onCreditResult: (e) => …,\n})"),
                  ]),
                ]),
              ]),
            ]),
          ]),
        ]);
      };
    },
  });
}
