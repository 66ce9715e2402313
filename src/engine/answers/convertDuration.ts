import { scaleDuration } from '../../calculator/scaleDuration.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import type { Workload } from './compare.js';
import { factsOnTopics, quantityOf } from './factQueries.js';

/**
 * How long a 16-bit job timed on one GPU would take on the other, at the article's speed-ups (both
 * workloads when the question names neither). The article gives speed-ups, not job times, so the
 * answer is an estimate from them, and says so through its caveat.
 *
 * @throws RangeError for a time that is not positive
 */
export function convertDuration(
  ctx: AskContext,
  from: 'a100' | 'h100',
  time: number,
  unit: string,
  workload: Workload | undefined,
): Answer {
  const facts = factsOnTopics(ctx.kb, ['performance']).filter(
    (f) => workload === undefined || f.metric === `speedup-16bit-${workload}`,
  );
  const calculations = facts.flatMap((f) => {
    const speedup = quantityOf(f);
    return speedup === undefined ? [] : [scaleDuration(time, speedup, from, unit, f.id)];
  });
  return buildAnswer(ctx, { kind: 'compare', found: true, topic: 'performance', facts, calculations });
}
