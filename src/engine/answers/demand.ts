import type { Entity, Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { factsAbout } from './factQueries.js';
import { notFound } from './notFound.js';

const DEMAND_METRICS = ['h100-demand', 'h100-demand-high'];

/** §02's demand facts for an entity: its own line item, or the group line item it belongs to. */
export function demandFacts(ctx: AskContext, entity: Entity): Fact[] {
  const facts = factsAbout(ctx.kb, entity, ['demand']).filter((f) => DEMAND_METRICS.includes(f.metric ?? ''));
  if (facts.length > 0) return facts;
  // A group ("the big clouds") has no line item of its own: its members do.
  const members = ctx.kb.facts.find((f) => f.subject === entity.id && f.objects.length > 0)?.objects ?? [];
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
    const name = entity.name[ctx.lang];
    return notFound(
      ctx,
      ctx.lang === 'en' ? `how many H100s ${name} wants` : `${name} 要多少张 H100`,
      withDemand.flatMap((id) => ctx.kb.entityById.get(id) ?? []),
    );
  }
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
