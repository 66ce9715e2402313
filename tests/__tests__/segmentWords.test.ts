import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/engine/normalize.js';
import { segmentWords } from '../../src/engine/segmentWords.js';

/** What segmenting the whole text at once gives: the reference the pieces must match. */
function wholeText(text: string): { segment: string; index: number }[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)]
    .filter((s) => s.isWordLike)
    .map(({ segment, index }) => ({ segment, index }));
}

const questions = readFileSync(join(import.meta.dirname, '../questions/questions.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => normalize(String((JSON.parse(line) as { q: string }).q)));

describe('segmentWords', () => {
  it("GIVEN any plain ASCII text (read by a pattern, not the dictionary) THEN the words and indices are ICU's", () => {
    const ascii = fc.string({
      unit: fc.constantFrom(..."aZk9 0'.,:;_-$%?!/h100x".split('')),
      maxLength: 40,
    });
    fc.assert(
      fc.property(ascii, (text) => {
        fc.pre(text.split(' ').every((run) => run.length <= 32));
        expect(segmentWords(text)).toEqual(wholeText(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('GIVEN every question of the question set whose space-free runs fit a piece THEN the words and indices are those of the whole text', () => {
    const short = questions.filter((q) => q.split(' ').every((run) => run.length <= 32));
    expect(short.length).toBeGreaterThan(500);
    for (const q of short) expect(segmentWords(q), q).toEqual(wholeText(q));
  });

  it('GIVEN every question of the question set THEN no word loses a character, and no Latin word or number is cut', () => {
    const latin = (words: readonly { segment: string }[]) =>
      words.map((w) => w.segment).filter((w) => /^[a-z0-9]+$/i.test(w));
    for (const q of questions) {
      const words = segmentWords(q);
      expect(words.map((w) => w.segment).join(''), q).toBe(
        wholeText(q)
          .map((w) => w.segment)
          .join(''),
      );
      expect(latin(words), q).toEqual(latin(wholeText(q)));
    }
  });

  it('GIVEN any text whose space-free pieces are short THEN the words are those of the whole text', () => {
    const pool = [
      '谁',
      '用',
      '微',
      '软',
      '云',
      '缺',
      '口',
      '鑫',
      '华',
      '为',
      '需',
      '要',
      'a',
      'z',
      'u',
      'r',
      'e',
      '3',
      '0',
      '.',
      ',',
      "'",
      '-',
      ':',
      '?',
      '!',
      '。',
      '、',
      '$',
      '%',
      '😀',
      '𝕏',
      ' ',
      ' ',
      ' ',
    ];
    const text = fc
      .array(fc.constantFrom(...pool), { maxLength: 120 })
      .map((chars) => chars.join(''))
      .filter((t) => t.split(' ').every((piece) => piece.length <= 32));
    fc.assert(
      fc.property(text, (t) => {
        expect(segmentWords(t)).toEqual(wholeText(t));
      }),
      { numRuns: 1500 },
    );
  });

  it('GIVEN a run longer than a piece THEN every character is still in a word, at its own index', () => {
    const run = '鑫'.repeat(1000);
    const words = segmentWords(run);
    expect(words.map((w) => w.segment).join('')).toBe(run);
    for (const w of words) expect(run.slice(w.index, w.index + w.segment.length)).toBe(w.segment);
    const astral = '𝕏'.repeat(300);
    expect(
      segmentWords(astral)
        .map((w) => w.segment)
        .join(''),
    ).toBe(astral);
  });
});
