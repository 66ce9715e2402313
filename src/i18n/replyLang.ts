import { isTraditional, type Lang } from '../engine/lang.js';
import type { ReplyLang } from './langs.js';

/**
 * The reply language for a Discord locale: Traditional for Taiwan and Hong Kong (`zh-TW`, `zh-HK`),
 * Simplified for the other `zh-*` locales, English otherwise.
 */
export function langOfLocale(locale: string | undefined): ReplyLang {
  const l = locale?.toLowerCase() ?? '';
  if (!l.startsWith('zh')) return 'en';
  return /^zh-(tw|hk|mo|hant)/.test(l) ? 'zh-Hant' : 'zh-Hans';
}

/**
 * The reply language for a question: the language it was read in, and for Chinese the script it
 * was written in; a question that reads the same in both scripts follows the reader's locale.
 *
 * @param asked - the language the engine read the question in
 */
export function replyLangFor(question: string, asked: Lang, locale?: string): ReplyLang {
  if (asked === 'en') return 'en';
  if (isTraditional(question)) return 'zh-Hant';
  return langOfLocale(locale) === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
}
