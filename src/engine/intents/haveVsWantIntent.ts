import { overview } from '../answers/overview.js';
import type { Intent } from './intent.js';
import { figureOf } from './figures.js';

/** "Google Cloud has how many vs how many it wants?": both of one entity's figures, side by side. */
export const haveVsWantIntent = {
  id: 'have-vs-want',
  cues: { demand: 1, holdings: 1 },
  patterns: [{ re: /\bvs\.?\b|\bversus\b|\bcompared\b|\band\b|对比|相比|比|差|和|跟/u, weight: 1 }],
  // Only for an entity with a figure to show ("the article has a section on AMD" is not about holdings).
  needs: (s, ctx) =>
    s.named.length === 1 &&
    s.has('demand') &&
    s.named.some(
      (e) => figureOf(ctx, e, 'demand') !== undefined || figureOf(ctx, e, 'holdings') !== undefined,
    ) &&
    /\b(?:has|have|had|holds?|owns?|got)\b|\bsitting on\b|\b(?:in|on) hand\b|(?<!文章|原文|没|沒)有|手上|手里|囤/u.test(
      s.reading.text,
    ),
  fit: () => 0.6,
  run: (ctx, s) => {
    const [entity] = s.named;
    return entity === undefined ? undefined : overview(ctx, entity);
  },
  examples: {
    en: ['goog cloud has how many H100s vs how many it wants?'],
    zh: ['谷歌云手上有多少 H100 跟想要的比呢'],
  },
} as const satisfies Intent;
