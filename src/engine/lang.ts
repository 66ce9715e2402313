import { toSimplified } from './normalize.js';

/** The two languages the bot reads; both Chinese scripts are Chinese. */
export type Lang = 'en' | 'zh';

const HAN = /\p{Script=Han}/u;

/** Chinese when the text contains any Han character, English otherwise. */
export function detectLanguage(text: string): Lang {
  return HAN.test(text) ? 'zh' : 'en';
}

/**
 * True when Chinese text is written in Traditional script: converting it to Simplified changes it.
 * Text whose characters are the same in both scripts ("文章") is not Traditional.
 */
export function isTraditional(text: string): boolean {
  return HAN.test(text) && toSimplified(text) !== text;
}
