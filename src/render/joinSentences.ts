import type { ReplyLang } from '../i18n/langs.js';

/** Sentences of one reply joined: with a space in English, with nothing after a Chinese full stop. */
export function joinSentences(sentences: readonly string[], lang: ReplyLang): string {
  return sentences.join(lang === 'en' ? ' ' : '');
}
