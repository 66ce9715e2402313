import type { Entity } from '../knowledge/schema.js';
import { findNumbers, type NumberMention } from './amounts.js';
import { detectLanguage, type Lang } from './lang.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import type { CueGroup } from './vocabulary.js';

/** An entity named in a question, exactly or through a typo. */
export interface EntityMention {
  readonly entity: Entity;
  /** The words as the user wrote them (normalised). */
  readonly text: string;
  readonly fuzzy: boolean;
}

/** What the engine understood of a free question, before choosing an intent. */
export interface Reading {
  readonly text: string;
  readonly lang: Lang;
  readonly entities: readonly EntityMention[];
  readonly cues: ReadonlySet<CueGroup>;
  /** The words that signalled each cue group, as written. */
  readonly cueWords: ReadonlyMap<CueGroup, readonly string[]>;
  readonly numbers: readonly NumberMention[];
  /** Words that are neither known names, cues, numbers nor filler: maybe a name the article lacks. */
  readonly unknown: readonly string[];
  /** The unknown words that look like names (capitalised mid-sentence, letters with digits): likely an entity the article lacks. */
  readonly names: readonly string[];
}

interface Span {
  readonly start: number;
  readonly end: number;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const MIN_FUZZY_LENGTH = 5;

/**
 * Reads a free question: which entities, cue words and numbers it contains, and which words are left
 * unexplained. Entities and cues are matched longest first, so "in stock" wins over "stock".
 */
export function readQuestion(question: string, lexicon: Lexicon): Reading {
  const text = normalize(question);
  const taken: Span[] = [];
  const overlaps = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);

  const numbers = findNumbers(text);
  for (const n of numbers) taken.push({ start: n.start, end: n.end });

  const found: { start: number; end: number; phrase: string }[] = [];
  for (const pattern of [lexicon.asciiPattern, lexicon.cjkPattern]) {
    for (const m of text.matchAll(pattern))
      found.push({ start: m.index, end: m.index + m[0].length, phrase: m[0] });
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);

  const entities: EntityMention[] = [];
  const cues = new Set<CueGroup>();
  const cueWords = new Map<CueGroup, string[]>();
  const addCue = (cue: CueGroup, words: string) => {
    cues.add(cue);
    cueWords.set(cue, [...(cueWords.get(cue) ?? []), words]);
  };
  const addEntity = (entity: Entity, words: string, fuzzy: boolean) => {
    if (!entities.some((e) => e.entity.id === entity.id)) entities.push({ entity, text: words, fuzzy });
  };
  for (const span of found) {
    if (overlaps(span)) continue;
    const meaning = lexicon.meanings.get(span.phrase);
    if (meaning === undefined) continue;
    taken.push(span);
    for (const entity of meaning.entities) addEntity(entity, span.phrase, false);
    for (const cue of meaning.cues) addCue(cue, span.phrase);
  }

  const leftovers = leftoverWords(text, taken);
  const unknown: string[] = [];
  for (let i = 0; i < leftovers.length; i++) {
    const word = leftovers[i] ?? '';
    const next = leftovers[i + 1];
    if (lexicon.stopwords.has(word) || /^\p{P}+$/u.test(word)) continue;
    if (next !== undefined && /^[a-z]/.test(word) && /^[a-z]/.test(next)) {
      const pair = lexicon.resolve(`${word} ${next}`);
      if (pair !== undefined && `${word} ${next}`.length >= MIN_FUZZY_LENGTH + 3) {
        addEntity(pair, `${word} ${next}`, true);
        i++;
        continue;
      }
    }
    if (/^[a-z]/.test(word) && word.length >= MIN_FUZZY_LENGTH) {
      const entity = lexicon.resolve(word);
      if (entity !== undefined) {
        addEntity(entity, word, true);
        continue;
      }
      const cue = lexicon.correctCue(word);
      if (cue !== undefined) {
        addCue(cue, word);
        continue;
      }
    }
    unknown.push(word);
  }

  const lang = detectLanguage(question);
  const capitalised = capitalisedWords(question);
  const names = unknown.filter(
    (w) => capitalised.has(w) || (/\d/.test(w) && /[a-z]/.test(w)) || (lang === 'zh' && /^[a-z]/.test(w)),
  );
  return { text, lang, entities, cues, cueWords, numbers, unknown, names };
}

// Words written with a capital inside a sentence: "Does Apple use Azure?" gives {apple, azure}.
function capitalisedWords(question: string): Set<string> {
  const words = new Set<string>();
  for (const m of question.normalize('NFKC').matchAll(/(?<=[^\s.?!。？！]\s+)\p{Lu}[\p{L}\p{N}]*/gu)) {
    words.add(m[0].toLowerCase());
  }
  return words;
}

// The words outside every recognised span: Latin words, digits, and Chinese split by Intl.Segmenter.
function leftoverWords(text: string, taken: readonly Span[]): string[] {
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  let rest = '';
  let at = 0;
  for (const span of sorted) {
    if (span.start > at) rest += text.slice(at, span.start);
    rest += ' ';
    at = Math.max(at, span.end);
  }
  rest += text.slice(at);
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(rest)) {
    if (!isWordLike) continue;
    const word = segment.replace(/^['’-]+|['’.-]+$/g, '');
    if (word !== '') words.push(word);
  }
  return words;
}
