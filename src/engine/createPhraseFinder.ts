/** A phrase found in a text: where it starts and ends, and which phrase it is. */
export interface FoundPhrase {
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
}

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** The phrase ending at this node, if one does. */
  phrase?: string;
}

const SPACE = 0x20;

/**
 * A finder of known phrases, scanning a text left to right and taking at each position the longest
 * phrase there (then going on after it), as a regular expression of the phrases as alternatives,
 * longest first, would. With `asWords`, a phrase must not start right after, nor end right before,
 * a Latin letter or digit ("aws" is not read in "laws"). A trie is walked instead of trying a
 * thousand alternatives at each position.
 */
export function createPhraseFinder(
  phrases: Iterable<string>,
  asWords: boolean,
): (text: string) => FoundPhrase[] {
  const root: TrieNode = { next: new Map() };
  for (const phrase of phrases) {
    if (phrase === '') continue;
    let node = root;
    for (let i = 0; i < phrase.length; i++) {
      const code = phrase.charCodeAt(i);
      let child = node.next.get(code);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    node.phrase = phrase;
  }
  return (text) => {
    const found: FoundPhrase[] = [];
    for (let start = 0; start < text.length; ) {
      if (asWords && start > 0 && isWordChar(text.charCodeAt(start - 1))) {
        start++;
        continue;
      }
      let node: TrieNode | undefined = root;
      let best: FoundPhrase | undefined;
      for (let i = start; i < text.length; i++) {
        const code = text.charCodeAt(i);
        node = node.next.get(code);
        if (node === undefined) break;
        // A run of spaces reads as one: "the '10k each' startups" is read with its quote marks as spaces.
        if (code === SPACE) while (text.charCodeAt(i + 1) === SPACE) i++;
        if (node.phrase !== undefined && !(asWords && isWordChar(text.charCodeAt(i + 1))))
          best = { start, end: i + 1, phrase: node.phrase };
      }
      if (best === undefined) start++;
      else {
        found.push(best);
        start = best.end;
      }
    }
    return found;
  };
}

/** A lower-case Latin letter or a digit: what a word-bounded phrase may not touch (NaN past the end is not). */
function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}
