import type { Fact } from '../../knowledge/schema.js';
import { compareQuoted, type QuotedCount } from '../answers/compareQuoted.js';
import { factsAbout, quantityOf, statingCount } from '../answers/factQueries.js';
import { pricing } from '../answers/gap.js';
import { articleFigures } from '../articleFigures.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { endsOf, figureOf, hasOwnModelFigure } from './figures.js';
import type { Intent } from './intent.js';

/** "How many more", "几倍", "差多少": a difference or a ratio asked for. */
const DIFFERENCE =
  /\bhow many more\b|\bhow much more\b|\bhow much (?:bigger|larger|smaller)\b|\bx times\b|\bby how much\b|\bhow many times\b|\bhow many x\b|\bthe gap is how (?:many|much)\b|%\s*jump\b|\bpercent jump\b|\bhow (?:big|large) is the gap between\b|(?<!\b(?:at|by|using|with) (?:the |a |its )?(?:article's |same |speed-?up )?)\bratio\b|\bx as (?:big|many|much)\b|\btimes (?:as|more|bigger)\b|\bdifference\b|\bdiff\b|\bhow far apart\b|\bgap (?:in \w+ )?between\b|\bspread\b|\bhow (?:many|much) extra\b|\bextra is that\b|\bhow (?:much|many|far) (?:does|did|would|will|do) [^?]{0,40}\b(?:go up|goes up|rise|jump|increase|grow|go down|drop|fall)\b|\b(?:go(?:es)? up|rises?|jumps?|increases?|grows?) by how (?:much|many)\b|多多少|少多少|多几|差几|差多少|差了多少|几倍|多少倍|幾倍|(?:增加|上升|涨|升|多出)(?:了)?(?:多少|几多|幾多)/u;
/** The difference asked in money: "what's the $ difference", "how much extra $$", "差额值多少钱". */
const MONEY_ASKED =
  /\$\$|(?<![\w$])\$(?![\w$])|\bdollars?\b|\bworth\b|\bcost\b|\bmoney\b|钱|錢|值多少|价值|價值/u;

/** The change asked as a percentage: "what % jump", "涨幅多少". */
const PERCENT_CHANGE = /%|\bpercent|涨幅|增幅|百分之几|百分比/u;

/** Both ends of a range named: "上限是下限的几倍", "the high end vs the low end". */
const BOTH_ENDS =
  /\blow (?:and|&) (?:the )?high(?: ends?)?\b|\bhigh (?:and|&) (?:the )?low(?: ends?)?\b|上下限|高低两|高低兩|最多.{0,4}最少|最少.{0,4}最多|(?:上限|最高|\bhigh(?:er)? end\b|\bupper (?:bound|end)\b|\btop of the range\b).*(?:下限|最低|\blow(?:er)? end\b|\blower (?:bound|end)\b|\bbottom of the range\b)|(?:下限|最低|\blow(?:er)? end\b|\blower (?:bound|end)\b).*(?:上限|最高|\bhigh(?:er)? end\b|\bupper (?:bound|end)\b)/u;

/** Words that name an entity's two figures: "两种说法", "both numbers", "the rumor". */
const TWO_FIGURES =
  /两种|两个数|两个说法|两个\s*scenarios?|两个情况|两种情况|说法|传闻|传言|\b(?:both|two) scenarios\b|\bboth (?:figures|numbers|estimates)\b|\btwo (?:figures|numbers|estimates)\b|\brumou?r|\bsome say\b/u;

/** The one entity asked about's two demand figures, its main one and the higher some give (Meta's). */
function twoFigured(ctx: AskContext, s: Slots): [QuotedCount, QuotedCount] | undefined {
  const [owner] = ownersOf(s);
  // Only its demand, asked of it alone: said to be its two figures ("两种说法", "the rumor"), or at
  // least not about A100s ("够它要的 2.5 万吗? 差多少?" after its A100s converted is something else).
  if (
    owner === undefined ||
    s.named.length !== 1 ||
    s.measure === 'holdings' ||
    !(TWO_FIGURES.test(s.reading.text) || s.gpus.every((g) => g.id !== 'a100'))
  )
    return undefined;
  const facts = factsAbout(ctx.kb, owner, ['demand']).filter((f) => f.subject === owner.id);
  const main = facts.find((f) => f.metric === 'h100-demand');
  const high = facts.find((f) => f.metric === 'h100-demand-high');
  const [a, b] = [main, high].map((f) => (f === undefined ? undefined : quantityOf(f)));
  if (main === undefined || high === undefined || a === undefined || b === undefined) return undefined;
  return [
    { value: a, fact: main },
    { value: b, fact: high },
  ];
}

/** The fact stating a count, among one entity's facts or, with none named, the article's. */
function stating(ctx: AskContext, s: Slots, value: number): Fact | undefined {
  const [owner] = ownersOf(s);
  const pool = owner !== undefined ? factsAbout(ctx.kb, owner, ['demand', 'holdings']) : ctx.kb.facts;
  // ("how much bigger is the total demand (432k) than openai's ask?": a figure of the article's, not the name's.)
  // (Only a figure of the market's, the total or the gap: another name's "10k" is no figure of this one.)
  const market = ctx.kb.facts.filter(
    (f) => f.subject === undefined || ctx.kb.entityById.get(f.subject)?.kind === 'gpu',
  );
  return statingCount(pool, value) ?? (owner === undefined ? undefined : statingCount(market, value));
}

/** The other of one entity's two figures: what it holds when the count quoted is what it wants, and back. */
function otherFigure(ctx: AskContext, s: Slots, quoted: QuotedCount): QuotedCount | undefined {
  const [entity] = ownersOf(s);
  if (entity === undefined || quoted.fact === undefined) return undefined;
  // A figure not the name's own is set against the name's, in the measure asked.
  if (quoted.fact.subject !== entity.id) {
    const own = figureOf(ctx, entity, s.measure ?? 'demand');
    const [fact] = own?.facts ?? [];
    return own === undefined || own.range || fact === undefined ? undefined : { value: own.value, fact };
  }
  // One of two demand figures quoted ("how many more is that than the 25k?"): the other one.
  const two = twoFigured(ctx, s);
  const other = two?.find((q) => q.value !== quoted.value);
  if (two?.some((q) => q.value === quoted.value) === true && other !== undefined) return other;
  const measure = quoted.fact.topic === 'holdings' ? 'demand' : 'holdings';
  const figure = figureOf(ctx, entity, measure);
  const [fact] = figure?.facts ?? [];
  if (figure === undefined || figure.range || fact === undefined) return undefined;
  return { value: figure.value, fact };
}

/**
 * Two counts of one entity (or none) compared as the question quotes them: "它要 2.2万, 却只用了 3500 张
 * 训练, 多多少? 几倍?", "Google Cloud has 25k; how far from the 30k it wants?". Counts of different
 * GPUs are compared only when the user quotes both, as cards, with a caveat.
 */
export const quotedCompareIntent = {
  id: 'quoted-compare',
  cues: {},
  patterns: [{ re: DIFFERENCE, weight: 3 }],
  // ("inflection's 3,500 H100 run vs falcon-40b": a model with its own figure is another side.)
  needs: (s, ctx) =>
    ownersOf(s).length + s.named.filter((e) => hasOwnModelFigure(ctx, e)).length <= 1 &&
    DIFFERENCE.test(s.reading.text) &&
    !figuresRecalledBeforeAsking(s) &&
    // ("加起来(Meta按2.5万算)真的是43.2万吗? 差多少?": the total under Meta's figure against the article's,
    // not Meta's figure against the total.)
    !(s.scenario !== undefined && s.counts.some((c) => c.value === articleFigures(ctx.kb).totalDemand)) &&
    (s.counts.length > 0 ||
      (rangeOwner(s) !== undefined && BOTH_ENDS.test(s.reading.text)) ||
      twoFigured(ctx, s) !== undefined),
  // A difference asked outright beats showing both figures side by side.
  fit: () => 1,
  run: (ctx, s) => {
    const asks = {
      percent: PERCENT_CHANGE.test(s.reading.text),
      // (A price the user set, "at $35k per GPU, how much extra…", asks the difference in money too.)
      ...(MONEY_ASKED.test(s.reading.text) || s.price !== undefined
        ? { price: pricing(ctx.kb, s.price?.value) }
        : {}),
    };
    // "Meta 的两种说法相差几倍": its main figure against the higher one some give (in money too, asked).
    const two = twoFigured(ctx, s);
    if (s.counts.length === 0 && two !== undefined) return compareQuoted(ctx, two[1], two[0], asks);
    // "Azure 的上限是下限的几倍": a range's two ends, both from the fact that gives it.
    const ranged = rangeOwner(s);
    if (s.counts.length === 0 && ranged !== undefined) {
      const figure = figureOf(ctx, ranged, s.measure ?? 'holdings') ?? figureOf(ctx, ranged, 'demand');
      const [fact] = figure?.facts ?? [];
      if (figure === undefined || !figure.range || fact === undefined) return undefined;
      const [low, high] = endsOf(figure);
      return compareQuoted(ctx, { value: high, fact }, { value: low, fact });
    }
    // ("Google Cloud has ~25k and CoreWeave 35-40k. how many more does CoreWeave have?": the one count
    // against both ends of the range.)
    const low = s.counts.find((c) => c.range === 'low');
    const high = s.counts.find((c) => c.range === 'high');
    const single = s.counts.filter((c) => c.range === undefined);
    if (low !== undefined && high !== undefined && single.length === 1 && single[0] !== undefined) {
      const quote = (value: number) => ({ value, ...withFact(stating(ctx, s, value)) });
      const against = quote(single[0].value);
      const atLow = compareQuoted(ctx, quote(low.value), against, asks);
      const atHigh = compareQuoted(ctx, quote(high.value), against, asks);
      return {
        ...atHigh,
        facts: [...new Set([...atLow.facts, ...atHigh.facts])],
        calculations: [...atLow.calculations, ...atHigh.calculations],
      };
    }
    const values = [...new Set(s.counts.map((c) => c.value))];
    const quoted = values.slice(0, 2).map((value) => ({ value, ...withFact(stating(ctx, s, value)) }));
    const [a] = quoted;
    const b = quoted[1] ?? (a === undefined ? undefined : otherFigure(ctx, s, a));
    if (a === undefined || b === undefined) return undefined;
    // Counts of different GPUs are compared only as the user quoted both ("those two numbers").
    const gpu = (q: QuotedCount) => q.fact?.gpu;
    if (gpu(a) !== undefined && gpu(b) !== undefined && gpu(a) !== gpu(b) && quoted.length < 2)
      return undefined;
    // Numbers the article does not state are the user's own: compared only if both are given.
    if (quoted.length < 2 && (a.fact === undefined || quantityOf(a.fact) === undefined)) return undefined;
    return compareQuoted(ctx, a, b, asks);
  },
  examples: {
    en: ['Inflection wants 22k but trained on 3,500 H100s. How many more does it want, how many times?'],
    zh: ['Inflection 要的 2.2万张,是它训练用的 3500 张的多少倍?', '谷歌云有 2.5 万张, 跟它要的 3 万差几张?'],
  },
} as const satisfies Intent;

/**
 * "GPT-4 据说用了 1-2.5万张 A100,GPT-5 要 3-5万张 H100。GPT-5 的上限是 GPT-4 上限的几倍?": the counts
 * recalled before the question, which then names two of its own to set against each other.
 */
function figuresRecalledBeforeAsking(s: Slots): boolean {
  const askedNames = new Set(
    s.reading.entities
      .filter(
        (m) =>
          m.entity.kind !== 'gpu' &&
          [m.start, ...(m.others ?? []).map((o) => o.start)].some((at) => at >= 0 && s.asking.at(at)),
      )
      .map((m) => m.entity.id),
  );
  return askedNames.size >= 2 && s.counts.length > 0 && s.counts.every((c) => !s.asking.at(c.start));
}

/** The one name whose range's two ends are asked of ("GPT-5 的上下限", "azure's low and high end"), models among them. */
function rangeOwner(s: Slots) {
  const [only, ...more] = s.ofKind('company', 'cloud', 'group', 'model');
  return more.length === 0 ? only : undefined;
}

/** Who the counts belong to: a company, cloud or group (a model named is what they were for). */
function ownersOf(s: Slots) {
  return s.ofKind('company', 'cloud', 'group');
}

function withFact(fact: Fact | undefined): { fact?: Fact } {
  return fact === undefined ? {} : { fact };
}
