import { sumGpus } from '../../calculator/sumGpus.js';
import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { atBound, endsOf, figureOf } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';

/**
 * Several entities' holdings added up: only figures of one GPU model (A100s with A100s). A range
 * (CoreWeave's 35,000–40,000) makes the sum a range: the low ends added, then the high ends; with
 * `bound`, only the end the question names ("加起来的上限").
 *
 * @returns undefined when fewer than two holdings of the same GPU can be added
 */
export function sumHoldings(
  ctx: AskContext,
  entities: readonly Entity[],
  bound?: 'low' | 'high',
): Answer | undefined {
  const figures = entities.flatMap((e) => {
    const figure = figureOf(ctx, e, 'holdings');
    return figure === undefined ? [] : [atBound(figure, bound)];
  });
  const gpu = figures[0]?.gpu;
  const same = figures.filter((f) => f.gpu === gpu);
  if (same.length < 2) return undefined;
  return buildAnswer(ctx, {
    kind: 'holdings',
    found: true,
    topic: 'holdings',
    related: same.map((f) => f.entity),
    facts: same.flatMap((f) => f.facts),
    calculations: same.some((f) => f.range)
      ? [
          sumGpus(same.map((f) => ({ label: f.entity.id, gpus: endsOf(f)[0] }))),
          sumGpus(same.map((f) => ({ label: f.entity.id, gpus: endsOf(f)[1] }))),
        ]
      : [sumGpus(same.map((f) => ({ label: f.entity.id, gpus: f.value })))],
  });
}
