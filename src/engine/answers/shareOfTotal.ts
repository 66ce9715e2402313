import { share } from '../../calculator/compareAmounts.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import type { Figure } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';
import { factsOnTopics, quantityOf } from './factQueries.js';

/** What share of §02's total (the article's 432k) an entity's demand is. */
export function shareOfTotal(ctx: AskContext, figure: Figure): Answer | undefined {
  const totalFact = ctx.kb.facts.find((f) => f.metric === 'h100-demand-total');
  const total = totalFact === undefined ? undefined : quantityOf(totalFact);
  if (totalFact === undefined || total === undefined) return undefined;
  return buildAnswer(ctx, {
    kind: 'share',
    found: true,
    topic: 'demand',
    subject: figure.entity,
    facts: [...figure.facts, totalFact, ...factsOnTopics(ctx.kb, ['demand-total']).filter((f) => f !== totalFact)],
    calculations: [
      share({ value: figure.value, unit: 'gpus', label: figure.entity.id }, { value: total, unit: 'gpus', label: totalFact.subject ?? 'h100' }),
    ],
    extraCaveats: ['meta-scenario', 'double-counting'],
  });
}
