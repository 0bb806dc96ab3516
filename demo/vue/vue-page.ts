/**
 * Vue 3: the elements inside a small Vue app (see app.ts). The page boots the demo
 * platform first, then mounts the app; the language switch feeds a Vue ref.
 */
import { createApp, ref } from 'vue';
import { FIXTURES } from '../../src/testing/index.js';
import { todayInChina } from '../../src/policy/index.js';
import { bootDemo, showBootError } from '../shared/boot.js';
import { initialLocale, type PageMessages } from '../shared/locale.js';
import { createDemoApp, type SubjectOption } from './app.js';
import { VUE_MESSAGES } from './messages.js';

const PAGE_MESSAGES: PageMessages<'title'> = {
  'zh-CN': { title: VUE_MESSAGES['zh-CN'].title },
  'zh-Hant': { title: VUE_MESSAGES['zh-Hant'].title },
  en: { title: VUE_MESSAGES.en.title },
};

/** Organisations only: a person's number is never put into the page. */
const SUBJECTS: SubjectOption[] = (['restricted', 'redList', 'objection', 'cleanThreeYears', 'abnormalOperation', 'unknownEnterprise'] as const).map((key) => ({
  name: FIXTURES[key].subject.name,
  code: FIXTURES[key].subject.id,
}));

async function main(): Promise<void> {
  const locale = ref(initialLocale());
  await bootDemo({ page: 'vue', messages: PAGE_MESSAGES, onLocale: (next) => (locale.value = next) });
  const app = createApp(createDemoApp({ locale, subjects: SUBJECTS, caseNumber: `XK-${todayInChina().slice(0, 4)}-0720` }));
  app.config.errorHandler = (error) => console.error('credit-widgets demo (Vue):', error);
  app.mount('#app');
}

main().catch(showBootError);
