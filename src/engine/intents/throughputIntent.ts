import { scaleThroughput } from '../../calculator/scaleThroughput.js';
import { buildAnswer } from '../answers/buildAnswer.js';
import { factsOnTopics, quantityOf } from '../answers/factQueries.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';
import { measuredOn } from './measuredOn.js';

/** A rate of work said after a number: "700 tokens/s", "120 images a second", "每秒 500 个 token". */
const RATE_AFTER =
  /^\s*(?:tokens?|tok|toks|images?|imgs?|samples?|requests?|reqs?|queries|frames?|it(?:erations?)?|steps?|个?\s*tokens?|張圖|张图)\s*(?:\/\s*(?:s|sec|second|min|minute)\b|per (?:second|sec|minute|min)\b|a (?:second|sec|minute)\b|每秒|每分钟|每分鐘)|^\s*(?:qps|rps|tps|tok\/s|it\/s)\b/iu;
/** …or a rate said before the number: "每秒 500 个 token". */
const RATE_BEFORE = /每秒(?:钟|鐘)?\s*(?:能)?\s*(?:出|跑|生成|处理|處理)?\s*$/u;

/** The rate the question gives, if any. */
function rateSaid(s: Slots) {
  const text = s.reading.text;
  return s.amounts.find(
    (a) =>
      a.value > 0 &&
      (RATE_AFTER.test(text.slice(a.end)) ||
        RATE_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start))),
  );
}

/**
 * "Our A100 box pushes 700 tokens/s at fp16. What would an H100 do?": a rate of work on the other GPU at
 * the article's 16-bit speed-up (×3.5 for inference, the default for tokens; ×2.3 for training).
 */
export const throughputIntent = {
  id: 'throughput',
  cues: { compare: 0.5, inference: 0.3, training: 0.3 },
  patterns: [],
  needs: (s) => rateSaid(s) !== undefined && /h100|a100/u.test(s.reading.text),
  // A rate of work and a GPU are a stronger sign than the count of GPUs its number would otherwise be.
  fit: () => 5,
  run: (ctx, s) => {
    const rate = rateSaid(s);
    if (rate === undefined) return undefined;
    const from = measuredOn(s, rate);
    if (from === undefined) return undefined;
    // (Tokens and requests are served: inference, unless training is said.)
    const workload = s.workload ?? 'inference';
    const facts = factsOnTopics(ctx.kb, ['performance']).filter(
      (f) => f.metric === `speedup-16bit-${workload}`,
    );
    const [fact] = facts;
    const speedup = fact === undefined ? undefined : quantityOf(fact);
    if (fact === undefined || speedup === undefined) return undefined;
    return buildAnswer(ctx, {
      kind: 'compare',
      found: true,
      topic: 'performance',
      facts,
      calculations: [scaleThroughput(rate.value, speedup, from, fact.id)],
    });
  },
  examples: {
    en: ['our A100 box pushes 700 tokens/s at fp16, what would an H100 do?'],
    zh: ['A100 上推理每秒 500 个 token, 换 H100 大概多少?'],
  },
} as const satisfies Intent;
