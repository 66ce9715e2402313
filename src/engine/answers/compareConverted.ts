import { difference, ratio } from '../../calculator/compareAmounts.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import type { Figure } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';
import type { Workload } from './compare.js';
import { convertGpus } from './convertGpus.js';

/**
 * Two counts of different GPUs compared once one is converted into the other's ("按训练速度折成 A100,
 * Inflection 的 3,500 张 H100 是 Falcon-40B 384 张 A100 的多少倍"): the conversion at the article's
 * speed-up for the workload, then by how much and how many times. Undefined when neither side counts
 * the other GPU or the article gives no speed-up for the workload.
 *
 * @param to - the GPU both sides are counted in
 */
export function compareConverted(
  ctx: AskContext,
  a: Figure,
  b: Figure,
  to: 'A100' | 'H100',
  workload: Workload,
): Answer | undefined {
  const from = a.gpu === to ? b : a;
  const kept = from === a ? b : a;
  if (from.gpu === to || kept.gpu !== to) return undefined;
  // The conversion as a look-up of it would work it, with the speed-up fact it rests on.
  const asConverted = convertGpus(ctx, to === 'A100' ? 'h100' : 'a100', from.value, workload);
  const [converted] = asConverted.calculations;
  if (converted === undefined) return undefined;
  const mine = { value: converted.result.value, unit: 'gpus' as const, label: from.entity.id };
  const theirs = { value: kept.value, unit: 'gpus' as const, label: kept.entity.id };
  const [big, small] = mine.value >= theirs.value ? [mine, theirs] : [theirs, mine];
  return buildAnswer(ctx, {
    kind: 'comparison',
    found: true,
    // (Worded as what each has when both are holdings: "Falcon-40B (384) has … fewer A100s".)
    topic: a.facts[0]?.topic === 'holdings' && b.facts[0]?.topic === 'holdings' ? 'holdings' : 'demand',
    subject: big.label === from.entity.id ? from.entity : kept.entity,
    related: [a.entity, b.entity],
    // (The figure already in the GPU counted first: the reply counts in it, "多 7666张 A100".)
    facts: [...kept.facts, ...from.facts, ...asConverted.facts],
    calculations: [converted, difference(big, small), ...(small.value > 0 ? [ratio(big, small)] : [])],
  });
}
