import { wordSegmenter } from './wordSegmenter.js';

/** A word-like segment of a text and where it starts. */
export interface Segment {
  readonly segment: string;
  readonly index: number;
}

/** A character of a Latin word or a number: a piece is never cut between two of them. */
const LATIN = /[A-Za-z0-9_'’.]/;

// Printable ASCII (anything else, a line break included, goes to the segmenter).
const PRINTABLE_ASCII = /^[ -~]*$/;
/**
 * A word as ICU's word rules (UAX #29) cut plain ASCII: letters and digits, joined by an apostrophe,
 * full stop or colon between letters ("don't") and by a comma, full stop, semicolon or apostrophe
 * between digits ("1,000", "2.3"). The equality with ICU on every question of the set is tested.
 */
const ASCII_WORD =
  /[A-Za-z0-9_]+(?:(?:(?<=[A-Za-z])['.:](?=[A-Za-z])|(?<=[0-9])[,.;'](?=[0-9]))[A-Za-z0-9_]+)*/g;

/** Longest stretch handed to the segmenter at once, in UTF-16 units. */
const MAX_PIECE = 32;
/** Longest text segmented whole: a few copies of it per word cost less than a call per piece. */
const WHOLE_TEXT = 96;

/**
 * The word-like segments of a text (Chinese split by ICU's dictionary, Latin words, numbers), with
 * their indices in the text, as `Intl.Segmenter` gives them.
 *
 * Why in pieces: V8's segmenter allocates a copy of its whole input for every segment it yields, so
 * one 500-character text costs half a megabyte and the garbage collections that follow, growing
 * with the square of the length. A space always ends a word, so segmenting each space-free piece
 * apart gives the same words at the same indices, at a cost linear in the text. A piece longer than
 * MAX_PIECE is cut there too (never inside a Latin word or a number), where a Chinese word
 * straddling the cut may be split in two: the reader
 * hands over only what no name, cue word or number explained, and across the question set the
 * longest such piece is 9 characters.
 */
export function segmentWords(text: string): Segment[] {
  const words: Segment[] = [];
  // A short text is segmented whole, in one call: each call clones ICU's break iterator into an object
  // the young-generation garbage collector must finalize, so a call per piece ("要 张 的" as three)
  // made every collection several times slower. (A space ends a word, so the words are the same.)
  if (text.length <= WHOLE_TEXT && !PRINTABLE_ASCII.test(text)) {
    for (const { segment, index, isWordLike } of wordSegmenter().segment(text))
      if (isWordLike) words.push({ segment, index });
    return words;
  }
  for (const piece of text.matchAll(/[^ ]+/g)) {
    const run = piece[0];
    for (let start = 0; start < run.length; ) {
      let end = Math.min(run.length, start + MAX_PIECE);
      // Never between the two halves of a character outside the BMP.
      if (end < run.length && /[\uD800-\uDBFF]/.test(run.charAt(end - 1))) end--;
      // Nor inside a Latin word or a number ("…、mistral、character" cut at "charac|ter"): back to its
      // start, unless the word alone is longer than a piece.
      if (end < run.length && LATIN.test(run.charAt(end)) && LATIN.test(run.charAt(end - 1))) {
        let back = end - 1;
        while (back > start && LATIN.test(run.charAt(back - 1))) back--;
        if (back > start) end = back;
      }
      const part = run.slice(start, end);
      // Plain ASCII needs no dictionary: its words are what ICU's rules make of it, read by a pattern.
      if (PRINTABLE_ASCII.test(part)) {
        // (ICU's one quirk here: a lone underscore is no word, though two are.)
        for (const m of part.matchAll(ASCII_WORD))
          if (m[0] !== '_') words.push({ segment: m[0], index: piece.index + start + m.index });
      } else {
        for (const { segment, index, isWordLike } of wordSegmenter().segment(part)) {
          if (isWordLike) words.push({ segment, index: piece.index + start + index });
        }
      }
      start = end;
    }
  }
  return words;
}
