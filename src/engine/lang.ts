/** The two languages the bot reads and writes. */
export type Lang = 'en' | 'zh';

const HAN = /\p{Script=Han}/u;

/** Chinese when the text contains any Han character, English otherwise. */
export function detectLanguage(text: string): Lang {
  return HAN.test(text) ? 'zh' : 'en';
}
