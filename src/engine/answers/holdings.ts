import type { Entity, Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { factsAbout, factsOnTopics } from './factQueries.js';
import { notFound } from './notFound.js';

/**
 * What an entity has (or a model was trained on), per §03; every holding when no entity is named.
 * A100 and H100 figures stay apart: they are different GPUs and never added.
 *
 * @param lead - facts the question points at, shown first ("where do Azure's GPUs go?" leads with OpenAI)
 * @param also - other entities the question names, whose holdings follow ("Azure or Google Cloud?")
 */
export function holdings(
  ctx: AskContext,
  entity: Entity | undefined,
  lead?: (fact: Fact) => boolean,
  also: readonly Entity[] = [],
  gpu?: Entity,
): Answer {
  if (entity === undefined) {
    return buildAnswer(ctx, {
      kind: 'holdings',
      found: true,
      topic: 'holdings',
      facts: factsOnTopics(ctx.kb, ['holdings']),
    });
  }
  const facts = [entity, ...also].flatMap((e) => factsAbout(ctx.kb, e, ['holdings']));
  if (facts.length === 0) {
    const holders = [...new Set(factsOnTopics(ctx.kb, ['holdings']).flatMap((f) => f.subject ?? []))];
    return notFound(
      ctx,
      { what: 'holdings', entity },
      holders.flatMap((id) => ctx.kb.entityById.get(id) ?? []),
    );
  }
  // "Tesla 有多少张 H100?": the article counts only its A100s, so the H100s asked for are not in it (an
  // abstention states no figure, not even the other GPU's).
  const own = facts.filter((f) => f.subject === entity.id && f.gpu !== undefined);
  // ("how many h100s does openai have right now?": the article counts none of its own, only GPUs its
  // models were trained on and Azure's going to it, which do not answer a count of what it has.)
  if (gpu !== undefined && own.every((f) => f.gpu?.toLowerCase() !== gpu.id))
    return notFound(ctx, { what: 'holdings', entity, gpu });
  const ordered = lead === undefined ? facts : [...facts.filter(lead), ...facts.filter((f) => !lead(f))];
  return buildAnswer(ctx, {
    kind: 'holdings',
    found: true,
    topic: 'holdings',
    subject: entity,
    facts: ordered,
  });
}
