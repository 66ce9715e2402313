import { a100Equivalents } from '../../calculator/a100Equivalents.js';
import { h100Equivalents } from '../../calculator/h100Equivalents.js';
import type { Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import type { Workload } from './compare.js';
import { factsOnTopics, quantityOf } from './factQueries.js';

/**
 * A number of GPUs in the other GPU's terms, at the article's 16-bit speed-ups: A100s → H100s divides,
 * H100s → A100s multiplies. Both workloads when the question names neither.
 *
 * @param context - facts the count comes from (Tesla's 7,000 A100s)
 * @param speedup - a factor the user supposes instead of the article's ("if it were only 2x"); the
 *   working still names the article's fact for the workload, so the reply can set the two side by side
 * @throws UserInputError for a count out of range
 */
export function convertGpus(
  ctx: AskContext,
  from: 'a100' | 'h100',
  count: number | readonly number[],
  workload: Workload | undefined,
  context: readonly Fact[] = [],
  speedup?: number,
): Answer {
  // A range ("10k–25k A100s") is converted at both ends.
  const counts = typeof count === 'number' ? [count] : count;
  const facts = factsOnTopics(ctx.kb, ['performance']).filter(
    (f) => workload === undefined || f.metric === `speedup-16bit-${workload}`,
  );
  const calculations = facts.flatMap((f) => {
    const factor = speedup ?? quantityOf(f);
    if (factor === undefined) return [];
    return counts.map((n) =>
      from === 'a100' ? h100Equivalents(n, factor, f.id) : a100Equivalents(n, factor, f.id),
    );
  });
  return buildAnswer(ctx, {
    kind: 'compare',
    found: true,
    topic: 'performance',
    facts: [...context, ...facts],
    calculations,
  });
}
