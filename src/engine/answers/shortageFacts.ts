import type { Fact } from '../../knowledge/schema.js';
import type { AskContext } from '../context.js';
import { quantityOf } from './factQueries.js';

/**
 * The shortage a what-if works from, with its count and the facts to show: the headline's, or §02's
 * total when the user calls that the gap ("how much of the 432k gap is left"), the headline's own then
 * said beside it.
 *
 * @returns undefined when the knowledge states no such figure
 */
export function shortageFacts(
  ctx: AskContext,
  from: 'headline' | 'total',
): { readonly fact: Fact; readonly count: number; readonly facts: readonly Fact[] } | undefined {
  const fact = ctx.kb.facts.find((f) => f.metric === (from === 'total' ? 'h100-demand-total' : 'h100-gap'));
  const count = fact === undefined ? undefined : quantityOf(fact);
  if (fact === undefined || count === undefined) return undefined;
  const headline = from === 'total' ? ctx.kb.facts.filter((f) => f.metric === 'h100-gap') : [];
  return { fact, count, facts: [fact, ...headline] };
}
