import { loadScriptConverter } from '../script/scriptConverter.js';
import { YUE_TO_MANDARIN } from './dialects/yue.js';

// Loaded on the first Chinese question, not at start: reading the table costs milliseconds.
let toCn: ((text: string) => string) | undefined;

/**
 * Traditional Chinese in Simplified script (OpenCC, Taiwan phrasing read too), so "誰在用微軟雲" reads
 * as "谁在用微软云". Text without Han characters is returned as is, without building the converter.
 */
export function toSimplified(text: string): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  toCn ??= loadScriptConverter('t2cn');
  return toCn(text);
}

/**
 * Folds full-width forms, case, spacing and Chinese script so that "ＡＷＳ", "aws" and "Aws" compare
 * equal, and so do "亞馬遜" and "亚马逊"; Cantonese written forms read as Mandarin ("幾多" → "多少").
 */
export function normalize(text: string): string {
  // ("top3", "前3": a count run into its word reads as the word and the count.)
  const folded = text
    .normalize('NFKC')
    .replace(LETTER_O_FOR_ZERO, '$1100')
    .replace(/\b(top|bottom)(\d)/giu, '$1 $2');
  if (!/\p{Script=Han}/u.test(folded)) return folded.toLowerCase().replace(/\s+/g, ' ').trim();
  return toSimplifiedMandarin(folded)
    .replace(YUE, (w) => YUE_TO_MANDARIN[w as keyof typeof YUE_TO_MANDARIN])
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * {@link toSimplified}, with Cantonese written forms read as Mandarin first: the script conversion
 * would turn 係 ("is") into 系, which no reading of Mandarin takes for "is".
 */
export function toSimplifiedMandarin(text: string): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  const mandarin = text
    .replace(YUE, (w) => YUE_TO_MANDARIN[w as keyof typeof YUE_TO_MANDARIN])
    .replace(/(?<![關关聯联體体])係/gu, '是');
  return toSimplified(mandarin);
}

// "h1oo", "A1OO": the letter o typed for the zero in a GPU's code (same length, so positions hold).
const LETTER_O_FOR_ZERO = /(?<![a-z0-9])([ahAH])1[oO0]{2}(?![a-z0-9])/gu;

// Cantonese written forms read as Mandarin ("幾多" → "多少"), longest first.
const YUE = new RegExp(
  Object.keys(YUE_TO_MANDARIN)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gu',
);

/**
 * {@link normalize} without the script conversion: for the knowledge's own names and cue words, which
 * are written in Simplified, so building the lexicon never loads the converter.
 */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True for strings written only in ASCII, whose matches need word boundaries. */
export function isAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}
