import type { Entity, Fact } from '../../knowledge/schema.js';
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
  /** What the article does say nearby ("it has 7,000 A100s" when its H100s are asked), shown below. */
  facts: readonly Fact[] = [],
): Answer {
  return buildAnswer(ctx, {
    kind: 'not-found',
    found: false,
    ...(missing === undefined || missing === ''
      ? {}
      : { missing: typeof missing === 'string' ? { what: 'words', text: missing } : missing }),
    suggestions: suggestions.slice(0, 5),
    ...(facts.length === 0 ? {} : { facts }),
  });
}
