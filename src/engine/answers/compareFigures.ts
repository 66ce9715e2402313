import { difference, ratio } from '../../calculator/compareAmounts.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import type { Figure } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';

/**
 * Two figures side by side: which is larger, by how much, and how many times. With `claim` (a yes/no
 * question "does A want more than B?") the verdict says whether the article bears it out.
 */
/** The ratio of two counts asked outright. */
export const RATIO_ASKED = /多少倍|幾多倍|几倍|幾倍|\bhow many times\b|\bratio\b/u;

export function compareFigures(
  ctx: AskContext,
  a: Figure,
  b: Figure,
  measure: 'demand' | 'holdings',
  claim?: 'more' | 'less' | 'same',
): Answer {
  const [big, small] = a.value >= b.value ? [a, b] : [b, a];
  const amount = (f: Figure) => ({ value: f.value, unit: 'gpus' as const, label: f.entity.id });
  // Counts of different GPUs differ by so many cards, said with the caveat; "how many times" would
  // read as work done, so it is left out.
  const sameGpu = a.gpu === b.gpu;
  // (…unless the ratio of the counts is asked outright: "谷歌云的H100数量是Meta手上A100数量的多少倍?".)
  const ratioAsked = !sameGpu && RATIO_ASKED.test(ctx.question);
  const calculations = [
    difference(amount(big), amount(small)),
    ...((sameGpu || ratioAsked) && small.value > 0 ? [ratio(amount(big), amount(small))] : []),
  ];
  const caveats = [
    ...(measure === 'demand' ? ['double-counting'] : []),
    ...(sameGpu ? [] : ['different-gpus-compared']),
  ];
  const holds =
    claim === undefined
      ? undefined
      : claim === 'same'
        ? a.value === b.value
        : claim === 'more'
          ? a.value > b.value
          : a.value < b.value;
  return buildAnswer(ctx, {
    kind: 'comparison',
    found: true,
    topic: measure === 'demand' ? 'demand' : 'holdings',
    subject: big.entity,
    // In the order the question names them; the calculation says which is larger.
    related: [a.entity, b.entity],
    facts: [...a.facts, ...b.facts],
    calculations,
    ...(holds === undefined ? {} : { verdict: holds ? 'yes' : 'no' }),
    ...(caveats.length === 0 ? {} : { extraCaveats: caveats }),
  });
}
