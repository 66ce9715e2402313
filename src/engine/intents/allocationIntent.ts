import { holdings } from '../answers/holdings.js';
import type { Intent } from './intent.js';

const WHERE_GO = /\bwhere (?:do|does|did|will) .{1,40}\bgo\b/u;

/** "How many H100s did Nvidia allocate to CoreWeave?": the allocations the article reports. */
export const allocationIntent = {
  id: 'allocation',
  cues: { allocation: 2.05 },
  patterns: [{ re: WHERE_GO, weight: 2.05 }],
  needs: (s) =>
    (s.has('allocation') || WHERE_GO.test(s.reading.text)) && s.named.some((e) => e.kind !== 'model'),
  run: (ctx, s) => {
    const target = s.ofKind('company', 'group', 'foundry')[0] ?? s.ofKind('cloud')[0];
    return target === undefined ? undefined : holdings(ctx, target, (f) => f.metric === 'gpu-allocation');
  },
  examples: {
    en: ["how much of azure's gpus go to openai", 'where do CoreWeave’s H100s go?'],
    zh: ['微软云的GPU都流向谁', 'CoreWeave 的卡分配给谁'],
  },
} as const satisfies Intent;
