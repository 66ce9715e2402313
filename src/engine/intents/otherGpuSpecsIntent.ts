import { notFound } from '../answers/notFound.js';
import type { Intent } from './intent.js';

/** A spec or a measure of speed asked. */
const SPEC_WORDS =
  /\bspecs?\b|\bmemory\b|\bvram\b|\bhbm\b|\bbenchmark|\bfaster\b|\bslower\b|\bcheaper\b|\bdifferences?\b|\bdiff\b|显存|内存|参数|规格|跑分|区别|差别|不同|差异|差在哪|比.{0,10}(?:快|慢|多|少|便宜)/u;

/** What tells two chips apart: "区别是啥", "what's the difference". */
const TELL_APART = /区别|差别|差异|不同|差在哪|性能差|\bdifferences?\b|\bdiff\b|\bvs\.?\b/u;

/**
 * AMD's chips against the H100 ("MI250 specs", "MI300X 显存"): the article asks why buyers skip AMD but
 * gives no specs, prices or speeds for AMD, so it cannot answer.
 */
export const otherGpuSpecsIntent = {
  id: 'other-gpu-specs',
  cues: { amd: 1.5, compare: 1, factors: 0.8 },
  patterns: [{ re: SPEC_WORDS, weight: 1.5 }],
  // AMD's chips, or the H800 measured against the H100: the article gives neither's specs.
  needs: (s) =>
    s.has('amd') ||
    s.named.some((e) => e.id === 'amd') ||
    (s.gpus.some((g) => g.id === 'h800') && (s.has('compare', 'factors') || TELL_APART.test(s.reading.text))),
  // ("h100和h800区别是啥": what tells the H800 from the H100 is asked, not who buys it.)
  // (AMD's chip named is the more specific reading than a spec word the article lacks: "MI300X有多少显存".)
  fit: (s) =>
    (s.gpus.some((g) => g.id === 'h800') && TELL_APART.test(s.reading.text) ? 1.5 : 0) +
    (s.has('amd') && SPEC_WORDS.test(s.reading.text) ? 4 : 0),
  run: (ctx, s) => {
    const h800 = s.gpus.find((g) => g.id === 'h800');
    if (!s.has('amd') && h800 !== undefined) return notFound(ctx, { what: 'specs', entity: h800 });
    return notFound(ctx, s.reading.cueWords.get('amd')?.[0] ?? 'AMD', []);
  },
  examples: {
    en: ["How does AMD's MI250 compare to the H100 on specs?", 'is the mi300 faster than h100'],
    zh: ['MI300X有多少显存,比H100多多少?', 'AMD 的卡比 H100 慢多少'],
  },
} as const satisfies Intent;
