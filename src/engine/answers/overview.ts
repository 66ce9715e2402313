import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { factsAbout } from './factQueries.js';
import { notFound } from './notFound.js';

/** Everything the article says about an entity, for a question that names it and nothing else. */
export function overview(ctx: AskContext, entity: Entity): Answer {
  const facts = factsAbout(ctx.kb, entity);
  if (facts.length === 0) return notFound(ctx, entity.name[ctx.lang]);
  return buildAnswer(ctx, { kind: 'overview', found: true, subject: entity, facts });
}
