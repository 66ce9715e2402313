import type { Lang } from '../engine/lang.js';

/** The languages replies are written in: English, Simplified and Traditional Chinese. */
export const LANGS = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type ReplyLang = (typeof LANGS)[number];

/** The engine reads two languages; both Chinese scripts are Chinese to it. */
export function engineLang(lang: ReplyLang): Lang {
  return lang === 'en' ? 'en' : 'zh';
}

/** Each reply language's own name, for the language buttons. */
export const LANG_NAMES: Readonly<Record<ReplyLang, string>> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

/** The BCP 47 locale `Intl` formats numbers and lists with, per reply language. */
export const INTL_LOCALES: Readonly<Record<ReplyLang, string>> = {
  en: 'en-US',
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
};

/** True for a value naming one of {@link LANGS}. */
export function isReplyLang(value: unknown): value is ReplyLang {
  return (LANGS as readonly unknown[]).includes(value);
}
