import type { Calculation } from '../../calculator/calculation.js';
import { difference } from '../../calculator/compareAmounts.js';
import { sumGpus } from '../../calculator/sumGpus.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { endsOf, type Figure } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';
import { quantityOf } from './factQueries.js';

/**
 * Figures ranked, largest first (or smallest first with `ascending`): "which company wants the most?",
 * "rank the clouds by H100s". Only figures of one GPU are ranked together; `top` keeps the first places.
 */
export function rankFigures(
  ctx: AskContext,
  figures: readonly Figure[],
  measure: 'demand' | 'holdings',
  ascending = false,
  top?: number,
  /** The lead over the runner-up asked too ("and by how many cards over the runner-up?"). */
  lead = false,
): Answer {
  // Ranges level at the top end rank by their low end: CoreWeave's 35k–40k above Azure's 10k–40k.
  const larger = (x: Figure, y: Figure) => y.value - x.value || endsOf(y)[0] - endsOf(x)[0];
  const sorted = [...figures].sort((x, y) => (ascending ? larger(y, x) : larger(x, y)));
  // "Top 3": the first three, and any level with the third (a tie is not broken by list order).
  const last = top === undefined ? undefined : sorted[top - 1];
  const ranked =
    last === undefined || top === undefined
      ? sorted
      : sorted.filter((f, i) => i < top || larger(f, last) === 0);
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
    calculations: [
      ...ranked
        .filter((f) => f.facts.length > 1)
        .map((f) => sumGpus(f.facts.map((x) => ({ label: x.subject ?? x.id, gpus: quantityOf(x) ?? 0 })))),
      ...leadOver(sorted, lead),
    ],
    ...(measure === 'demand' ? { extraCaveats: ['double-counting'] } : {}),
  });
}

/** The first's lead over the second, when asked and both are single figures of one GPU. */
function leadOver(sorted: readonly Figure[], asked: boolean): Calculation[] {
  const [first, second] = sorted;
  if (!asked || first === undefined || second === undefined || first.range || second.range) return [];
  if (first.gpu !== second.gpu) return [];
  const amount = (f: Figure) => ({ value: f.value, unit: 'gpus' as const, label: f.entity.id });
  return [difference(amount(first), amount(second))];
}
