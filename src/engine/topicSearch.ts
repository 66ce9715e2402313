import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Fact, Topic } from '../knowledge/schema.js';
import { fold } from './normalize.js';
import { segmentWords } from './segmentWords.js';

/** The topic a question's words point to, with the facts that share them. */
export interface TopicHit {
  readonly topic: Topic;
  readonly facts: readonly Fact[];
  /** The question's words that matched, at least {@link MIN_TERMS} of them. */
  readonly terms: readonly string[];
}

/** Searches the facts' own words (English text, Chinese text and the article's quote) for a question's. */
export type TopicSearch = (text: string) => TopicHit | undefined;

/** Fewer distinct words in common than this is chance, not a topic. */
export const MIN_TERMS = 2;
/** Words of the question looked at: enough for any real question, a bound for pasted walls of text. */
const MAX_TERMS = 16;
/** A word in more facts than this share says nothing about which topic is meant ("H100", "需要"). */
const MAX_FACT_SHARE = 0.12;
/** Fuse's score at or below which a Latin word counts as the same word (a typo or an inflection). */
const MAX_FUZZ = 0.2;
/** Latin words shorter than this match only exactly. */
const MIN_FUZZY_LENGTH = 6;

/** A distinctive word: in at most this many facts. A hit needs one, so generic words alone never make it. */
const MAX_DISTINCT_FACTS = 2;
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'what whats that this these those which who whom whose when where there their they them then than the and but for from with about into onto over does did doing have has had are was were will would could should can just like also very much many more most some any all each both only other such two three four'.split(
    ' ',
  ),
);

const HAN = /\p{Script=Han}/u;
// The source's title and publisher share words with every topic ("Nvidia", "supply", "demand"); it has an intent of its own.
const UNSEARCHED: ReadonlySet<Topic> = new Set<Topic>(['source']);

/** The words of a text worth matching: Latin words of three letters or more ("CEO"), Chinese words of two or more. */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmentWords(fold(text))) {
    // Words common in the facts ("about", "需要") are dropped by how many facts share them; only words
    // that never say what a question is about are listed, so words the reading ignores ("CEO") count.
    if (/\d/.test(segment) || FUNCTION_WORDS.has(segment)) continue;
    if (HAN.test(segment) ? segment.length >= 2 : segment.length >= 3) out.push(segment);
  }
  return out;
}

const cache = new WeakMap<KnowledgeBase, TopicSearch>();

/**
 * A search of the knowledge by the words of a question, for topic questions no cue names ("what did
 * the CEOs say about switching?"). Built once per knowledge base: an index of the facts' words, exact
 * for Chinese and fuzzy (fuse.js) for Latin words, leaving out words too common to tell topics apart.
 * A hit needs {@link MIN_TERMS} distinct words of the question on one topic, one of them distinctive,
 * and one topic ahead of the others; anything less is no hit, so the bot abstains rather than answer something else.
 */
export function topicSearch(kb: KnowledgeBase): TopicSearch {
  const known = cache.get(kb);
  if (known !== undefined) return known;
  const factsByWord = new Map<string, Set<Fact>>();
  for (const fact of kb.facts) {
    for (const word of wordsOf(`${fact.text.en} ${fact.text.zh} ${fact.quote}`)) {
      const facts = factsByWord.get(word) ?? new Set<Fact>();
      facts.add(fact);
      factsByWord.set(word, facts);
    }
  }
  const limit = Math.max(2, Math.floor(kb.facts.length * MAX_FACT_SHARE));
  for (const [word, facts] of factsByWord) if (facts.size > limit) factsByWord.delete(word);
  const latin = new Fuse(
    [...factsByWord.keys()].filter((w) => !HAN.test(w)),
    { includeScore: true, threshold: MAX_FUZZ, ignoreLocation: true, minMatchCharLength: 3 },
  );
  const memo = new Map<string, readonly Fact[]>();
  const factsFor = (term: string): readonly Fact[] => {
    const seen = memo.get(term);
    if (seen !== undefined) return seen;
    // Short words are matched exactly: one letter off "the" is "they".
    const words =
      HAN.test(term) || term.length < MIN_FUZZY_LENGTH
        ? [term]
        : latin
            .search(term)
            .filter((r) => (r.score ?? 1) <= MAX_FUZZ && Math.abs(r.item.length - term.length) <= 2)
            .map((r) => r.item);
    const found = [...new Set(words.flatMap((w) => [...(factsByWord.get(w) ?? [])]))];
    // Bounded: a flood of distinct words must not grow the memo without end.
    if (memo.size > 5_000) memo.clear();
    memo.set(term, found);
    return found;
  };

  const search: TopicSearch = (text) => {
    const terms = [...new Set(wordsOf(text))].slice(0, MAX_TERMS);
    const byTopic = new Map<Topic, { terms: Set<string>; facts: Set<Fact> }>();
    for (const term of terms) {
      for (const fact of factsFor(term)) {
        const entry = byTopic.get(fact.topic) ?? { terms: new Set<string>(), facts: new Set<Fact>() };
        entry.terms.add(term);
        entry.facts.add(fact);
        byTopic.set(fact.topic, entry);
      }
    }
    const ranked = [...byTopic]
      .filter(([t]) => !UNSEARCHED.has(t))
      .sort((a, b) => b[1].terms.size - a[1].terms.size);
    const [best, second] = ranked;
    if (best === undefined || best[1].terms.size < MIN_TERMS) return undefined;
    if (![...best[1].terms].some((t) => factsFor(t).length <= MAX_DISTINCT_FACTS)) return undefined;
    // Two topics with as many words in common: the question's words do not say which.
    if (second !== undefined && second[1].terms.size === best[1].terms.size) return undefined;
    return { topic: best[0], facts: [...best[1].facts], terms: [...best[1].terms] };
  };
  cache.set(kb, search);
  return search;
}
