import { cloudsOfCompanies } from '../answers/cloudsOfCompanies.js';
import type { Intent } from './intent.js';

/** Both clouds at once: "on both AWS and Google Cloud", "同时用 AWS 和谷歌云", "两家都用". */
const BOTH = /\bboth\b|\bas well as\b|\bat the same time\b|同时|同時|都用|都在|两家都|兩家都|两个都|兩個都/u;

/** "Who's on both AWS and Google Cloud?": each company the article lists on every cloud named. */
export const cloudOverlapIntent = {
  id: 'cloud-overlap',
  cues: { who: 0.8, use: 0.8, cloud: 0.3, demand: -1, howMany: -1, value: -1.5 },
  patterns: [{ re: BOTH, weight: 2.5 }],
  needs: (s) =>
    s.ofKind('cloud').length >= 2 &&
    s.ofKind('company', 'group').length === 0 &&
    s.counts.length === 0 &&
    BOTH.test(s.reading.text),
  run: (ctx, s) => {
    const clouds = s.ofKind('cloud').map((c) => c.id);
    return cloudsOfCompanies(ctx, (usage) => clouds.every((c) => usage.objects.includes(c)));
  },
  examples: {
    en: ["who's on both aws and google cloud", 'which labs use azure as well as coreweave?'],
    zh: ['哪家公司同时用 AWS 和谷歌云？', 'Azure 和 CoreWeave 两家都用的是谁'],
  },
} as const satisfies Intent;
