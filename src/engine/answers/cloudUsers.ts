import type { Entity, Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { factsOnTopics, subjectOf } from './factQueries.js';
import { notFound } from './notFound.js';

/**
 * Who runs on a cloud, per §05's list (and §01's "via Azure" notes). Without a cloud: every
 * company's cloud, grouped by the list.
 *
 * @param check - a company the user asked about ("does Anthropic use Azure?"), answered yes or no
 * @param only - asked as the cloud's one user ("is OpenAI the only one on Azure?"): yes only if it is
 */
export function cloudUsers(ctx: AskContext, cloud: Entity | undefined, check?: Entity, only = false): Answer {
  const usage = factsOnTopics(ctx.kb, ['cloud-usage']);
  if (cloud === undefined) {
    return buildAnswer(ctx, {
      kind: 'cloud-users',
      found: true,
      topic: 'cloud-usage',
      facts: onePerCompany(usage),
    });
  }
  const facts = onePerCompany(usage.filter((f) => f.objects.includes(cloud.id)));
  if (facts.length === 0) {
    const clouds = [...new Set(usage.flatMap((f) => f.objects))].flatMap(
      (id) => ctx.kb.entityById.get(id) ?? [],
    );
    return notFound(ctx, { what: 'users', entity: cloud }, clouds);
  }
  const related = facts.flatMap((f) => subjectOf(ctx.kb, f) ?? []);
  return buildAnswer(ctx, {
    kind: 'cloud-users',
    found: true,
    topic: 'cloud-usage',
    subject: cloud,
    related,
    facts,
    ...(check === undefined
      ? {}
      : {
          check: {
            entity: check,
            holds: related.some((e) => e.id === check.id) && (!only || related.length === 1),
            ...(only ? { only } : {}),
          },
        }),
  });
}

// §05's list is the fuller statement; §01's mention of the same company only repeats it.
function onePerCompany(facts: readonly Fact[]): Fact[] {
  const bySubject = new Map<string, Fact>();
  for (const fact of [...facts].sort((a, b) => Number(b.section) - Number(a.section))) {
    const key = fact.subject ?? fact.id;
    if (!bySubject.has(key)) bySubject.set(key, fact);
  }
  const order = new Map(facts.map((f, i) => [f.id, i]));
  return [...bySubject.values()].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
