import type { Entity } from '../knowledge/schema.js';
import { findNumbers, type NumberMention } from './amounts.js';
import type { MetaScenario } from './answer.js';
import { detectLanguage, type Lang } from './lang.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import { segmentWords } from './segmentWords.js';
import { spellNumbers } from './spellNumbers.js';
import { withoutTakenBack } from './takenBack.js';
import type { CueGroup } from './vocabulary.js';

/** A quote mark that opens or closes words, not an apostrophe inside one ("OpenAI's"). */
const QUOTE_MARK = /(?<![\p{L}\p{N}])['‘’"“”]|['‘’"“”](?![\p{L}\p{N}])/gu;

/** An entity named in a question, exactly or through a typo. */
export interface EntityMention {
  readonly entity: Entity;
  /** The words as the user wrote them (normalised). */
  readonly text: string;
  readonly fuzzy: boolean;
  /** Where the name starts in the reading's text; -1 for an entity carried over from an earlier part. */
  readonly start: number;
  /** Where else the question names it ("oai … drop openai"), with the words used there. */
  readonly others?: readonly { readonly start: number; readonly text: string }[];
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
  /** Which of Meta's two figures an earlier part of the message said to count ("Meta 用十萬計, …? 值幾多錢?"). */
  readonly scenario?: MetaScenario;
  /** What an earlier part asked of the names carried into this one ("谷歌云有多少张? 按三万五一张值多少钱?"). */
  readonly measure?: 'demand' | 'holdings';
}

interface Span {
  readonly start: number;
  readonly end: number;
}

const MIN_FUZZY_LENGTH = 5;
// Made once: a regular expression literal inside a loop is a new object on every pass, which for a
// long question was most of what reading it allocated.
const PUNCTUATION_ONLY = /^\p{P}+$/u;
const DIGIT = /\d/u;
const LATIN_START = /^[a-z]/;
const HAN_CHARS = /\p{Script=Han}/gu;
const LATIN_LETTERS = /[a-z]/g;

/** How many times a global pattern of one character matches, without building the matches. */
function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.test(text)) count++;
  return count;
}
/** Distinct words looked up fuzzily per question at most. */
const MAX_FUZZY_LOOKUPS = 48;

/**
 * Reads a free question: which entities, cue words and numbers it contains, and which words are left
 * unexplained. Entities and cues are matched longest first, so "in stock" wins over "stock".
 */
export function readQuestion(question: string, lexicon: Lexicon): Reading {
  const text = spellNumbers(normalize(question));
  // Which characters a recognised span already covers: checks stay linear in the text's length.
  const covered = new Uint8Array(text.length);
  const cover = (s: Span) => {
    covered.fill(1, s.start, s.end);
  };
  const overlaps = (s: Span) => covered.subarray(s.start, s.end).includes(1);

  // Quote marks around words ("the 'ten thousand each' bucket") hide no name: read as spaces, so every
  // position stays where it is.
  const found = lexicon.findPhrases(text.replace(QUOTE_MARK, ' '));
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);

  // A number inside a name ("Falcon 40B", "GPT 4") is part of the name, not an amount; so is one that
  // names something the article lacks ("is a 4090 a better deal").
  const inName = new Uint8Array(text.length);
  for (const f of found) {
    const meaning = lexicon.meanings.get(f.phrase);
    if ((meaning?.entities.length ?? 0) > 0 || (meaning?.cues.includes('outOfScope') && DIGIT.test(f.phrase)))
      inName.fill(1, f.start, f.end);
  }
  const numbers = findNumbers(text).filter((n) => !inName.subarray(n.start, n.end).includes(1));
  for (const n of numbers) cover({ start: n.start, end: n.end });

  const entities: EntityMention[] = [];
  const cues = new Set<CueGroup>();
  const cueWords = new Map<CueGroup, string[]>();
  const addCue = (cue: CueGroup, words: string) => {
    cues.add(cue);
    const list = cueWords.get(cue);
    if (list === undefined) cueWords.set(cue, [words]);
    else list.push(words);
  };
  const addEntity = (entity: Entity, words: string, fuzzy: boolean, at: number) => {
    // A name said twice is read once, where it is first said: "oai + fb (use the 25k figure for
    // meta)" lists Meta with the others and then sets its figure, though "meta" is matched first.
    const index = entities.findIndex((e) => e.entity.id === entity.id);
    const known = entities[index];
    if (known === undefined) {
      entities.push({ entity, text: words, fuzzy, start: at });
      return;
    }
    const earlier = at < known.start;
    const first = earlier ? { entity, text: words, fuzzy, start: at } : known;
    const later = earlier ? { start: known.start, text: known.text } : { start: at, text: words };
    entities[index] = { ...first, others: [...(known.others ?? []), later] };
  };
  const entitySpans: Span[] = [];
  for (const span of found) {
    if (overlaps(span)) continue;
    const meaning = lexicon.meanings.get(span.phrase);
    if (meaning === undefined) continue;
    cover(span);
    if (meaning.entities.length > 0) entitySpans.push(span);
    for (const entity of meaning.entities) addEntity(entity, span.phrase, false, span.start);
    for (const cue of meaning.cues) addCue(cue, span.phrase);
  }
  for (const near of chineseNearMisses(text, lexicon, covered, entitySpans)) {
    cover(near);
    entitySpans.push(near);
    addEntity(near.entity, text.slice(near.start, near.end), true, near.start);
  }

  const leftovers = leftoverWords(text, covered);
  const unknownAt: Located[] = [];
  // Fuzzy look-ups cost the most: each distinct word is looked up once, and only so many per question,
  // so a long message of nonsense costs no more than a short one.
  const seen = new Map<string, Entity | CueGroup | undefined>();
  const fuzzy = (word: string, find: (w: string) => Entity | CueGroup | undefined) => {
    if (seen.has(word)) return seen.get(word);
    const result = seen.size < MAX_FUZZY_LOOKUPS ? find(word) : undefined;
    seen.set(word, result);
    return result;
  };
  const resolveEntity = (w: string) => fuzzy(`e:${w}`, () => lexicon.resolve(w)) as Entity | undefined;
  const resolveCue = (w: string) => fuzzy(`c:${w}`, () => lexicon.correctCue(w)) as CueGroup | undefined;
  for (let i = 0; i < leftovers.length; i++) {
    const { word, start } = leftovers[i] ?? { word: '', start: 0 };
    const next = leftovers[i + 1]?.word;
    if (lexicon.stopwords.has(word) || PUNCTUATION_ONLY.test(word)) continue;
    if (next !== undefined && LATIN_START.test(word) && LATIN_START.test(next)) {
      const pair = resolveEntity(`${word} ${next}`);
      if (pair !== undefined && `${word} ${next}`.length >= MIN_FUZZY_LENGTH + 3) {
        addEntity(pair, `${word} ${next}`, true, start);
        i++;
        continue;
      }
    }
    if (LATIN_START.test(word) && word.length >= MIN_FUZZY_LENGTH) {
      const entity = resolveEntity(word);
      if (entity !== undefined) {
        addEntity(entity, word, true, start);
        continue;
      }
      const cue = resolveCue(word);
      if (cue !== undefined) {
        addCue(cue, word);
        continue;
      }
    }
    unknownAt.push(leftovers[i] as Located);
  }
  const unknown = chineseRuns(unknownAt, leftovers, text);
  // In the order the question names them: "OpenAI and Inflection", "does Azure have more than GCP".
  entities.sort((a, b) => a.start - b.start);
  // "四大公有云(含Oracle)", "the big 4 clouds (incl. oracle)": a member said in brackets as included says
  // what the group before it holds; it is not named on its own.
  const included = (m: EntityMention) =>
    m.others === undefined &&
    INCLUDED_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
    entities.some((g) => g.start < m.start && g.entity.members.includes(m.entity.id));
  const named = entities.some(included) ? entities.filter((m) => !included(m)) : entities;

  const lang = detectLanguage(question);
  const capitalised = capitalisedWords(question);
  // In a Chinese sentence a Latin word is likely a name; in English with a Chinese word or two it is not.
  const mostlyChinese =
    lang === 'zh' && countMatches(text, HAN_CHARS) >= countMatches(text, LATIN_LETTERS) / 3;
  // …unless it is part of an English clause dropped into the Chinese ("…那部分里, which company has the
  // fewest A100s"): three Latin words in a row are a phrase, not a name.
  const inClause = englishClauseWords(text);
  const forAlone = purposeWords(text);
  const speakers = speakerWords(text);
  const nameLike = unknown.filter(
    (w) =>
      !UNIT_LIKE.test(w) &&
      // ("Sam says xAI runs on Google Cloud, Priya says Oracle": who says it, not what is asked about.)
      !speakers.has(w) &&
      // ("…train GPT?": the family of GPT-4 and GPT-5, which the article has.)
      !lexicon.familyNames.has(w) &&
      // Two letters ("PI", "GM", "TL") are more often chat shorthand than a company the article lacks.
      (w.length > 2 || /\d/.test(w)) &&
      (capitalised.has(w) ||
        forAlone.has(w) ||
        (/\d/.test(w) && /[a-z]/.test(w)) ||
        (mostlyChinese && /^[a-z]/.test(w) && !inClause.has(w))),
  );
  // ("Stability has 5k A100s? wait no — scratch that, I meant Tesla": the correction stands, not what it replaces.)
  const corrected = withoutTakenBack(text, named, numbers);
  return {
    text,
    lang,
    entities: corrected.entities,
    cues,
    cueWords,
    numbers: corrected.numbers,
    unknown,
    names: nameLike,
  };
}

/** An inclusion said in brackets, just before a name: "(含", "(including ", "（包括". */
const INCLUDED_BEFORE = /[(（]\s*(?:含|包括|包含|连同|incl\.?|including)\s*$/iu;

/** Someone saying something: "Sam says", "@priya reckons", "my boss Dave said". */
const SPEAKER =
  /(?:^|[\s@,(])@?([a-z][a-z'-]{1,20})\s+(?:says|said|thinks|thought|reckons|claims|claimed|insists|swears|argues|keeps saying|is saying|was saying|told me|tells me|mentioned|posted|tweeted|wrote)\b/g;

/** The words naming who says something. */
function speakerWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(SPEAKER)) if (m[1] !== undefined) words.add(m[1]);
  return words;
}

/** "buying for bing chat specifically": what the figure is narrowed to, a thing the article may lack. */
const FOR_ALONE =
  /\bfor ((?:[a-z][a-z0-9.-]*\s+){1,2})(?:specifically|alone|only|in particular|by itself|separately|exclusively)\b/g;

/** The words a "for … specifically" narrows the question to. */
function purposeWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(FOR_ALONE)) for (const w of (m[1] ?? '').trim().split(/\s+/)) words.add(w);
  // ("how many a100s did meta use to train llama?": what is trained is a model, named.)
  for (const m of text.matchAll(TRAINED_OBJECT)) if (m[1] !== undefined) words.add(m[1]);
  return words;
}

/** The word a training verb takes as its object, at the clause's end: "to train llama?", "train palm on". */
const TRAINED_OBJECT =
  /\b(?:to train|train)\s+(?!(?:it|them|that|this|those|these|one|models?|llms?|stuff|things?)\b)([a-z][a-z0-9.-]*)(?=\s*(?:on\b|with\b|using\b|[?.,!]|$))/g;

/** The Latin words of a text that stand in a run of three or more Latin words. */
function englishClauseWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const run of text.matchAll(/[a-z][a-z0-9'-]*(?:[ ,]+[a-z0-9][a-z0-9'-]*){2,}/g))
    for (const w of run[0].split(/[ ,]+/)) words.add(w);
  return words;
}

/** Digits with a unit or ordinal ("2am", "5nm", "3rd", "10x", "80gb"), or a count of times ("x3"), are not names the article lacks. */
const UNIT_LIKE =
  /^\d+(?:\.\d+)?(?:am|pm|s|th|st|nd|rd|x|k|m|b|gb|tb|nm|w|h|hr|hrs|min|y|yr|yrs|d|bit)$|^[x×]\d+$/;

// Words written with a capital inside a sentence: "Does Apple use Azure?" gives {apple, azure}. (After a
// closing quote a capital starts a sentence: "…data centers." Accurate?)
function capitalisedWords(question: string): Set<string> {
  const words = new Set<string>();
  for (const m of question.normalize('NFKC').matchAll(/(?<=[^\s.?!。？！"”]\s+)\p{Lu}[\p{L}\p{N}]*/gu)) {
    words.add(m[0].toLowerCase());
  }
  return words;
}

interface Located {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** What {@link leftoverWords} trims from a word's ends. */
const EDGE = /['’.-]/;

// The words outside every recognised span: Latin words, digits, and Chinese split by Intl.Segmenter,
// each with where it stands in the text.
function leftoverWords(text: string, covered: Uint8Array): Located[] {
  // The text with every covered character blanked, built run by run (not character by character).
  let rest = '';
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && covered[j] === covered[i]) j++;
    rest += covered[i] === 1 ? ' '.repeat(j - i) : text.slice(i, j);
    i = j;
  }
  const words: Located[] = [];
  for (const { segment, index } of segmentWords(rest)) {
    // Most words (every Chinese one) have no quote or hyphen to trim, nor a possessive ("inflecton's"):
    // no regular expression for them.
    if (
      !EDGE.test(segment[0] ?? '') &&
      !EDGE.test(segment.at(-1) ?? '') &&
      !segment.includes("'") &&
      !segment.includes('’')
    ) {
      words.push({ word: segment, start: index, end: index + segment.length });
      continue;
    }
    const lead = /^['’-]*/.exec(segment)?.[0].length ?? 0;
    // "inflecton's" is the name with a possessive, read (typo and all) as the name.
    const word = segment.replace(/['’]s$/u, '').replace(/^['’-]+|['’.-]+$/g, '');
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

/*
 * Chinese near misses: a proper name of three or more characters written with one wrong character
 * ("谷哥云" for 谷歌云, "亚马孙" for 亚马逊, "特斯啦" for 特斯拉). The wrong character must be one nothing
 * else explains and not the first one (so 公有云 never reads as 私有云), and the rest must not be part of
 * another name.
 */
function chineseNearMisses(
  text: string,
  lexicon: Lexicon,
  covered: Uint8Array,
  entitySpans: readonly Span[],
): (Span & { entity: Entity })[] {
  const found: (Span & { entity: Entity })[] = [];
  // Most questions (every English one) have too few Han characters for a three-character name.
  if (countMatches(text, HAN_CHARS) < 2) return found;
  const named = new Uint8Array(text.length);
  for (const e of entitySpans) named.fill(1, e.start, e.end);
  const overlaps = (start: number, end: number) => named.subarray(start, end).includes(1);
  for (let start = 0; start < text.length; start++) {
    // The first character must match exactly, so only the names that begin with it are tried.
    for (const { phrase, entity } of lexicon.hanPhrasesByFirst.get(text[start] ?? '') ?? []) {
      const end = start + phrase.length;
      if (end > text.length) continue;
      // Exactly one character may differ, and not the first: 谷哥云 is 谷歌云, 歌哥云 is nothing.
      let odd = -1;
      let differences = 0;
      for (let k = 1; k < phrase.length && differences < 2; k++) {
        if (text[start + k] !== phrase[k]) {
          differences++;
          odd = start + k;
        }
      }
      if (differences !== 1 || overlaps(start, end)) continue;
      const ch = text[odd] ?? '';
      if (!HAN_CHAR.test(ch) || covered[odd] === 1 || lexicon.stopwords.has(ch)) continue;
      found.push({ start, end, entity });
      named.fill(1, start, end);
    }
  }
  return found;
}
