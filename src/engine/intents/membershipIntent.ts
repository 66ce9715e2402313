import { membership } from '../answers/membership.js';
import type { Intent } from './intent.js';

/** Which of two lists it is on: "is coreweave a public cloud or a private one?", "甲骨文属于三大云还是私有云". */
const CHOICE_OF_LISTS = /\bis\b.{0,40}\ban?\b.{0,40}\bor\b|(?:属于|算|是).{0,16}还是/u;

/** "Is Oracle one of the three big clouds?": a group's list checked for an entity. */
export const membershipIntent = {
  id: 'membership',
  cues: {},
  patterns: [
    {
      re: /\bone of\b|\bamong\b|\bpart of\b|\bmember\b|\bin the\b|\bcount(?:s|ed)? as\b|属于|之一|算不算|算是|算.{0,10}吗|里面|当中|其中/u,
      weight: 1,
    },
    // "is coreweave a public cloud or a private one?", "甲骨文属于三大云还是私有云": which list it is on.
    { re: CHOICE_OF_LISTS, weight: 2 },
  ],
  needs: (s) =>
    (s.yesNo || CHOICE_OF_LISTS.test(s.reading.text)) &&
    s.named.some((e) => e.kind === 'group' && e.members.length > 0) &&
    s.named.some((e) => e.kind !== 'group'),
  fit: () => 2.3,
  run: (ctx, s) => {
    const entity = s.named.find((e) => e.kind !== 'group');
    // Of two lists put as a choice, the one it is on.
    const groups = s.named.filter((e) => e.kind === 'group' && e.members.length > 0);
    const group = groups.find((g) => entity !== undefined && g.members.includes(entity.id)) ?? groups[0];
    return group === undefined || entity === undefined ? undefined : membership(ctx, group, entity);
  },
  examples: {
    en: ['Is Oracle one of the three big clouds?', 'is coreweave one of the private clouds?'],
    zh: ['甲骨文算三大云巨头吗？', 'Lambda 属于私有云吗'],
  },
} as const satisfies Intent;
