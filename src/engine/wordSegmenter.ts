let segmenter: Intl.Segmenter | undefined;

/**
 * The word segmenter for Chinese and Latin text, built on first use: building it loads ICU's word
 * data (about 8 ms), which a process that never reads a question should not pay at start.
 */
export function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}
