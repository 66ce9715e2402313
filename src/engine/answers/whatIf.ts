import { sumGpus } from '../../calculator/sumGpus.js';
import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { demandFacts } from './demand.js';
import { factsOnTopics } from './factQueries.js';
import { demandLineItems, pricing } from './gap.js';

/**
 * §02's total with one line item changed: "what if OpenAI wanted 100k?". The article's total counts
 * Meta at 100k; the changed entity's line item is replaced by `count`, the rest stay, and the new total
 * is valued at the price (the user's or the article's).
 *
 * @returns undefined when the entity has no line item of its own to change
 * @throws UserInputError for a count or price out of range
 */
export function whatIf(ctx: AskContext, entity: Entity, count: number, price?: number): Answer | undefined {
  const items = demandLineItems(ctx.kb, 'meta-100k');
  const own = new Set(demandFacts(ctx, entity).map((f) => f.subject));
  if (!items.some(({ fact }) => fact.subject === entity.id && own.has(entity.id))) return undefined;
  const changed = items.map(({ fact, gpus }) => ({
    label: fact.subject ?? fact.id,
    gpus: fact.subject === entity.id ? count : gpus,
  }));
  const total = sumGpus(changed, 'gap-total');
  const used = pricing(ctx.kb, price);
  const replaced = items.filter(({ fact }) => fact.subject === entity.id).map(({ fact }) => fact);
  return buildAnswer(ctx, {
    kind: 'what-if',
    found: true,
    topic: 'demand-total',
    subject: entity,
    facts: [...replaced, ...factsOnTopics(ctx.kb, ['demand-total']), ...used.facts],
    calculations: [total, valueAtPrice(total.result.value, used.value, 'gap-value')],
    price: { value: used.value, fromUser: used.fromUser },
    extraCaveats: ['meta-scenario', 'double-counting'],
  });
}
