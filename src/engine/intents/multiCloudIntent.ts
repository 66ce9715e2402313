import { cloudsOfCompanies } from '../answers/cloudsOfCompanies.js';
import type { Intent } from './intent.js';

/** More than one cloud asked of: "two clouds", "multi-cloud", "同时用两家云", "不止一家云". */
const SEVERAL_CLOUDS =
  /\b(?:two|2|both|multiple|several|more than one|many|different) (?:clouds?|cloud providers?|providers?|hyperscalers?)\b|\bmulti[- ]?cloud\b|\bmore than one cloud\b|(?:两|兩|2|多|几|幾)(?:家|个|個|朵)?(?:云|雲)|不止(?:用|在)?一(?:家|个|個)?(?:云|雲)|同时用|同時用/u;

/** "Which companies use two clouds?", "哪些公司同时用两家云?": each company the article lists on more than one cloud. */
export const multiCloudIntent = {
  id: 'multi-cloud',
  cues: { who: 0.8, use: 0.5, cloud: 0.3, demand: -1, howMany: -0.5 },
  patterns: [{ re: SEVERAL_CLOUDS, weight: 3 }],
  // Asked of the companies, so none is named (one named asks its own clouds: "does Anthropic use two clouds?").
  needs: (s) => s.named.length === 0 && SEVERAL_CLOUDS.test(s.reading.text) && s.counts.length === 0,
  run: (ctx) => cloudsOfCompanies(ctx, (usage) => new Set(usage.objects).size > 1),
  examples: {
    en: ['which companies use two clouds?', "who's multi-cloud in the article?"],
    zh: ['哪些公司同时用两家云？', '有谁不止用一家云'],
  },
} as const satisfies Intent;
