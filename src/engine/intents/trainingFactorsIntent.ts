import { topic } from '../answers/topic.js';
import type { Intent } from './intent.js';
import { cueAsked, speedupNamed } from './signals.js';

/** Why buyers prefer the H100 for training beyond speed: the article's list of what they look at. */
export const trainingFactorsIntent = {
  id: 'training-factors',
  // (A factor named only in the context around the question, "p99 latency is meh. How much faster is
  // H100…?", asks for no factors: it counts where the message asks.)
  cues: { prefer: 1.5, popular: 1 },
  patterns: [
    {
      re: /\bbesides\b|\bother than\b|\bapart from\b|\breasons?\b|\bwhy\b|除了|原因|理由|为什么|为啥|为何/u,
      weight: 0.8,
    },
  ],
  // Both GPUs: the article's factors explain the H100 over the A100 ("why the shortage" is supply).
  // "What do companies care about when choosing GPUs?" names neither.
  needs: (s) => {
    if (s.named.length > 0) return false;
    const h100 = s.gpus.some((g) => g.id === 'h100');
    return (
      cueAsked(s, 'factors') ||
      (h100 && s.gpus.some((g) => g.id === 'a100')) ||
      (h100 && s.has('prefer') && !s.has('gap', 'supply', 'foundry', 'compare'))
    );
  },
  // (The speed-up asked by name, "…why h100 matters more for serving. whats the inference speedup",
  // is what is asked; the factors the context mentions are not.)
  // ("为什么大家最想要H100?": why it is the most wanted, with no A100 or training said, is the article's
  // reasons for its choice of GPU, not what training buyers weigh.)
  fit: (s) =>
    0.6 +
    (cueAsked(s, 'factors') ? 2 : 0) -
    (speedupNamed(s) ? 2.5 : 0) -
    (s.has('popular') && !s.has('training') && !s.gpus.some((g) => g.id === 'a100') ? 2 : 0),
  run: (ctx, s) =>
    topic(
      ctx,
      ['training-factors'],
      s.gpus.find((g) => g.id === 'a100'),
    ),
  examples: {
    en: [
      'why do ppl prefer h100 over a100 for training (besides raw speed)',
      'what do buyers look at when picking H100 for training',
    ],
    zh: ['H100 比 A100 受欢迎除了快还有啥原因', '训练时大家看重 H100 的哪些指标'],
  },
} as const satisfies Intent;
