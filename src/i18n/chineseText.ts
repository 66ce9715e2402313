import { createScriptConverter } from '../script/createScriptConverter.js';
import { loadScriptConverter } from '../script/scriptConverter.js';

let toTw: ((text: string) => string) | undefined;
const cache = new Map<string, string>();

/**
 * The Simplified → Traditional converter, built on first use: its table is a megabyte of
 * dictionaries, which English and Simplified replies should not pay at start-up.
 */
function converter(): (text: string) => string {
  if (toTw !== undefined) return toTw;
  // Phrases OpenCC's Taiwan tables leave in Simplified (云 stays 云, as in 人云亦云), here meaning cloud computing.
  const cloudPhrases = createScriptConverter({
    normalize: [],
    segmentation: null,
    chain: ['私有云 私有雲|公有云 公有雲'],
  });
  const toTaiwan = loadScriptConverter('cn2t');
  toTw = (text) => toTaiwan(cloudPhrases(text));
  return toTw;
}

/**
 * Simplified Chinese in Traditional script (Taiwan standard, with its phrasing), via OpenCC. Results
 * are kept: replies repeat the same catalog strings and knowledge texts.
 */
export function toTraditional(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const converted = converter()(text);
  if (cache.size < 5_000) cache.set(text, converted);
  return converted;
}

const HAN = '\\p{Script=Han}';
// 第 makes an ordinal of the number after it (第02节): one word, no space.
const HAN_THEN_LATIN = new RegExp(`((?!第)${HAN})(?=[A-Za-z0-9$])`, 'gu');
// (Tried only where a word starts: a start inside one ends where the word's own start would, and fails.)
const WORD_THEN_HAN = new RegExp(`(?<![A-Za-z0-9_])([A-Za-z0-9][\\w.+\\-]*)(?=${HAN})`, 'gu');
const ANY_HAN = new RegExp(HAN, 'u');

/**
 * The usual spacing between Chinese and Latin text: a space between Han characters and Latin words,
 * and before a number; none between a number and the unit or classifier after it ("43.2万张",
 * "3.5万美元") or in an ordinal ("第02节"), as those read as one word.
 */
export function spaceCjkLatin(text: string): string {
  if (!ANY_HAN.test(text)) return text;
  return text
    .replace(HAN_THEN_LATIN, '$1 ')
    .replace(WORD_THEN_HAN, (word) => (/[A-Za-z]/.test(word) ? `${word} ` : word));
}
