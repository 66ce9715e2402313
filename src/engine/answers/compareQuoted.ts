import { difference, ratio, share } from '../../calculator/compareAmounts.js';
import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import type { Pricing } from './gap.js';

/** How many times, asked in so many words. */
export const TIMES_ASKED =
  /几倍|幾倍|多少倍|(?:几|幾)多倍|\bhow many times\b|\btimes (?:as|more|bigger)\b|\bratio\b|\bmultiple\b/iu;

/** A count a question compares, with the article's fact stating it, when it states it. */
export interface QuotedCount {
  readonly value: number;
  readonly fact?: Fact;
}

/**
 * Two counts compared as the question gives them ("the 22k it wants vs the 3,500 it trained on"): how
 * much larger the first is than the second, and how many times (and, asked as a percentage, the
 * difference as a share of the smaller). Each count keeps the fact that states it, so the reply shows
 * where both come from.
 */
export function compareQuoted(
  ctx: AskContext,
  a: QuotedCount,
  b: QuotedCount,
  asks: { readonly percent?: boolean; readonly price?: Pricing } = {},
): Answer {
  const [big, small] = a.value >= b.value ? [a, b] : [b, a];
  // Counts of different GPUs ("the 25k H100s it wants vs the 21k A100s it has") differ by so many cards,
  // said with the caveat; no "how many times", which would read as work done.
  const sameGpu = a.fact?.gpu === undefined || b.fact?.gpu === undefined || a.fact.gpu === b.fact.gpu;
  // (Unless the message asks how many times outright: "GPT-5 要的 H100 上限是 GPT-4 用的 A100 上限的几倍",
  // answered as raw cards with the caveat beside it.)
  const timesOf = sameGpu || TIMES_ASKED.test(ctx.question);
  const amount = (q: QuotedCount) => ({
    value: q.value,
    unit: 'gpus' as const,
    ...(q.fact?.subject === undefined ? {} : { label: q.fact.subject }),
  });
  return buildAnswer(ctx, {
    kind: 'comparison',
    found: true,
    topic: a.fact?.topic === 'holdings' && b.fact?.topic === 'holdings' ? 'holdings' : 'demand',
    facts: [...[a.fact, b.fact].filter((f): f is Fact => f !== undefined), ...(asks.price?.facts ?? [])],
    calculations: [
      difference(amount(big), amount(small)),
      ...(timesOf && small.value > 0 ? [ratio(amount(big), amount(small))] : []),
      // "What % jump is that": the difference as a share of the smaller (of raw cards, asked so, across
      // GPUs: "张数差多少? 多了百分之几?").
      ...(asks.percent === true && small.value > 0
        ? [share({ value: big.value - small.value, unit: 'gpus' }, amount(small))]
        : []),
      // "What's the $ difference": the H100s between the two, priced.
      ...(asks.price !== undefined && sameGpu && big.value > small.value
        ? [valueAtPrice(big.value - small.value, asks.price.value, 'demand-cost')]
        : []),
    ],
    ...(asks.price === undefined
      ? {}
      : { price: { value: asks.price.value, fromUser: asks.price.fromUser } }),
    ...(sameGpu ? {} : { extraCaveats: ['different-gpus-compared'] }),
  });
}
