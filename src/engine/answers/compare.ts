import { a100Equivalents } from '../../calculator/a100Equivalents.js';
import type { Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { factsOnTopics, quantityOf } from './factQueries.js';

/** 16-bit training or inference: the two workloads the article compares. */
export type Workload = 'training' | 'inference';

/**
 * H100 versus A100: the article's speed-ups, and optionally how many A100s a number of H100s match.
 *
 * @param context - facts the count comes from ("OpenAI's demand in A100s" starts with OpenAI's 50,000)
 *
 * @throws UserInputError for a count out of range
 */
export function compare(
  ctx: AskContext,
  workload?: Workload,
  count?: number,
  context: readonly Fact[] = [],
): Answer {
  const all = factsOnTopics(ctx.kb, ['performance']);
  const metric = (w: Workload) => `speedup-16bit-${w}`;
  const facts = workload === undefined ? all : all.filter((f) => f.metric === metric(workload));
  const calculations =
    count === undefined
      ? []
      : facts.flatMap((f) => {
          const speedup = quantityOf(f);
          return speedup === undefined ? [] : [a100Equivalents(count, speedup, f.id)];
        });
  const preferred = factsOnTopics(ctx.kb, ['training-factors']).filter((f) => f.objects.includes('a100'));
  return buildAnswer(ctx, {
    kind: 'compare',
    found: true,
    topic: 'performance',
    facts: [...context, ...facts, ...(workload === undefined ? preferred : [])],
    calculations,
  });
}
