import { notFound } from '../answers/notFound.js';
import type { Intent } from './intent.js';

/**
 * "How many H800s does ByteDance want?": the article names the demand but gives no number, so the
 * count asked for is not in it.
 */
export const noFigureIntent = {
  id: 'no-figure',
  cues: { howMany: 1.5, demand: 0.5 },
  patterns: [],
  needs: (s, ctx) =>
    s.named.length === 1 &&
    s.named.every((e) => {
      const facts = ctx.kb.facts.filter((f) => f.subject === e.id);
      return (
        facts.length > 0 &&
        facts.every((f) => f.quantity === undefined) &&
        facts.some((f) => f.topic === 'not-counted')
      );
    }),
  fit: () => 1.5,
  run: (ctx, s) => {
    const [entity] = s.named;
    if (entity === undefined) return undefined;
    const [gpu] = s.gpus;
    return notFound(ctx, { what: 'demand', entity, ...(gpu === undefined ? {} : { gpu }) }, [entity]);
  },
  examples: {
    en: ['how many h800s does bytedance want', 'how many GPUs do the finance companies need?'],
    zh: ['百度要多少张h800', '腾讯需要几张 H800'],
  },
} as const satisfies Intent;
