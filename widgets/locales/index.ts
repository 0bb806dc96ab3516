import type { Locale } from '../internal/locale.js';
import { en } from './en.js';
import type { SharedMessages } from './types.js';
import { zhCN } from './zh-CN.js';
import { zhHant } from './zh-Hant.js';

export type { SharedMessages } from './types.js';

const SHARED: Record<Locale, SharedMessages> = { 'zh-CN': zhCN, 'zh-Hant': zhHant, en };

/** The shared words and sentences in a locale. */
export function shared(locale: Locale): SharedMessages {
  return SHARED[locale];
}
