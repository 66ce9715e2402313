import type { Entity } from '../../knowledge/schema.js';
import { membership } from '../answers/membership.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';

/** The groups of clouds whose list holds the named cloud or company ("Oracle": another public cloud). */
function listsOf(ctx: AskContext, s: Slots): Entity[] {
  const entity = s.named.find((e) => e.kind !== 'group');
  if (entity === undefined) return [];
  return ctx.kb.entities.filter((g) => g.kind === 'group' && g.members.includes(entity.id));
}

/** Which of two lists it is on: "is coreweave a public cloud or a private one?", "甲骨文属于三大云还是私有云". */
const CHOICE_OF_LISTS =
  /\bis\b.{0,40}\b(?:an?|in|on|part of|one of|among)\b.{0,40}\bor\b|(?:属于|算|是|在).{0,16}(?:还是|還是|定係)/u;

/** Which kind of cloud it is asked: "Oracle 算哪类云", "Lambda - public or private cloud?". */
const KIND_ASKED =
  /哪类云|哪類雲|哪种云|哪種雲|什么类型的云|什么类的云|什么云类|公有(?:云)?还是私有|私有(?:云)?还是公有|\b(?:what|which) (?:kind|type|sort|category) of cloud\b|\bpublic or private\b|\bprivate or public\b/u;

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
  // ("Oracle 算哪类云": the kind asked, with no list named, is the list the article puts it on.)
  needs: (s, ctx) =>
    s.named.some((e) => e.kind !== 'group') &&
    ((KIND_ASKED.test(s.reading.text) && listsOf(ctx, s).length > 0) ||
      ((s.yesNo || CHOICE_OF_LISTS.test(s.reading.text)) &&
        // ("…private cloud CEOs about AMD?": a company is no candidate for a list of clouds.)
        s.named.some(
          (g) =>
            g.kind === 'group' &&
            g.members.length > 0 &&
            s.named.some(
              (e) => e.kind !== 'group' && e.kind === ctx.kb.entityById.get(g.members[0] ?? '')?.kind,
            ),
        ))),
  fit: (s) => (KIND_ASKED.test(s.reading.text) ? 3 : 2.3),
  run: (ctx, s) => {
    const entity = s.named.find((e) => e.kind !== 'group');
    if (entity !== undefined && KIND_ASKED.test(s.reading.text)) {
      // (The smallest list is the most telling kind: §01's private clouds, not all cloud providers.)
      const [list] = listsOf(ctx, s).sort((a, b) => a.members.length - b.members.length);
      if (list !== undefined) return membership(ctx, list, entity);
    }
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
