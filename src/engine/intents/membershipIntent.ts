import { membership } from '../answers/membership.js';
import type { Intent } from './intent.js';

/** "Is Oracle one of the three big clouds?": a group's list checked for an entity. */
export const membershipIntent = {
  id: 'membership',
  cues: {},
  patterns: [
    {
      re: /\bone of\b|\bamong\b|\bpart of\b|\bmember\b|\bin the\b|\bcount(?:s|ed)? as\b|属于|之一|算不算|算是|算.{0,10}吗|里面|当中|其中/u,
      weight: 1,
    },
  ],
  needs: (s) =>
    s.yesNo &&
    s.named.some((e) => e.kind === 'group' && e.members.length > 0) &&
    s.named.some((e) => e.kind !== 'group'),
  fit: () => 2.3,
  run: (ctx, s) => {
    const group = s.named.find((e) => e.kind === 'group' && e.members.length > 0);
    const entity = s.named.find((e) => e.kind !== 'group');
    return group === undefined || entity === undefined ? undefined : membership(ctx, group, entity);
  },
  examples: {
    en: ['Is Oracle one of the three big clouds?', 'is coreweave one of the private clouds?'],
    zh: ['甲骨文算三大云巨头吗？', 'Lambda 属于私有云吗'],
  },
} as const satisfies Intent;
