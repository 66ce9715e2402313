import type { Entity, Topic } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { factsAbout, factsOnTopics } from './factQueries.js';

/**
 * The facts on one or more topics, those about the named entity first ("can Intel make H100s?").
 */
export function topic(ctx: AskContext, topics: readonly [Topic, ...Topic[]], entity?: Entity): Answer {
  const first = entity === undefined ? [] : factsAbout(ctx.kb, entity, topics);
  return buildAnswer(ctx, {
    kind: 'topic',
    found: true,
    topic: topics[0],
    ...(entity === undefined ? {} : { subject: entity }),
    facts: [...first, ...factsOnTopics(ctx.kb, topics)],
  });
}
