import { compare } from '../answers/compare.js';
import type { Intent } from './intent.js';
import { topicScore } from './signals.js';

/** "How much faster is an H100 than an A100?", "16位推理快多少": the article's speed-ups. */
export const speedupIntent = {
  id: 'speedup',
  cues: {},
  patterns: [],
  needs: (s) =>
    s.named.length === 0 &&
    ((s.gpus.some((g) => g.id === 'h100') && s.gpus.some((g) => g.id === 'a100')) ||
      (s.has('compare') && (s.gpus.length > 0 || s.has('inference', 'training'))) ||
      (s.has('inference', 'training') && s.gpus.length > 0)),
  // Both GPUs or a speed word make it the speed-up question; a workload and a GPU alone, barely.
  fit: (s) =>
    (s.gpus.some((g) => g.id === 'h100') && s.gpus.some((g) => g.id === 'a100')) || s.has('compare')
      ? topicScore(7)
      : 1,
  run: (ctx, s) => compare(ctx, s.workload, s.counts[0]?.value),
  examples: {
    en: ['How much faster is an H100 than an A100?', 'inference speedup of H100 over A100'],
    zh: ['H100 比 A100 快多少', '16位推理快多少'],
  },
} as const satisfies Intent;
