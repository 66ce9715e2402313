import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { factsAbout } from './factQueries.js';

/**
 * "Is Oracle one of the three big clouds?": whether the group's list in the knowledge includes the
 * entity, with the facts that name both.
 */
export function membership(ctx: AskContext, group: Entity, entity: Entity): Answer {
  const holds = group.members.includes(entity.id);
  const facts = [
    ...factsAbout(ctx.kb, group, ['who-needs', 'demand']),
    ...factsAbout(ctx.kb, entity, ['who-needs']),
  ];
  return buildAnswer(ctx, {
    kind: 'overview',
    found: true,
    topic: 'who-needs',
    subject: group,
    related: group.members.flatMap((id) => ctx.kb.entityById.get(id) ?? []),
    facts,
    check: { entity, holds },
    verdict: holds ? 'yes' : 'no',
  });
}
