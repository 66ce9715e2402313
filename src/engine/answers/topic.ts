import type { Entity, Fact, Topic } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { factsAbout, factsOnTopics } from './factQueries.js';

/**
 * The facts on one or more topics: those about the named entity first ("can Intel make H100s?"), then
 * those the question points at (`lead`, e.g. the ones stating a number it names), then the rest, the
 * first topic's before the others', so the summary answers what was asked ("who makes the H100" leads
 * with TSMC, not with the supply bottleneck).
 */
export function topic(
  ctx: AskContext,
  topics: readonly [Topic, ...Topic[]],
  entity?: Entity,
  lead?: (fact: Fact) => boolean,
): Answer {
  const onTopics = factsOnTopics(ctx.kb, topics).sort(
    (a, b) => topics.indexOf(a.topic) - topics.indexOf(b.topic),
  );
  const first = entity === undefined ? [] : factsAbout(ctx.kb, entity, topics);
  const leading = lead === undefined ? [] : onTopics.filter(lead);
  return buildAnswer(ctx, {
    kind: 'topic',
    found: true,
    topic: topics[0],
    ...(entity === undefined ? {} : { subject: entity }),
    facts: [...first, ...leading, ...onTopics],
  });
}

/** Just these facts, on the topic given: "who wants 22,000 H100s?" answers with the line items stating it. */
export function factList(ctx: AskContext, on: Topic, facts: readonly Fact[]): Answer {
  // The names the facts are about, so a part after can ask of them ("…and what do they add up to?").
  const related = [...new Set(facts.flatMap((f) => f.subject ?? []))].flatMap(
    (id) => ctx.kb.entityById.get(id) ?? [],
  );
  return buildAnswer(ctx, { kind: 'topic', found: true, topic: on, facts, related });
}
