import { Converter, CustomConverter } from 'opencc-js/cn2t';

let toTw: ((text: string) => string) | undefined;
/** Phrases OpenCC's Taiwan tables leave in Simplified (云 stays 云 as in 人云亦云), in this article's sense of cloud computing. */
const cloudPhrases = CustomConverter([
  ['私有云', '私有雲'],
  ['公有云', '公有雲'],
]);
const cache = new Map<string, string>();

/**
 * Simplified Chinese in Traditional script (Taiwan standard, with its phrasing), via OpenCC.
 * The converter's dictionaries take about a second to build, so it is built on first use and its
 * results kept: replies repeat the same catalog strings and knowledge texts.
 */
export function toTraditional(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const convert = toTw ?? Converter({ from: 'cn', to: 'twp' });
  toTw = convert;
  const converted = convert(cloudPhrases(text));
  if (cache.size < 5_000) cache.set(text, converted);
  return converted;
}

const HAN = '\\p{Script=Han}';
// 第 makes an ordinal of the number after it (第02节): one word, no space.
const HAN_THEN_LATIN = new RegExp(`((?!第)${HAN})(?=[A-Za-z0-9$])`, 'gu');
const WORD_THEN_HAN = new RegExp(`([A-Za-z0-9][\\w.+\\-]*)(?=${HAN})`, 'gu');

/**
 * The usual spacing between Chinese and Latin text: a space between Han characters and Latin words,
 * and before a number; none between a number and the unit or classifier after it ("43.2万张",
 * "3.5万美元") or in an ordinal ("第02节"), as those read as one word.
 */
export function spaceCjkLatin(text: string): string {
  return text
    .replace(HAN_THEN_LATIN, '$1 ')
    .replace(WORD_THEN_HAN, (word) => (/[A-Za-z]/.test(word) ? `${word} ` : word));
}
