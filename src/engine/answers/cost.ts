import { sumGpus } from '../../calculator/sumGpus.js';
import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { Entity, Fact } from '../../knowledge/schema.js';
import type { Answer, MetaScenario } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { demandFacts, groupMembers, mainLineItems } from './demand.js';
import { quantityOf } from './factQueries.js';
import { pricing } from './gap.js';
import { notFound } from './notFound.js';

/**
 * What a company's H100 demand costs at a price: the article's count (or the user's own), times the
 * price (the article's ~$35,000 unless given).
 *
 * @throws UserInputError for a count or price out of range
 */
export function cost(
  ctx: AskContext,
  entity: Entity,
  price?: number,
  count?: number,
  options: { each?: boolean } = {},
): Answer {
  const facts = demandFacts(ctx, entity);
  // A group stands for its members' line items: price them together ("the LLM startups' H100s").
  const members = count === undefined ? groupMembers(ctx, entity, facts) : [];
  if (members.length > 1) return costOfMany(ctx, members, price, undefined, options);
  const main = facts.find((f) => f.metric === 'h100-demand') ?? facts[0];
  // CoreWeave's figure is a shared line item ("Lambda, CoreWeave and other private clouds: 100,000"):
  // the cost is that line item's, not CoreWeave's alone.
  const shared = main?.subject !== undefined && main.subject !== entity.id && count === undefined;
  const company = (shared ? ctx.kb.entityById.get(main?.subject ?? '') : undefined) ?? entity;
  const gpus = count ?? (main === undefined ? undefined : quantityOf(main));
  if (gpus === undefined) {
    return notFound(ctx, { what: 'demand', entity: company });
  }
  const used = pricing(ctx.kb, price);
  return buildAnswer(ctx, {
    kind: 'cost',
    found: true,
    topic: 'demand',
    subject: company,
    facts: [...facts, ...used.facts],
    calculations: [valueAtPrice(gpus, used.value, 'demand-cost', company.id)],
    price: { value: used.value, fromUser: used.fromUser },
    extraCaveats: ['double-counting'],
  });
}

/**
 * What several entities' demand costs together ("Azure, AWS, GCP and Oracle's H100s"): their main line
 * items summed, then priced.
 *
 * @throws UserInputError for a price out of range
 */
export function costOfMany(
  ctx: AskContext,
  entities: readonly Entity[],
  price?: number,
  scenario?: MetaScenario,
  /** Each one's value too, after the sum's. */
  { each = false }: { each?: boolean } = {},
): Answer {
  const items = mainLineItems(ctx, entities, scenario);
  const withDemand = entities.filter((e) => demandFacts(ctx, e).length > 0);
  const [first] = withDemand.length > 0 ? withDemand : entities;
  if (items.length < 2 && first !== undefined) return cost(ctx, first, price);
  const total = sumGpus(items.map((f) => ({ label: f.subject ?? f.id, gpus: quantityOf(f) ?? 0 })));
  const used = pricing(ctx.kb, price);
  return buildAnswer(ctx, {
    kind: 'cost',
    found: true,
    topic: 'demand',
    related: withDemand,
    facts: [...items, ...used.facts],
    // ("…whats that per cloud and for all four": the sum's value, which the reply leads with, then each one's.)
    calculations: [
      total,
      valueAtPrice(total.result.value, used.value, 'demand-cost'),
      ...(each
        ? items.map((f) => valueAtPrice(quantityOf(f) ?? 0, used.value, 'demand-cost', f.subject ?? f.id))
        : []),
    ],
    price: { value: used.value, fromUser: used.fromUser },
    extraCaveats: ['double-counting'],
  });
}

/**
 * A range of GPUs priced at both ends ("10k to 40k H100s at $35k each", GPT-5's 30,000–50,000, what
 * CoreWeave has reserved): what the least and the most would cost, with the facts the range comes
 * from; one end when both are one. `topic` is what the counts are: wanted (the default) or held.
 *
 * @throws UserInputError for a count or price out of range
 */
export function costOfRange(
  ctx: AskContext,
  subject: Entity,
  [low, high]: readonly [number, number],
  {
    price,
    facts = [],
    topic = 'demand',
  }: { price?: number | undefined; facts?: readonly Fact[]; topic?: 'demand' | 'holdings' } = {},
): Answer {
  const used = pricing(ctx.kb, price);
  const label = subject.kind === 'gpu' ? undefined : subject.id;
  return buildAnswer(ctx, {
    kind: 'cost',
    found: true,
    topic,
    subject,
    facts: [...facts, ...used.facts],
    calculations: (low === high ? [low] : [low, high]).map((n) =>
      valueAtPrice(n, used.value, 'demand-cost', label),
    ),
    price: { value: used.value, fromUser: used.fromUser },
  });
}
