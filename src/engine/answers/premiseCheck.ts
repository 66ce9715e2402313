import type { Entity, Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { factsAbout } from './factQueries.js';

/**
 * A yes/no question that states a figure ("Tesla 有 7000 张 H100 吗？", "Did Inflection use 3,500 A100s?",
 * "Does Meta want 100k?"): yes when one of the entity's facts states that count (of that GPU, when the
 * question names one), no otherwise, with the facts that correct it. With `inHand` (the question says
 * the GPUs are already there) a count the article says is only booked is a no. Without a count, the
 * claim is the GPU alone ("GPT-4 是在 H100 上训的吗?": no, A100s).
 */
export function premiseCheck(
  ctx: AskContext,
  entity: Entity,
  count: number | undefined,
  gpu: 'h100' | 'a100' | 'h800' | undefined,
  topics: readonly ('demand' | 'holdings')[],
  inHand = false,
): Answer | undefined {
  const facts = factsAbout(ctx.kb, entity, topics).filter(
    (f) => f.subject === entity.id && f.quantity !== undefined,
  );
  if (facts.length === 0) return undefined;
  const states = (f: Fact) => {
    const q = f.quantity;
    if (q === undefined) return false;
    if (count === undefined) return true;
    return 'value' in q ? q.value === count : q.min <= count && count <= q.max;
  };
  const sameGpu = (f: Fact) => gpu === undefined || f.gpu?.toLowerCase() === gpu;
  // "Already sitting in their DCs?": a count booked but not delivered does not bear that out.
  const delivered = (f: Fact) => !inHand || f.hedge !== 'booked-not-delivered';
  const holds = facts.some((f) => states(f) && sameGpu(f) && delivered(f));
  const stated = (f: Fact) => states(f) && sameGpu(f);
  const lead = [...facts.filter(stated), ...facts.filter((f) => !stated(f))];
  return buildAnswer(ctx, {
    kind: topics.includes('holdings') && lead[0]?.topic === 'holdings' ? 'holdings' : 'demand',
    found: true,
    topic: lead[0]?.topic ?? 'holdings',
    subject: entity,
    facts: lead,
    verdict: holds ? 'yes' : 'no',
  });
}
