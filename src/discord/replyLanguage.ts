import type { Lang } from '../engine/lang.js';

/** The reader's language from a Discord locale: Chinese for every `zh-*` locale, English otherwise. */
export function langOfLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') === true ? 'zh' : 'en';
}
