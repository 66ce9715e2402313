import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { demandFacts } from './demand.js';
import { quantityOf } from './factQueries.js';
import { articlePrice } from './gap.js';
import { notFound } from './notFound.js';

/**
 * What a company's H100 demand costs at a price: the article's count (or the user's own), times the
 * price (the article's ~$35,000 unless given).
 *
 * @throws UserInputError for a count or price out of range
 */
export function cost(ctx: AskContext, company: Entity, price?: number, count?: number): Answer {
  const facts = demandFacts(ctx, company);
  const main = facts.find((f) => f.metric === 'h100-demand') ?? facts[0];
  const gpus = count ?? (main === undefined ? undefined : quantityOf(main));
  if (gpus === undefined) return notFound(ctx, company.name[ctx.lang]);
  const usedPrice = price ?? articlePrice(ctx.kb);
  const priceFact = ctx.kb.facts.find((f) => f.metric === 'h100-price');
  return buildAnswer(ctx, {
    kind: 'cost',
    found: true,
    topic: 'demand',
    subject: company,
    facts: [...facts, ...(priceFact === undefined ? [] : [priceFact])],
    calculations: [valueAtPrice(gpus, usedPrice, 'demand-cost', company.id)],
    price: { value: usedPrice, fromUser: price !== undefined },
    extraCaveats: ['double-counting'],
  });
}
