import { wordSegmenter } from './wordSegmenter.js';

/** A word-like segment of a text and where it starts. */
export interface Segment {
  readonly segment: string;
  readonly index: number;
}

/** Longest stretch handed to the segmenter at once, in UTF-16 units. */
const MAX_PIECE = 32;

/**
 * The word-like segments of a text (Chinese split by ICU's dictionary, Latin words, numbers), with
 * their indices in the text, as `Intl.Segmenter` gives them.
 *
 * Why in pieces: V8's segmenter allocates a copy of its whole input for every segment it yields, so
 * one 500-character text costs half a megabyte and the garbage collections that follow, growing
 * with the square of the length. A space always ends a word, so segmenting each space-free piece
 * apart gives the same words at the same indices, at a cost linear in the text. A piece longer than
 * MAX_PIECE is cut there too, where a word straddling the cut may be split in two: the reader
 * hands over only what no name, cue word or number explained, and across the question set the
 * longest such piece is 9 characters.
 */
export function segmentWords(text: string): Segment[] {
  const words: Segment[] = [];
  for (const piece of text.matchAll(/[^ ]+/g)) {
    const run = piece[0];
    for (let start = 0; start < run.length; ) {
      let end = Math.min(run.length, start + MAX_PIECE);
      // Never between the two halves of a character outside the BMP.
      if (end < run.length && /[\uD800-\uDBFF]/.test(run.charAt(end - 1))) end--;
      for (const { segment, index, isWordLike } of wordSegmenter().segment(run.slice(start, end))) {
        if (isWordLike) words.push({ segment, index: piece.index + start + index });
      }
      start = end;
    }
  }
  return words;
}
