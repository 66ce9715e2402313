import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import type { Figure } from '../intents/figures.js';
import { sumGpus } from '../../calculator/sumGpus.js';
import { buildAnswer } from './buildAnswer.js';
import { quantityOf } from './factQueries.js';

/**
 * Figures ranked, largest first (or smallest first with `ascending`): "which company wants the most?",
 * "rank the clouds by H100s". Only figures of one GPU are ranked together.
 */
export function rankFigures(
  ctx: AskContext,
  figures: readonly Figure[],
  measure: 'demand' | 'holdings',
  ascending = false,
): Answer {
  const ranked = [...figures].sort((x, y) => (ascending ? x.value - y.value : y.value - x.value));
  // A figure the article also gives higher ("some say Meta wants 100k") follows its entity's line.
  const alternatives = ranked.flatMap((f) =>
    ctx.kb.facts.filter(
      (x) => x.subject === f.entity.id && x.metric === 'h100-demand-high' && measure === 'demand',
    ),
  );
  return buildAnswer(ctx, {
    kind: 'ranking',
    found: true,
    topic: measure === 'demand' ? 'demand' : 'holdings',
    ...(ranked[0] === undefined ? {} : { subject: ranked[0].entity }),
    related: ranked.map((f) => f.entity),
    facts: [...ranked.flatMap((f) => f.facts), ...alternatives],
    // A group ranked as its members' line items added up shows that sum.
    calculations: ranked
      .filter((f) => f.facts.length > 1)
      .map((f) => sumGpus(f.facts.map((x) => ({ label: x.subject ?? x.id, gpus: quantityOf(x) ?? 0 })))),
    ...(measure === 'demand' ? { extraCaveats: ['double-counting'] } : {}),
  });
}
