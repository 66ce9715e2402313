import { sumGpus } from '../../calculator/sumGpus.js';
import type { Entity, Fact } from '../../knowledge/schema.js';
import type { Answer, MetaScenario } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { factsAbout, quantityOf } from './factQueries.js';
import { notFound } from './notFound.js';

const DEMAND_METRICS = ['h100-demand', 'h100-demand-high'];

/** §02's demand facts for an entity: its own line item, or the group line item it belongs to. */
export function demandFacts(ctx: AskContext, entity: Entity): Fact[] {
  const facts = factsAbout(ctx.kb, entity, ['demand']).filter((f) => DEMAND_METRICS.includes(f.metric ?? ''));
  if (facts.length > 0 || entity.kind !== 'group') return facts;
  // A group ("the big clouds") has no line item of its own: its members do. (Only a group: Cohere's
  // cloud-usage fact also lists AWS, which does not make AWS's 30,000 Cohere's.)
  const members =
    entity.members.length > 0
      ? entity.members
      : (ctx.kb.facts.find((f) => f.subject === entity.id && f.objects.length > 0)?.objects ?? []);
  return ctx.kb.facts.filter(
    (f) =>
      f.topic === 'demand' &&
      f.subject !== undefined &&
      members.includes(f.subject) &&
      DEMAND_METRICS.includes(f.metric ?? ''),
  );
}

/**
 * How many H100s an entity wants per §02, with the article's hedges ("maybe", "some say 100k").
 * Facts from §01 about the entity needing 1,000+ are added for context; when §02 gives no figure for
 * it, §01's "needs 1,000 or more" is the answer.
 */
export function demand(ctx: AskContext, entity: Entity, lead?: (fact: Fact) => boolean): Answer {
  const facts = demandFacts(ctx, entity);
  // No §02 figure, but §01 says it needs 1,000+ (Tesla): that is the article's answer, with what it has.
  const needs = facts.length === 0 ? factsAbout(ctx.kb, entity, ['who-needs']) : [];
  if (needs.length > 0) {
    return buildAnswer(ctx, {
      kind: 'demand',
      found: true,
      topic: 'who-needs',
      subject: entity,
      facts: [...needs, ...factsAbout(ctx.kb, entity, ['holdings'])],
    });
  }
  if (facts.length === 0) {
    const withDemand = [
      ...new Set(ctx.kb.facts.filter((f) => f.metric === 'h100-demand').flatMap((f) => f.subject ?? [])),
    ];
    return notFound(
      ctx,
      { what: 'demand', entity },
      withDemand.flatMap((id) => ctx.kb.entityById.get(id) ?? []),
    );
  }
  // A group whose members want different amounts (the LLM startups: 50k, 10k, 22k, 10k) is their sum;
  // one whose members each want the same ("each of the big clouds may need 30,000") is that statement.
  const members = groupMembers(ctx, entity, facts);
  const amounts = new Set(facts.filter((f) => f.metric === 'h100-demand').map(quantityOf));
  if (members.length > 1 && amounts.size > 1) return demandOfMany(ctx, members);
  const context = factsAbout(ctx.kb, entity, ['who-needs', 'not-counted']);
  return buildAnswer(ctx, {
    kind: 'demand',
    found: true,
    topic: 'demand',
    subject: entity,
    // "Does Meta need 100,000?" leads with the figure asked about.
    facts: [
      ...(lead === undefined ? facts : [...facts.filter(lead), ...facts.filter((f) => !lead(f))]),
      ...context,
    ],
  });
}

/**
 * Several entities' demand added up ("OpenAI and Inflection together"): each one's main §02 line item,
 * once even when two names share it (Lambda and CoreWeave), summed with the addends shown. Entities
 * without a line item are left out of the sum and their names listed as missing by the caller. With
 * `scenario` 'meta-100k', Meta counts at its higher figure.
 */
export function demandOfMany(ctx: AskContext, entities: readonly Entity[], scenario?: MetaScenario): Answer {
  const items = new Map(mainLineItems(ctx, entities, scenario).map((f) => [f.id, f]));
  const [only] = entities;
  if (items.size < 2 && only !== undefined)
    return demand(
      ctx,
      items.size === 0 ? only : (entities.find((e) => demandFacts(ctx, e).length > 0) ?? only),
    );
  const lineItems = [...items.values()];
  const total = sumGpus(lineItems.map((f) => ({ label: f.subject ?? f.id, gpus: quantityOf(f) ?? 0 })));
  const all = entities.flatMap((e) => demandFacts(ctx, e));
  return buildAnswer(ctx, {
    kind: 'demand',
    found: true,
    topic: 'demand',
    related: entities.filter((e) => demandFacts(ctx, e).length > 0),
    facts: [...lineItems, ...all],
    calculations: [total],
    extraCaveats: ['double-counting'],
  });
}

/**
 * Each entity's main §02 line item (its own figure, not the "some say"), once even when names share
 * one; with `scenario` 'meta-100k', the higher figure where the article gives one ("Meta 用 100k 那个版本").
 */
export function mainLineItems(ctx: AskContext, entities: readonly Entity[], scenario?: MetaScenario): Fact[] {
  const items = new Map<string, Fact>();
  for (const entity of entities) {
    const facts = demandFacts(ctx, entity);
    // ("三大云 + Oracle 值多少钱": a group with no line item of its own counts each member's.)
    const members = groupMembers(ctx, entity, facts);
    if (members.length > 0) {
      for (const item of mainLineItems(ctx, members, scenario)) items.set(item.id, item);
      continue;
    }
    const high = scenario === 'meta-100k' ? facts.find((f) => f.metric === 'h100-demand-high') : undefined;
    const main = high ?? facts.find((f) => f.metric === 'h100-demand') ?? facts[0];
    if (main !== undefined) items.set(main.id, main);
  }
  return [...items.values()];
}

/** For a group without a line item of its own, the members whose line items stand for it. */
export function groupMembers(ctx: AskContext, entity: Entity, facts: readonly Fact[]): Entity[] {
  if (entity.kind !== 'group' || facts.some((f) => f.subject === entity.id)) return [];
  const ids = new Set(facts.filter((f) => f.metric === 'h100-demand').flatMap((f) => f.subject ?? []));
  return [...ids].flatMap((id) => ctx.kb.entityById.get(id) ?? []);
}
