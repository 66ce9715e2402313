import { notFound } from '../answers/notFound.js';
import { topic } from '../answers/topic.js';
import type { Intent } from './intent.js';

/**
 * "What does an H100 cost?", "what price does the article give for an A100?": the article prices the
 * H100 alone (about $35,000); any other GPU's price is not in it.
 */
export const gpuPriceIntent = {
  id: 'gpu-price',
  cues: { value: 1.2, each: 0.3, total: -1.5, gap: -1.5 },
  patterns: [
    {
      re: /\bprice\b.{0,40}\b(?:of|for)\b|\bcost of an?\b|\bhow much (?:is|does) an?\b|\bper (?:gpu|card)\b|多少钱一张|一张多少钱|单价|售价/u,
      weight: 1,
    },
  ],
  needs: (s) => s.gpus.length === 1 && s.named.length === 0 && s.price === undefined && s.counts.length === 0,
  fit: () => 0.5,
  run: (ctx, s) => {
    const [gpu] = s.gpus;
    if (gpu === undefined) return undefined;
    const priced = ctx.kb.facts.some((f) => f.topic === 'price' && f.subject === gpu.id);
    return priced ? topic(ctx, ['price']) : notFound(ctx, { what: 'price', entity: gpu });
  },
  examples: {
    en: ['What price does the article give for an A100?', 'how much does an H100 cost per the article?'],
    zh: ['文章里 H100 一张多少钱？', 'A100 的单价是多少'],
  },
} as const satisfies Intent;
