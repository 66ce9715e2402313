import type { Entity, EntityKind } from '../knowledge/schema.js';
import { createNameSearch } from './createNameSearch.js';
import { createPhraseFinder, type FoundPhrase } from './createPhraseFinder.js';
import { editDistance, editRows, typoBudget } from './editDistance.js';
import { fold, isAscii, normalize } from './normalize.js';
import { spellNumbers } from './spellNumbers.js';
import { CUES, type CueGroup, STOPWORDS } from './vocabulary.js';

/** What a phrase can mean: the entities it names and the cue groups it signals. */
export interface Meaning {
  readonly entities: readonly Entity[];
  readonly cues: readonly CueGroup[];
}

/** Every phrase the engine recognises, compiled once per knowledge base. */
export interface Lexicon {
  readonly meanings: ReadonlyMap<string, Meaning>;
  /**
   * The known phrases in a (normalised) text: ASCII ones on word boundaries, Chinese (or mixed) ones
   * anywhere, each scan taking the longest phrase at each position. ASCII finds come first.
   */
  readonly findPhrases: (text: string) => FoundPhrase[];
  readonly stopwords: ReadonlySet<string>;
  /** Phrases of three or more Han characters with their meanings, longest first: for near misses such as 谷哥云. */
  readonly hanPhrases: readonly { readonly phrase: string; readonly meaning: Meaning }[];
  /** The proper names among `hanPhrases` (companies, clouds, foundries, people), by first character. */
  readonly hanPhrasesByFirst: ReadonlyMap<
    string,
    readonly { readonly phrase: string; readonly entity: Entity }[]
  >;
  /**
   * Finds the entity a possibly misspelt name means ("azrue", "opnai", "coreweav").
   *
   * @param kinds - only entities of these kinds, when given
   */
  resolve(query: string, kinds?: readonly EntityKind[]): Entity | undefined;
  /** Ranks entities for a partial or misspelt query, best first: autocomplete and did-you-mean. */
  suggest(query: string, kinds?: readonly EntityKind[], limit?: number): Entity[];
  /** The cue group a misspelt cue word belongs to ("clod" → cloud), if any. */
  correctCue(word: string): CueGroup | undefined;
  /** Words a family of known model names share ("gpt" of GPT-4 and GPT-5): no name the article lacks. */
  readonly familyNames: ReadonlySet<string>;
}

/** One model code, letters then digits: "h200", "A800s", "mi300x", "gpt-5". */
const MODEL_CODE = /^(?<letters>[a-z]{1,4})-?(?<digits>\d{1,4})[a-z]{0,2}$/u;

/** A query's model code, if it is one. */
function modelCode(q: string): { letters: string; digits: string } | undefined {
  const g = MODEL_CODE.exec(q)?.groups;
  return g?.letters === undefined || g.digits === undefined
    ? undefined
    : { letters: g.letters, digits: g.digits };
}

/** The same model, misspelt: the same digits, and the same letters when the name's are as short as "h" or "mi". */
function sameModel(code: { letters: string; digits: string }, alias: string): boolean {
  const other = modelCode(alias);
  if (other === undefined) return true;
  if (other.digits !== code.digits) return false;
  return other.letters.length > 2 || other.letters === code.letters;
}

/** The longest query autocomplete and did-you-mean look at. */
const MAX_SUGGEST_QUERY = 64;

/** Kinds whose Chinese names are proper names, where one wrong character is a typo, not another meaning. */
const NAMED_KINDS: ReadonlySet<Entity['kind']> = new Set(['company', 'cloud', 'foundry', 'person']);

interface AliasRow {
  readonly alias: string;
  readonly entity: Entity;
}

/**
 * Builds the lexicon from the knowledge base's entities and the built-in cue vocabulary.
 * Adding an alias to knowledge/entities.json is all it takes for the engine to recognise it.
 */
export function createLexicon(entities: readonly Entity[]): Lexicon {
  const meanings = new Map<string, { entities: Entity[]; cues: CueGroup[] }>();
  const meaningOf = (phrase: string) => {
    let meaning = meanings.get(phrase);
    if (meaning === undefined) {
      meaning = { entities: [], cues: [] };
      meanings.set(phrase, meaning);
    }
    return meaning;
  };
  const aliases: AliasRow[] = [];
  for (const entity of entities) {
    const names = new Set([entity.name.en, entity.name.zh, ...entity.aliases].map(fold));
    for (const alias of names) {
      meaningOf(alias).entities.push(entity);
      aliases.push({ alias, entity });
      // Questions are read with their number words in digits ("四家一萬張的公司" → "四家10000张的公司"), so
      // an alias with a number word is read in that form too (suggestions keep the words as written).
      const spelled = spellNumbers(alias);
      if (spelled !== alias && !names.has(spelled)) meaningOf(spelled).entities.push(entity);
    }
  }
  for (const [group, words] of Object.entries(CUES) as [CueGroup, readonly string[]][]) {
    for (const word of words) meaningOf(fold(word)).cues.push(group);
  }

  const phrases = [...meanings.keys()].sort((a, b) => b.length - a.length);
  // Boundaries are Latin letters and digits only, so "生产H100吗" still yields "h100".
  const findAscii = createPhraseFinder(phrases.filter(isAscii), true);
  const findCjk = createPhraseFinder(
    phrases.filter((p) => !isAscii(p)),
    false,
  );
  const findPhrases = (text: string) => [...findAscii(text), ...findCjk(text)];

  // fuse.js's index is built by the first suggestion asked for: reading a question needs none, and a
  // CLI run or a process that is never asked for suggestions should not pay for it at start.
  let nameSearch: ((query: string) => AliasRow[]) | undefined;
  const searchNames = (q: string) => {
    nameSearch ??= createNameSearch(aliases);
    return nameSearch(q);
  };
  const cueWords = Object.entries(CUES).flatMap(([group, words]) =>
    words.filter((w) => isAscii(w) && !w.includes(' ')).map((word) => ({ word, group: group as CueGroup })),
  );
  // Arrays the typo look-ups count and align in, reused: a question looks up dozens of words.
  const work = {
    query: new Uint16Array(ASCII_UNITS),
    scratch: new Uint16Array(ASCII_UNITS),
    edit: editRows(),
  };
  // Names by length, each with its character counts, for typo look-ups: built by the first look-up,
  // since most questions (and a CLI run) need none.
  let byLength: Map<number, (AliasRow & { counts: UnitCounts; order: number })[]> | undefined;
  const aliasesByLength = () => {
    if (byLength !== undefined) return byLength;
    byLength = new Map();
    for (const [order, row] of aliases.entries()) {
      const bucket = byLength.get(row.alias.length) ?? [];
      bucket.push({ ...row, counts: unitCounts(row.alias, new Uint16Array(ASCII_UNITS)), order });
      byLength.set(row.alias.length, bucket);
    }
    return byLength;
  };
  const kindFilter = (kinds: readonly EntityKind[] | undefined) => (entity: Entity) =>
    kinds === undefined || kinds.includes(entity.kind);

  function resolve(query: string, kinds?: readonly EntityKind[]): Entity | undefined {
    const q = normalize(query.slice(0, MAX_SUGGEST_QUERY));
    if (q === '') return undefined;
    const exact = meanings.get(q)?.entities.filter(kindFilter(kinds));
    if (exact !== undefined && exact.length > 0) return exact[0];
    let best: { entity: Entity; distance: number; order: number } | undefined;
    const accepts = kindFilter(kinds);
    const units = unitCounts(q, work.query);
    const qCode = modelCode(q);
    // Only names within two characters of the query's length can be within two edits of it.
    for (let length = q.length - 2; length <= q.length + 2; length++) {
      const budget = typoBudget(Math.min(q.length, length));
      if (budget === 0 || Math.abs(length - q.length) > budget) continue;
      for (const { alias, entity, counts, order } of aliasesByLength().get(length) ?? []) {
        // Each edit spoils at most one of the query's characters: a name holding fewer of them than
        // that cannot be within the budget, and needs no alignment to rule out.
        if (!accepts(entity) || sharedUnits(q, units, counts, work.scratch) < q.length - budget) continue;
        const distance = editDistance(q, alias, budget, work.edit);
        // Two edits and another first letter is another word, not a typo: "telling" is not Helsing.
        if (distance >= 2 && q.charCodeAt(0) !== alias.charCodeAt(0)) continue;
        // A model code with other digits, or another short prefix, is another model, not a typo ("H200"
        // is not the H100, "A800" not the H800, "GPT3" not GPT-4); "gtp-4" is GPT-4 misspelt.
        if (distance > 0 && qCode !== undefined && !sameModel(qCode, alias)) continue;
        // Of equally near names, the one listed first, as when every name was scanned in order.
        if (
          distance <= budget &&
          (best === undefined ||
            distance < best.distance ||
            (distance === best.distance && order < best.order))
        )
          best = { entity, distance, order };
      }
    }
    return best?.entity;
  }

  function suggest(query: string, kinds?: readonly EntityKind[], limit = 25): Entity[] {
    // Names are short: past a few dozen characters a query only costs the matchers time.
    const q = normalize(query.slice(0, MAX_SUGGEST_QUERY));
    const seen = new Set<string>();
    const out: Entity[] = [];
    const push = (entity: Entity) => {
      if (!seen.has(entity.id) && kindFilter(kinds)(entity) && entity.inArticle) {
        seen.add(entity.id);
        out.push(entity);
      }
    };
    const resolved = resolve(q, kinds);
    if (resolved !== undefined) push(resolved);
    if (q !== '') {
      for (const { entity } of searchNames(q)) push(entity);
      for (const { alias, entity } of aliases) {
        if (
          alias.length >= 3 &&
          editDistance(q, alias, typoBudget(q.length) + 1, work.edit) <= typoBudget(q.length) + 1
        )
          push(entity);
      }
    }
    return out.slice(0, limit);
  }

  // Stricter than names: cue words are common English, so a typo keeps its first letter and, below
  // nine letters, differs by one edit ("mental" is not "rental", "reverse" not "revenue").
  function correctCue(word: string): CueGroup | undefined {
    const budget = Math.min(typoBudget(word.length), word.length < 9 ? 1 : 2);
    if (budget === 0) return undefined;
    for (const { word: cue, group } of cueWords) {
      if (cue[0] !== word[0]) continue;
      if (
        Math.abs(cue.length - word.length) <= budget &&
        editDistance(word, cue, budget, work.edit) <= budget
      )
        return group;
    }
    return undefined;
  }

  const hanPhrases = [...meanings]
    .filter(([phrase]) => /^\p{Script=Han}{3,}$/u.test(phrase))
    .map(([phrase, meaning]) => ({ phrase, meaning }))
    .sort((a, b) => b.phrase.length - a.phrase.length);

  const hanPhrasesByFirst = new Map<string, { phrase: string; entity: Entity }[]>();
  for (const { phrase, meaning } of hanPhrases) {
    const entity = meaning.entities.find((e) => NAMED_KINDS.has(e.kind));
    if (entity === undefined) continue;
    const first = phrase[0] ?? '';
    hanPhrasesByFirst.set(first, [...(hanPhrasesByFirst.get(first) ?? []), { phrase, entity }]);
  }

  const familyNames = new Set(
    [...meanings]
      .filter(([, meaning]) => meaning.entities.some((e) => e.kind === 'model'))
      .flatMap(([phrase]) => /^([a-z]{3,})[-\s]?\d/u.exec(phrase)?.[1] ?? []),
  );

  return {
    meanings,
    familyNames,
    findPhrases,
    hanPhrases,
    hanPhrasesByFirst,
    stopwords: new Set([...STOPWORDS, 's'].map(fold)),
    resolve,
    suggest,
    correctCue,
  };
}

const ASCII_UNITS = 128;

/** How often each character occurs: ASCII in an array (typo look-ups run for many words a question), the rest in a map. */
interface UnitCounts {
  readonly ascii: Uint16Array;
  readonly other: ReadonlyMap<string, number> | undefined;
}

/** The character counts of a text, into `ascii`. */
function unitCounts(text: string, ascii: Uint16Array): UnitCounts {
  ascii.fill(0);
  let other: Map<string, number> | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < ASCII_UNITS) ascii[code] = (ascii[code] ?? 0) + 1;
    else {
      other ??= new Map();
      const unit = text.charAt(i);
      other.set(unit, (other.get(unit) ?? 0) + 1);
    }
  }
  return { ascii, other };
}

/**
 * How many characters the query shares with a name, repeats counted as often as both have them.
 *
 * @param scratch - an array of ASCII_UNITS to count down in, overwritten
 */
function sharedUnits(query: string, q: UnitCounts, name: UnitCounts, scratch: Uint16Array): number {
  scratch.set(name.ascii);
  let total = 0;
  for (let i = 0; i < query.length; i++) {
    const code = query.charCodeAt(i);
    if (code < ASCII_UNITS && (scratch[code] ?? 0) > 0) {
      scratch[code] = (scratch[code] ?? 0) - 1;
      total++;
    }
  }
  q.other?.forEach((n, unit) => {
    total += Math.min(n, name.other?.get(unit) ?? 0);
  });
  return total;
}
