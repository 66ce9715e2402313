import { createRequire } from 'node:module';

type Convert = (text: string) => string;
interface OpenCC {
  readonly Converter: (options: { from: string; to: string }) => Convert;
}

// Loaded on the first Chinese question, not at start: the dictionaries cost tens of milliseconds.
let toCn: Convert | undefined;

/**
 * Traditional Chinese in Simplified script (OpenCC, Taiwan phrasing read too), so "誰在用微軟雲" reads
 * as "谁在用微软云". Text without Han characters is returned as is, without building the converter.
 */
export function toSimplified(text: string): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  const convert =
    toCn ?? (createRequire(import.meta.url)('opencc-js/t2cn') as OpenCC).Converter({ from: 'twp', to: 'cn' });
  toCn = convert;
  return convert(text);
}

/**
 * Folds full-width forms, case, spacing and Chinese script so that "ＡＷＳ", "aws" and "Aws" compare
 * equal, and so do "亞馬遜" and "亚马逊".
 */
export function normalize(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

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
