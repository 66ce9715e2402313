import { overview } from '../answers/overview.js';
import type { Intent } from './intent.js';
import { unknownOnlyInContext } from './signals.js';

/** "Tell me about CoreWeave", "介绍一下Meta": every fact about one entity. */
export const overviewIntent = {
  id: 'overview',
  cues: {},
  patterns: [
    {
      re: /\btell me about\b|\bwhat about\b|\bwhat do you know about\b|\binfo on\b|介绍|情况|怎么样|的事/u,
      weight: 0.6,
    },
  ],
  needs: (s) => s.named.length > 0 && unknownOnlyInContext(s),
  // The reading of last resort for a name: any question asking something in particular scores higher.
  fit: () => 0.9,
  run: (ctx, s) => {
    const target = s.ofKind('company', 'group', 'foundry')[0] ?? s.ofKind('cloud')[0] ?? s.named[0];
    return target === undefined ? undefined : overview(ctx, target);
  },
  examples: {
    en: ['Tell me about CoreWeave', 'what about Lambda?'],
    zh: ['介绍一下Meta的情况', 'Inflection 呢'],
  },
} as const satisfies Intent;
