import type { ReplyLang } from '../i18n/langs.js';

/** What stands between sentences of one reply: a space in English, nothing after a Chinese full stop. */
export function sentenceSeparator(lang: ReplyLang): string {
  return lang === 'en' ? ' ' : '';
}

/** Sentences of one reply joined, with the separator of the reply's language. */
export function joinSentences(sentences: readonly string[], lang: ReplyLang): string {
  return sentences.join(sentenceSeparator(lang));
}
