import type { ScriptTable } from './scriptTable.js';

/**
 * One dictionary: its entries, and per first UTF-16 unit the lengths of the keys starting with it, as
 * bits (bit n: a key of n units; keys of 31 units or more set bit 31 and are looked up at every length
 * from the longest down), so a look-up slices the text only at lengths some key has.
 */
interface Dict {
  readonly entries: ReadonlyMap<string, string>;
  readonly longest: Uint8Array;
  readonly lengths: Uint32Array;
}

const LONG_KEY_BIT = 31;

/**
 * A converter doing what OpenCC's does with the same dictionaries (a test holds it to OpenCC's
 * output): at each position the longest key found is replaced, else one character (or one
 * ideographic description sequence) is kept; the normalization dictionaries run over the whole text,
 * the conversion chain over each segment cut by the segmentation phrases. Keys are looked up whole
 * in a `Map`, at the lengths the first character allows, instead of walked through a trie of maps.
 */
export function createScriptConverter(table: ScriptTable): (text: string) => string {
  const normalize = table.normalize.map(readDict);
  const chain = table.chain.map(readDict);
  const segmentation = table.segmentation === null ? undefined : chain[table.segmentation];
  return (text) => {
    let normalized = text;
    for (const dict of normalize) normalized = convert(dict, normalized);
    if (segmentation === undefined)
      return chain.reduce((converted, dict) => convert(dict, converted), normalized);
    let out = '';
    for (const segment of segments(segmentation, normalized))
      out += chain.reduce((converted, dict) => convert(dict, converted), segment);
    return out;
  };
}

function readDict(serialized: string): Dict {
  const entries = new Map<string, string>();
  const longest = new Uint8Array(0x10000);
  const lengths = new Uint32Array(0x10000);
  // Walked with indexOf rather than split: a million characters of lines would be garbage at once.
  for (let start = 0; start < serialized.length; ) {
    const space = serialized.indexOf(' ', start);
    const bar = serialized.indexOf('|', space);
    const end = bar < 0 ? serialized.length : bar;
    const key = serialized.slice(start, space);
    entries.set(key, serialized.slice(space + 1, end));
    const first = key.charCodeAt(0);
    if (key !== '') {
      longest[first] = Math.max(longest[first] ?? 0, key.length);
      lengths[first] = (lengths[first] ?? 0) | (1 << Math.min(key.length, LONG_KEY_BIT));
    }
    start = end + 1;
  }
  return { entries, longest, lengths };
}

/** The end of the longest key of at least `min` units at `start` within `end`, and its value. */
function match(
  dict: Dict,
  text: string,
  start: number,
  end: number,
  min: number,
): [number, string] | undefined {
  const first = text.charCodeAt(start);
  const bits = dict.lengths[first] ?? 0;
  if (bits === 0) return undefined;
  for (let length = Math.min(dict.longest[first] ?? 0, end - start); length >= min; length--) {
    // Only lengths some key starting here has (all of them past the long-key bit).
    if (length < LONG_KEY_BIT && (bits & (1 << length)) === 0) continue;
    const value = dict.entries.get(text.slice(start, start + length));
    if (value !== undefined) return [start + length, value];
  }
  return undefined;
}

function convert(dict: Dict, text: string): string {
  let out = '';
  let kept = 0; // start of the text not yet copied
  for (let i = 0; i < text.length; ) {
    const found = match(dict, text, i, text.length, 1);
    if (found === undefined) {
      i += unmatchedLength(text, i);
      continue;
    }
    out += text.slice(kept, i) + found[1];
    i = kept = found[0];
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** The text cut at the segmentation phrases: each phrase alone, the runs between them whole. */
function segments(dict: Dict, text: string): string[] {
  const pieces: string[] = [];
  let kept = 0;
  for (let i = 0; i < text.length; ) {
    // Phrases only: a key of one code point (one or two UTF-16 units) is a character, not a phrase.
    const single = codePointLength(text, i);
    const found = match(dict, text, i, text.length, single + 1);
    if (found === undefined) {
      i += unmatchedLength(text, i);
      continue;
    }
    if (kept < i) pieces.push(text.slice(kept, i));
    pieces.push(text.slice(i, found[0]));
    i = kept = found[0];
  }
  if (kept < text.length) pieces.push(text.slice(kept));
  return pieces;
}

function codePointLength(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

/** OpenCC steps over an ideographic description sequence (⿰氵青) as one unmatched character. */
function unmatchedLength(text: string, i: number): number {
  const end = descriptionSequenceEnd(text, i);
  return end > i ? end - i : codePointLength(text, i);
}

function descriptionArity(code: number): number {
  if (code >= 0x2ff0 && code <= 0x2ff1) return 2;
  if (code >= 0x2ff2 && code <= 0x2ff3) return 3;
  if (code >= 0x2ff4 && code <= 0x2fff) return 2;
  return 0;
}

function descriptionSequenceEnd(text: string, i: number): number {
  const arity = descriptionArity(text.codePointAt(i) ?? 0);
  if (arity === 0) return 0;
  let end = i + codePointLength(text, i);
  for (let n = 0; n < arity; n++) {
    if (end >= text.length) return 0;
    const child = descriptionSequenceEnd(text, end);
    end = child || end + codePointLength(text, end);
  }
  return end;
}
