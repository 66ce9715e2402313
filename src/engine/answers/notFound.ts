import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';

/**
 * The article does not answer: says what is missing and offers near misses or what it covers instead.
 *
 * @param missing - the name or topic as the user wrote it, when known
 */
export function notFound(
  ctx: AskContext,
  missing: string | undefined,
  suggestions: readonly Entity[] = [],
): Answer {
  return buildAnswer(ctx, {
    kind: 'not-found',
    found: false,
    ...(missing === undefined ? {} : { missing }),
    suggestions: suggestions.slice(0, 5),
  });
}
