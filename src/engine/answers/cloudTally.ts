import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { factsOnTopics } from './factQueries.js';

/**
 * The clouds of §05's list ordered by how many companies the list names on each: "which cloud do the
 * most AI companies use?", "Azure 有几家客户？排第几？". Each count is the names shown beside it.
 */
export function cloudTally(ctx: AskContext): Answer {
  const usage = factsOnTopics(ctx.kb, ['cloud-usage']);
  const users = new Map<string, Set<string>>();
  for (const fact of usage)
    for (const cloud of fact.objects) {
      const set = users.get(cloud) ?? new Set<string>();
      if (fact.subject !== undefined) set.add(fact.subject);
      users.set(cloud, set);
    }
  const ranked = [...users.entries()]
    .sort((a, b) => b[1].size - a[1].size)
    .flatMap(([id]) => ctx.kb.entityById.get(id) ?? []);
  return buildAnswer(ctx, {
    kind: 'cloud-users',
    found: true,
    topic: 'cloud-usage',
    related: ranked,
    facts: usage,
  });
}
