import { loadScriptConverter } from '../script/scriptConverter.js';
import { toSimplified } from './normalize.js';

/** The two languages the bot reads; both Chinese scripts are Chinese. */
export type Lang = 'en' | 'zh';

const HAN = /\p{Script=Han}/u;

/** A Chinese unit written after digits ("43.2万", "3 萬"), which English-speaking users write too. */
const NUMBER_UNIT = /\d\s*[万萬亿億]/gu;

/**
 * Chinese when the text contains a Han character, English otherwise; a Chinese unit after digits in
 * an English sentence ("so the 43.2万 gap — does that count the finance firms?") is not Chinese.
 */
export function detectLanguage(text: string): Lang {
  if (!HAN.test(text)) return 'en';
  // (A message of amounts alone, "43.2万?", stays Chinese; so does a slash command, whose words are the
  // command's, not the user's: "/demand company:azure price:3万".)
  return HAN.test(text.replace(NUMBER_UNIT, '')) || !/[a-z]{2}/iu.test(text) || /^\s*\//u.test(text)
    ? 'zh'
    : 'en';
}

/**
 * True when Chinese text is written in Traditional script: converting it to Simplified changes it,
 * and changes at least as many characters as converting it to Traditional would. Text whose characters
 * are the same in both scripts ("文章") is not Traditional; nor is Simplified text with a character or
 * two that OpenCC reads as Traditional ("华为昇腾" changes 昇, but 华, 为 and 腾 are Simplified).
 */
export function isTraditional(text: string): boolean {
  if (!HAN.test(text)) return false;
  const simplified = toSimplified(text);
  if (simplified === text) return false;
  // (A phrase conversion that changes the length cannot be counted by position: the old rule holds.)
  if (simplified.length !== text.length) return true;
  // Three characters or more in Traditional script settle it without converting the other way, which
  // costs as much again: only a character or two (昇 in "华为昇腾") is weighed against the Simplified ones.
  // (A Taiwan phrase made of characters both scripts share, "核心" → "内核", is no Traditional script:
  // only characters that change on their own count.)
  const traditionalOnly = changed(text, simplified, (ch) => toSimplified(ch) !== ch);
  if (traditionalOnly === 0) return false;
  if (traditionalOnly >= 3) return true;
  toTw ??= loadScriptConverter('cn2t');
  const traditional = toTw(text);
  if (traditional.length !== text.length) return true;
  return traditionalOnly >= changed(text, traditional);
}

let toTw: ((text: string) => string) | undefined;

/**
 * How many characters differ between a text and its conversion of the same length (only those
 * `counts` accepts, when given).
 */
function changed(text: string, converted: string, counts?: (ch: string) => boolean): number {
  let n = 0;
  for (let i = 0; i < text.length; i++)
    if (text[i] !== converted[i] && (counts === undefined || counts(text[i] ?? ''))) n++;
  return n;
}
