import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toTraditional } from '../src/i18n/chineseText.js';
import { LANGS } from '../src/i18n/langs.js';
import { formatCount, formatTimes, formatUsd } from '../src/render/formatNumber.js';

/** Typographic punctuation either language may set around the words it takes from the knowledge. */
const PUNCTUATION = '–—‘’“”…×·§•、，。：；！？（）《》【】「」『』％￥°±≈≤≥→←';

/**
 * Every character a chart can draw, for the font subset: each string a chart shows comes from the
 * knowledge files, from a string in the source (titles, legends and, as they move there, the
 * message catalogs), or from a number formatter. So this takes every character of every source
 * file under `src/` (a superset of its string literals), every string in the knowledge JSON, the
 * printable ASCII range, common punctuation, and what the number formatters print for numbers of
 * every size in both languages (万, 亿, $, B, …).
 */
export function chartCharacters(root: string): string {
  const chars = new Set<string>();
  const add = (text: string) => {
    for (const char of text) if (char >= ' ') chars.add(char);
  };
  for (let code = 0x20; code < 0x7f; code++) add(String.fromCharCode(code));
  add(PUNCTUATION);
  for (const file of filesUnder(join(root, 'src'), '.ts')) add(readFileSync(file, 'utf8'));
  for (const file of filesUnder(join(root, 'knowledge'), '.json')) {
    // Traditional replies show the knowledge's Chinese converted: those characters are drawn too.
    if (!file.includes(`${join(root, 'knowledge', 'schema')}`))
      addStrings(JSON.parse(readFileSync(file, 'utf8')), (text) => add(`${text}${toTraditional(text)}`));
  }
  for (let exponent = 0; exponent <= 15; exponent++) {
    for (const mantissa of [1, 1.25, 2.5, 3.5, 9.99]) {
      const n = mantissa * 10 ** exponent;
      for (const lang of LANGS) {
        add(formatCount(n, lang));
        add(formatUsd(n, lang));
        add(formatTimes(n, lang));
      }
    }
  }
  return [...chars].sort().join('');
}

function addStrings(value: unknown, add: (text: string) => void): void {
  if (typeof value === 'string') add(value);
  else if (Array.isArray(value)) for (const item of value) addStrings(item, add);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      add(key);
      addStrings(item, add);
    }
  }
}

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
