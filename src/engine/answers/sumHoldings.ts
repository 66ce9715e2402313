import { sumGpus } from '../../calculator/sumGpus.js';
import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { figureOf } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';

/**
 * Several entities' holdings added up: only figures of one GPU model (A100s with A100s), and only
 * single figures, never the ends of ranges.
 *
 * @returns undefined when fewer than two holdings of the same GPU can be added
 */
export function sumHoldings(ctx: AskContext, entities: readonly Entity[]): Answer | undefined {
  const figures = entities.flatMap((e) => figureOf(ctx, e, 'holdings') ?? []).filter((f) => !f.range);
  const gpu = figures[0]?.gpu;
  const same = figures.filter((f) => f.gpu === gpu);
  if (same.length < 2) return undefined;
  return buildAnswer(ctx, {
    kind: 'holdings',
    found: true,
    topic: 'holdings',
    related: same.map((f) => f.entity),
    facts: same.flatMap((f) => f.facts),
    calculations: [sumGpus(same.map((f) => ({ label: f.entity.id, gpus: f.value })))],
  });
}
