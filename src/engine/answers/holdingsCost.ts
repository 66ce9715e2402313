import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { atBound, endsOf, figureOf } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';
import { pricing } from './gap.js';
import { notFound } from './notFound.js';

/**
 * What the H100s an entity has (or has reserved) are worth at a price: "CoreWeave's reserved H100s at
 * $30k". A range (35,000–40,000) is priced at both ends, or at the one `bound` names ("以上限计"). The article prices only the H100, so A100s
 * held are not priced.
 *
 * @throws UserInputError for a price out of range
 */
export function holdingsCost(
  ctx: AskContext,
  entity: Entity,
  price?: number,
  bound?: 'low' | 'high',
): Answer | undefined {
  const held = figureOf(ctx, entity, 'holdings');
  if (held === undefined) return undefined;
  const figure = atBound(held, bound);
  if (figure.gpu !== 'H100') {
    const gpu = ctx.kb.entityById.get(figure.gpu.toLowerCase());
    return gpu === undefined ? undefined : notFound(ctx, { what: 'price', entity: gpu });
  }
  const [low, high] = endsOf(figure);
  const counts = low === high ? [low] : [low, high];
  const used = pricing(ctx.kb, price);
  return buildAnswer(ctx, {
    kind: 'cost',
    found: true,
    topic: 'holdings',
    subject: entity,
    facts: [...figure.facts, ...used.facts],
    calculations: counts.map((n) => valueAtPrice(n, used.value, 'demand-cost', entity.id)),
    price: { value: used.value, fromUser: used.fromUser },
  });
}
