import type { Entity } from '../../knowledge/schema.js';
import type { Answer, Missing } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';

/**
 * The article does not answer: says what is missing and offers near misses or what it covers instead.
 *
 * @param missing - what the article lacks: the user's own words (a string), or a figure for an entity
 */
export function notFound(
  ctx: AskContext,
  missing: Missing | string | undefined,
  suggestions: readonly Entity[] = [],
): Answer {
  return buildAnswer(ctx, {
    kind: 'not-found',
    found: false,
    ...(missing === undefined || missing === ''
      ? {}
      : { missing: typeof missing === 'string' ? { what: 'words', text: missing } : missing }),
    suggestions: suggestions.slice(0, 5),
  });
}
