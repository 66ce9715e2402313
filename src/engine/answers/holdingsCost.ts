import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { atBound, endsOf, figureOf } from '../intents/figures.js';
import { costOfRange } from './cost.js';
import { notFound } from './notFound.js';

/**
 * What the H100s an entity has (or has reserved) are worth at a price: "CoreWeave's reserved H100s at
 * $30k". A range (35,000–40,000) is priced at both ends, or at the one `bound` names ("以上限计").
 * The article prices only the H100, so A100s held are not priced.
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
  return costOfRange(ctx, entity, endsOf(figure), { price, facts: figure.facts, topic: 'holdings' });
}
