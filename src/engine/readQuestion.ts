import type { Entity } from '../knowledge/schema.js';
import { findNumbers, type NumberMention } from './amounts.js';
import { detectLanguage, type Lang } from './lang.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import { spellNumbers } from './spellNumbers.js';
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
  const text = spellNumbers(normalize(question));
  const taken: Span[] = [];
  const overlaps = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);

  const found: { start: number; end: number; phrase: string }[] = [];
  for (const pattern of [lexicon.asciiPattern, lexicon.cjkPattern]) {
    for (const m of text.matchAll(pattern))
      found.push({ start: m.index, end: m.index + m[0].length, phrase: m[0] });
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);

  // A number inside a name ("Falcon 40B", "GPT 4") is part of the name, not an amount.
  const names = found.filter((f) => (lexicon.meanings.get(f.phrase)?.entities.length ?? 0) > 0);
  const numbers = findNumbers(text).filter((n) => !names.some((f) => n.start < f.end && f.start < n.end));
  for (const n of numbers) taken.push({ start: n.start, end: n.end });

  const entities: EntityMention[] = [];
  const cues = new Set<CueGroup>();
  const cueWords = new Map<CueGroup, string[]>();
  const addCue = (cue: CueGroup, words: string) => {
    cues.add(cue);
    cueWords.set(cue, [...(cueWords.get(cue) ?? []), words]);
  };
  const position = new Map<EntityMention, number>();
  const addEntity = (entity: Entity, words: string, fuzzy: boolean, at: number) => {
    if (entities.some((e) => e.entity.id === entity.id)) return;
    const mention = { entity, text: words, fuzzy };
    entities.push(mention);
    position.set(mention, at);
  };
  const entitySpans: Span[] = [];
  for (const span of found) {
    if (overlaps(span)) continue;
    const meaning = lexicon.meanings.get(span.phrase);
    if (meaning === undefined) continue;
    taken.push(span);
    if (meaning.entities.length > 0) entitySpans.push(span);
    for (const entity of meaning.entities) addEntity(entity, span.phrase, false, span.start);
    for (const cue of meaning.cues) addCue(cue, span.phrase);
  }
  for (const near of chineseNearMisses(text, lexicon, taken, entitySpans)) {
    taken.push(near);
    entitySpans.push(near);
    addEntity(near.entity, text.slice(near.start, near.end), true, near.start);
  }

  const leftovers = leftoverWords(text, taken);
  const unknownAt: Located[] = [];
  for (let i = 0; i < leftovers.length; i++) {
    const { word, start } = leftovers[i] ?? { word: '', start: 0 };
    const next = leftovers[i + 1]?.word;
    if (lexicon.stopwords.has(word) || /^\p{P}+$/u.test(word)) continue;
    if (next !== undefined && /^[a-z]/.test(word) && /^[a-z]/.test(next)) {
      const pair = lexicon.resolve(`${word} ${next}`);
      if (pair !== undefined && `${word} ${next}`.length >= MIN_FUZZY_LENGTH + 3) {
        addEntity(pair, `${word} ${next}`, true, start);
        i++;
        continue;
      }
    }
    if (/^[a-z]/.test(word) && word.length >= MIN_FUZZY_LENGTH) {
      const entity = lexicon.resolve(word);
      if (entity !== undefined) {
        addEntity(entity, word, true, start);
        continue;
      }
      const cue = lexicon.correctCue(word);
      if (cue !== undefined) {
        addCue(cue, word);
        continue;
      }
    }
    unknownAt.push(leftovers[i] as Located);
  }
  const unknown = chineseRuns(unknownAt, leftovers, text);
  // In the order the question names them: "OpenAI and Inflection", "does Azure have more than GCP".
  entities.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));

  const lang = detectLanguage(question);
  const capitalised = capitalisedWords(question);
  const nameLike = unknown.filter(
    (w) =>
      !UNIT_LIKE.test(w) &&
      (capitalised.has(w) || (/\d/.test(w) && /[a-z]/.test(w)) || (lang === 'zh' && /^[a-z]/.test(w))),
  );
  return { text, lang, entities, cues, cueWords, numbers, unknown, names: nameLike };
}

/** Digits with a unit or ordinal ("2am", "5nm", "3rd", "10x", "80gb") are not names the article lacks. */
const UNIT_LIKE = /^\d+(?:\.\d+)?(?:am|pm|s|th|st|nd|rd|x|k|m|b|gb|tb|nm|w|h|hr|hrs|min|y|yr|yrs|d|bit)$/;

// Words written with a capital inside a sentence: "Does Apple use Azure?" gives {apple, azure}.
function capitalisedWords(question: string): Set<string> {
  const words = new Set<string>();
  for (const m of question.normalize('NFKC').matchAll(/(?<=[^\s.?!。？！]\s+)\p{Lu}[\p{L}\p{N}]*/gu)) {
    words.add(m[0].toLowerCase());
  }
  return words;
}

interface Located {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

// The words outside every recognised span: Latin words, digits, and Chinese split by Intl.Segmenter,
// each with where it stands in the text.
function leftoverWords(text: string, taken: readonly Span[]): Located[] {
  const chars = [...text.split('')];
  for (const span of taken) for (let i = span.start; i < span.end; i++) chars[i] = ' ';
  const rest = chars.join('');
  const words: Located[] = [];
  for (const { segment, index, isWordLike } of segmenter.segment(rest)) {
    if (!isWordLike) continue;
    const lead = /^['’-]*/.exec(segment)?.[0].length ?? 0;
    const word = segment.replace(/^['’-]+|['’.-]+$/g, '');
    if (word !== '') words.push({ word, start: index + lead, end: index + lead + word.length });
  }
  return words;
}

const HAN_CHAR = /^\p{Script=Han}$/u;

/*
 * The segmenter splits Chinese names it does not know into single characters ("华为" → 华, 为), and
 * some of those are stopwords. An unexplained single character is reported with the run of single
 * characters around it that nothing else explained, so "华为需要多少" reports 华为, not 华.
 */
function chineseRuns(unknown: readonly Located[], leftovers: readonly Located[], text: string): string[] {
  // Linear: each leftover's index is looked up once, and a run already reported is skipped whole.
  const indexOf = new Map(leftovers.map((l, i) => [l, i]));
  const single = (l: Located | undefined) => l !== undefined && HAN_CHAR.test(l.word);
  const words = new Set<string>();
  let covered = -1;
  for (const u of unknown) {
    if (!HAN_CHAR.test(u.word)) {
      words.add(u.word);
      continue;
    }
    const at = indexOf.get(u) ?? 0;
    if (at <= covered) continue;
    let i = at;
    let j = at;
    while (single(leftovers[i - 1]) && leftovers[i - 1]?.end === leftovers[i]?.start) i--;
    while (single(leftovers[j + 1]) && leftovers[j + 1]?.start === leftovers[j]?.end) j++;
    covered = j;
    words.add(text.slice(leftovers[i]?.start, leftovers[j]?.end));
  }
  return [...words];
}

/** Kinds whose Chinese names are proper names, where one wrong character is a typo, not another meaning. */
const NAMED_KINDS: ReadonlySet<Entity['kind']> = new Set(['company', 'cloud', 'foundry', 'person']);

/*
 * Chinese near misses: a proper name of three or more characters written with one wrong character
 * ("谷哥云" for 谷歌云, "亚马孙" for 亚马逊, "特斯啦" for 特斯拉). The wrong character must be one nothing
 * else explains and not the first one (so 公有云 never reads as 私有云), and the rest must not be part of
 * another name.
 */
function chineseNearMisses(
  text: string,
  lexicon: Lexicon,
  taken: readonly Span[],
  entitySpans: readonly Span[],
): (Span & { entity: Entity })[] {
  const found: (Span & { entity: Entity })[] = [];
  // Most questions (every English one) have too few Han characters for a three-character name.
  if ((text.match(/\p{Script=Han}/gu)?.length ?? 0) < 2) return found;
  const isTaken = (i: number) => taken.some((t) => t.start <= i && i < t.end);
  const overlaps = (start: number, end: number) =>
    entitySpans.some((e) => e.start < end && start < e.end) ||
    found.some((e) => e.start < end && start < e.end);
  for (const { phrase, meaning } of lexicon.hanPhrases) {
    const entity = meaning.entities.find((e) => NAMED_KINDS.has(e.kind));
    if (entity === undefined) continue;
    for (let start = 0; start + phrase.length <= text.length; start++) {
      const end = start + phrase.length;
      // Exactly one character may differ, and not the first: 谷哥云 is 谷歌云, 歌哥云 is nothing.
      let odd = -1;
      let differences = 0;
      for (let k = 0; k < phrase.length && differences < 2; k++) {
        if (text[start + k] !== phrase[k]) {
          differences++;
          odd = start + k;
        }
      }
      if (differences !== 1 || odd === start || overlaps(start, end)) continue;
      const span = { start, end };
      const ch = text[odd] ?? '';
      if (!HAN_CHAR.test(ch) || isTaken(odd) || lexicon.stopwords.has(ch)) continue;
      found.push({ ...span, entity });
    }
  }
  return found;
}
