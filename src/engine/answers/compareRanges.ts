import type { Calculation } from '../../calculator/calculation.js';
import { difference, ratio } from '../../calculator/compareAmounts.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { endsOf, type Figure } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';

/**
 * Two figures compared when one (or both) is a range: "CoreWeave's 35,000–40,000 against Google Cloud's
 * 25,000" is 10,000–15,000 more, worked at both ends. When the ranges overlap, which is larger depends
 * on the end: no verdict, how far each can be ahead, and a caveat saying so; otherwise a claim put as a
 * yes/no question gets one.
 */
export function compareRanges(
  ctx: AskContext,
  a: Figure,
  b: Figure,
  measure: 'demand' | 'holdings',
  /** What a yes/no question claims of the first ("is CoreWeave's stash bigger than GCP's?"). */
  claim?: 'more' | 'less',
  /** Whether how many times is asked ("how many times more GPUs than Falcon-40B?"): the ratio at both ends too. */
  timesAsked = false,
): Answer | undefined {
  if (a.gpu !== b.gpu) return undefined;
  const [aLow, aHigh] = endsOf(a);
  const [bLow, bHigh] = endsOf(b);
  const aAbove = aLow >= bHigh;
  const bAbove = bLow >= aHigh;
  const side = (subject: Figure, calculations: Calculation[], extraCaveats: readonly string[] = []) =>
    buildAnswer(ctx, {
      kind: 'comparison',
      found: true,
      topic: measure === 'demand' ? 'demand' : 'holdings',
      subject: subject.entity,
      related: [a.entity, b.entity],
      facts: [...a.facts, ...b.facts],
      calculations,
      extraCaveats,
    });
  const amount = (f: Figure, value: number) => ({ value, unit: 'gpus' as const, label: f.entity.id });
  // Which is larger depends on the end ("Does Azure have more than Google Cloud? by how much": 10,000–40,000
  // against 25,000): no verdict, but how far each can be ahead, and a caveat saying so.
  if (!aAbove && !bAbove)
    return side(
      a,
      [
        ...(aHigh > bLow ? [difference(amount(a, aHigh), amount(b, bLow))] : []),
        ...(bHigh > aLow ? [difference(amount(b, bHigh), amount(a, aLow))] : []),
      ],
      ['range-straddles'],
    );
  const [big, small] = aAbove ? [a, b] : [b, a];
  const [bigLow, bigHigh] = endsOf(big);
  const [smallLow, smallHigh] = endsOf(small);
  // The least and the most it can be larger by.
  const answer = side(big, [
    difference(amount(big, bigLow), amount(small, smallHigh)),
    difference(amount(big, bigHigh), amount(small, smallLow)),
    ...(timesAsked && smallLow > 0
      ? [
          ratio(amount(big, bigLow), amount(small, smallHigh)),
          ratio(amount(big, bigHigh), amount(small, smallLow)),
        ]
      : []),
  ]);
  return claim === undefined ? answer : { ...answer, verdict: (claim === 'more') === aAbove ? 'yes' : 'no' };
}
