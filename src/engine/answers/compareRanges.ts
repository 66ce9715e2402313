import { difference } from '../../calculator/compareAmounts.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import type { Figure } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';

/** A figure's low and high ends: a range's two ends, or the single figure twice. */
function ends(f: Figure): [number, number] {
  const q = f.facts[0]?.quantity;
  return q === undefined || 'value' in q ? [f.value, f.value] : [q.min, q.max];
}

/**
 * Two figures compared when one (or both) is a range: "CoreWeave's 35,000–40,000 against Google Cloud's
 * 25,000" is 10,000–15,000 more, worked at both ends. When the ranges overlap, which is larger depends
 * on the end, so there is no answer: undefined.
 */
export function compareRanges(
  ctx: AskContext,
  a: Figure,
  b: Figure,
  measure: 'demand' | 'holdings',
): Answer | undefined {
  if (a.gpu !== b.gpu) return undefined;
  const [aLow, aHigh] = ends(a);
  const [bLow, bHigh] = ends(b);
  const aAbove = aLow >= bHigh;
  const bAbove = bLow >= aHigh;
  if (!aAbove && !bAbove) return undefined;
  const [big, small] = aAbove ? [a, b] : [b, a];
  const [bigLow, bigHigh] = ends(big);
  const [smallLow, smallHigh] = ends(small);
  const amount = (f: Figure, value: number) => ({ value, unit: 'gpus' as const, label: f.entity.id });
  return buildAnswer(ctx, {
    kind: 'comparison',
    found: true,
    topic: measure === 'demand' ? 'demand' : 'holdings',
    subject: big.entity,
    related: [a.entity, b.entity],
    facts: [...a.facts, ...b.facts],
    // The least and the most it can be larger by.
    calculations: [
      difference(amount(big, bigLow), amount(small, smallHigh)),
      difference(amount(big, bigHigh), amount(small, smallLow)),
    ],
  });
}
