import { share } from '../../calculator/compareAmounts.js';
import { sumGpus } from '../../calculator/sumGpus.js';
import type { Answer, MetaScenario } from '../answer.js';
import type { AskContext } from '../context.js';
import type { Figure } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';
import { factsOnTopics, quantityOf } from './factQueries.js';
import { demandLineItems } from './gap.js';

/**
 * What share of §02's total (the article's 432k) one entity's demand is, or several entities' together
 * (their line items added first, each once).
 */
export function shareOfTotal(
  ctx: AskContext,
  figures: readonly Figure[],
  scenario?: MetaScenario,
): Answer | undefined {
  const totalFact = ctx.kb.facts.find((f) => f.metric === 'h100-demand-total');
  const stated = totalFact === undefined ? undefined : quantityOf(totalFact);
  if (totalFact === undefined || stated === undefined) return undefined;
  // "If the total is 357k (Meta at 25k)": the line items with Meta at its main figure, added up first.
  const items25k = scenario === 'meta-25k' ? demandLineItems(ctx.kb, 'meta-25k') : [];
  const base =
    items25k.length === 0
      ? undefined
      : sumGpus(
          items25k.map(({ fact, gpus }) => ({ label: fact.subject ?? fact.id, gpus })),
          'sum',
        );
  const total = base?.result.value ?? stated;
  const items = new Map(figures.flatMap((f) => f.facts).map((f) => [f.id, f]));
  const lineItems = [...items.values()];
  const [only] = figures;
  const sum =
    figures.length === 1 || only === undefined
      ? undefined
      : sumGpus(lineItems.map((f) => ({ label: f.subject ?? f.id, gpus: quantityOf(f) ?? 0 })));
  const part =
    sum === undefined && only !== undefined
      ? { value: only.value, unit: 'gpus' as const, label: only.entity.id }
      : { value: sum?.result.value ?? 0, unit: 'gpus' as const };
  return buildAnswer(ctx, {
    kind: 'share',
    found: true,
    topic: 'demand',
    ...(figures.length === 1 && only !== undefined ? { subject: only.entity } : {}),
    related: figures.map((f) => f.entity),
    facts: [
      ...lineItems,
      totalFact,
      ...factsOnTopics(ctx.kb, ['demand-total']).filter((f) => f !== totalFact),
    ],
    calculations: [
      ...(sum === undefined ? [] : [sum]),
      ...(base === undefined ? [] : [base]),
      share(part, {
        value: total,
        unit: 'gpus',
        label: base === undefined ? (totalFact.subject ?? 'h100') : 'meta-25k',
      }),
    ],
    extraCaveats: ['meta-scenario', 'double-counting'],
  });
}
