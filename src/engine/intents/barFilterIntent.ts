import type { Answer } from '../answer.js';
import { rankFigures } from '../answers/rankFigures.js';
import type { RoledAmount, Slots } from '../slots.js';
import { atBound, endsOf, type Figure, figureOf } from './figures.js';
import type { Intent } from './intent.js';
import { measureOf } from './measureOf.js';
import { gpuRanked, kindsRanked } from './rankedKinds.js';
import { leftOut } from './signals.js';

/** A bar said before the amount, and which side of it is asked: "more than 20k", "少于1万". */
const ABOVE_BEFORE =
  /(?:\b(?:more|over|above|greater|bigger|larger|higher) than|\bover|\babove|\bupwards of|\bin excess of|(?<!不)(?:超过|超過|多于|多於|多过|多過|大于|大於|高于|高於)|不止)\s*(?:about|around|~|约)?\s*$/u;
const AT_LEAST_BEFORE =
  /(?:\bat least|\bno (?:fewer|less) than|至少|起码|起碼|不少于|不少於|不少过|不少過|不低于|不低於)\s*(?:约)?\s*$/u;
const AT_MOST_BEFORE =
  /(?:\bat most|\bno (?:more|greater) than|\bnot more than|最多|不超过|不超過|不多于|不多於|不多过|不多過|不高于|不高於)\s*(?:约)?\s*$/u;
const BELOW_BEFORE =
  /(?:\b(?:fewer|less|lower|smaller) than|\bunder|\bbelow|(?<!不)(?:少于|少於|少过|少過|低于|低於|小于|小於)|不到|不足)\s*(?:about|around|~|约)?\s*$/u;
/** …or after it: "2万张以上", "1万以下", "20k+". */
const ABOVE_AFTER =
  /^\s*(?:张|張|块|塊|台)?\s*(?:h100s?|a100s?|gpus?)?\s*(?:以上|\+|or more\b|and up\b|plus\b)/u;
const BELOW_AFTER = /^\s*(?:张|張|块|塊|台)?\s*(?:h100s?|a100s?|gpus?)?\s*(?:以下|or (?:fewer|less)\b)/u;

/** Who is asked for: "which companies", "who", "anyone", "哪些", "谁". */
const WHO_ASKED =
  /\bwhich\b|\bwho\b|\bhow many (?:companies|clouds|firms|labs|of them|buyers)\b|几家|幾家|多少家|几多间|幾多間|\bany(?:one|body)?\b|\bname (?:the|all)\b|\blist\b|哪些|哪几|哪幾|哪个|哪個|哪家|谁|誰|边几|邊幾|有没有|有冇/u;

/** The article's own bars for its lists of buyers (1,000+ and 100+): those are §01's lists, not a filter. */
const LIST_BAR_MAX = 1000;

type Bar = { readonly amount: RoledAmount; readonly side: 'above' | 'below'; readonly inclusive: boolean };

/** The amount the question draws a bar at, and which side of it it asks for. */
function barOf(s: Slots): Bar | undefined {
  const text = s.reading.text;
  for (const a of s.amounts) {
    if (a.role !== 'count' && a.role !== 'threshold' && a.role !== 'bare') continue;
    if (a.percent || a.value <= LIST_BAR_MAX) continue;
    const before = text.slice(Math.max(0, a.start - 24), a.start);
    const after = text.slice(a.end, a.end + 16);
    // ("no more than", "不少于": the bar's own words first, before the "more than" inside them.)
    if (AT_MOST_BEFORE.test(before) || BELOW_AFTER.test(after))
      return { amount: a, side: 'below', inclusive: true };
    if (AT_LEAST_BEFORE.test(before) || ABOVE_AFTER.test(after))
      return { amount: a, side: 'above', inclusive: true };
    if (ABOVE_BEFORE.test(before)) return { amount: a, side: 'above', inclusive: false };
    if (BELOW_BEFORE.test(before)) return { amount: a, side: 'below', inclusive: false };
  }
  return undefined;
}

/** Whether a figure lies wholly on the asked side of the bar (a range straddling it does not). */
function beyond(f: Figure, bar: Bar): boolean {
  const [low, high] = endsOf(f);
  const v = bar.amount.value;
  return bar.side === 'above' ? (bar.inclusive ? low >= v : low > v) : bar.inclusive ? high <= v : high < v;
}

/**
 * "Which companies want more than 20k H100s?", "谁手上的 A100 少于 1 万张": every line item on one side of a
 * bar the user draws, largest first, or none with a word that none is.
 */
export const barFilterIntent = {
  id: 'bar-filter',
  cues: {},
  patterns: [],
  needs: (s) =>
    WHO_ASKED.test(s.asking.text) &&
    barOf(s) !== undefined &&
    s.named.every((e) => e.kind === 'group' || e.kind === 'gpu'),
  // A bar drawn by the user outranks the count it would otherwise quote ("who states 20k?").
  fit: () => 4,
  run: (ctx, s) => {
    const bar = barOf(s);
    if (bar === undefined) return undefined;
    const measure = measureOf(s);
    const text = s.reading.text;
    const kinds = kindsRanked(text);
    const gpu = gpuRanked(s, measure);
    const [group] = s.named.filter((e) => e.kind === 'group');
    const left = leftOut(ctx, s);
    const pool = (
      group === undefined
        ? ctx.kb.entities.filter((e) => kinds.includes(e.kind))
        : group.members.flatMap((id) => ctx.kb.entityById.get(id) ?? [])
    ).filter((e) => !left.has(e.id));
    const figures = pool
      .flatMap((e) => figureOf(ctx, e, measure) ?? [])
      // (Each line item once, under its own name: CoreWeave's share of the private clouds' 100k is not its own.)
      .filter((f) => f.facts.every((x) => x.subject === f.entity.id))
      .filter((f) => gpu === undefined || f.gpu === gpu);
    if (figures.length === 0) return undefined;
    // ("which clouds have 30k+ at the top end of the estimates?": each range at the end named.)
    const kept = figures.filter((f) => beyond(atBound(f, s.bound), bar));
    // (None past it: the figures checked are what the answer rests on, and no one is listed.)
    const { subject: _, ...ranked }: Answer = rankFigures(ctx, kept.length > 0 ? kept : figures, measure);
    return {
      ...ranked,
      ...(kept.length > 0 && ranked.related[0] !== undefined ? { subject: ranked.related[0] } : {}),
      related: kept.length > 0 ? ranked.related : [],
      // (Nothing is added up here, so nothing can be counted twice.)
      caveats: ranked.caveats.filter((c) => c.id !== 'double-counting'),
      bar: { value: bar.amount.value, side: bar.side, inclusive: bar.inclusive },
    };
  },
  examples: {
    en: ['which companies want more than 20k H100s?', 'who has fewer than 10,000 A100s?'],
    zh: ['哪些公司要的 H100 超过 2 万张?', '谁的需求在 3 万张以上?'],
  },
} as const satisfies Intent;
