import { compare } from '../answers/compare.js';
import { quantityOf } from '../answers/factQueries.js';
import type { Intent } from './intent.js';

/**
 * "Is the H100 about 2.3x faster than the A100 for training?": the factor the question states is
 * checked against the article's speed-up for that workload (or either, when none is named).
 */
export const ratioPremiseIntent = {
  id: 'ratio-premise',
  cues: { compare: 1 },
  patterns: [],
  needs: (s) => s.yesNo && s.amounts.some((a) => a.role === 'ratio') && s.named.length === 0,
  fit: () => 2,
  run: (ctx, s) => {
    const stated = s.amounts.find((a) => a.role === 'ratio')?.value;
    if (stated === undefined) return undefined;
    const answer = compare(ctx, s.workload);
    const stating = (f: (typeof answer.facts)[number]) =>
      f.topic === 'performance' && quantityOf(f) === stated;
    const holds = answer.facts.some(stating);
    // "3.5x for training?": 3.5× is the inference figure, so the asked workload's speed-up leads and
    // the other's follows to correct the premise.
    const both = compare(ctx);
    const elsewhere = !holds && both.facts.some(stating);
    // (Held with no workload named, the speed-up that matches leads: "is it 2.3x faster?" → training.)
    const facts = elsewhere
      ? [...answer.facts, ...both.facts.filter((f) => !answer.facts.includes(f))]
      : [...answer.facts.filter(stating), ...answer.facts.filter((f) => !stating(f))];
    return { ...answer, facts, verdict: holds ? 'yes' : 'no' };
  },
  examples: {
    en: [
      'Is the H100 about 2.3x faster than the A100 for 16-bit training?',
      'is inference 2.3x faster on h100?',
    ],
    zh: ['文章是不是说 H100 推理比 A100 快 2.3 倍？', 'H100 训练快 2.3 倍吗'],
  },
} as const satisfies Intent;
