import type { Entity } from '../../knowledge/schema.js';
import { cloudTally } from '../answers/cloudTally.js';
import type { AskContext } from '../context.js';
import type { Intent } from './intent.js';

const COUNTING_USERS =
  /(?:列表|名单|名單|清单|清單|\blist)[^?？]{0,12}(?:几家|幾家|多少家)(?:公司)?|\bhow many (?:ai )?(?:companies|cos|names) (?:are |does it |do they )?(?:in|on|name|list)\b[^?]{0,12}\blist\b|\b(?:most|fewest|how many(?: of the(?: listed)?)?) (?:ai )?(?:companies|cos|customers|clients|users|labs|startups)\b|\bshows? up the most\b|\bmost (?:popular|used|common)\b|几家客户|多少家客户|(?:公司|客户|客戶|用户|用戶)(?:数|數)(?:量)?|几家公司在用|多少家公司|最多.{0,6}(?:公司|客户)|(?:公司|客户|用户)(?:数)?最多|被最多|排第几/u;

/** Users counted, whichever clouds are named. */
const HOW_MANY_USERS =
  /\bhow many (?:ai )?(?:companies|cos|customers|clients|users|labs|startups)\b|几家|多少家/u;

/** Two clouds set against each other by their users. */
const USERS_COMPARED =
  /用的?(?:公司|客户|用户)多|(?:多|少)(?:几|多少)家|\bhow many more (?:ai )?(?:companies|customers|clients|users|labs)\b|(?:公司|客户|用户)(?:比较)?多|\bmore (?:ai )?(?:companies|customers|clients|users|labs)\b/u;

/** Whether a group is of clouds only (the big clouds, the private clouds, all the clouds). */
function cloudsOnly(ctx: AskContext, group: Entity): boolean {
  return group.members.every((id) => {
    const member = ctx.kb.entityById.get(id);
    return member?.kind === 'cloud' || (member?.kind === 'group' && cloudsOnly(ctx, member));
  });
}

/** "Which cloud do the most AI companies use?", "Azure 有几家客户?": the clouds by how many users. */
export const cloudTallyIntent = {
  id: 'cloud-tally',
  cues: { cloud: 0.5, use: 0.5, howMany: -0.5, demand: -1.5, holdings: -1 },
  patterns: [
    {
      re: new RegExp(`${COUNTING_USERS.source}|${USERS_COMPARED.source}`, 'u'),
      // Counting a cloud's users outranks the GPU ranking its "most" would otherwise suggest.
      weight: 4,
    },
  ],
  // Clouds compared by their users: one cloud named ("Azure 有几家客户") or none.
  // ("甲骨文用的公司多还是谷歌云用的公司多", "does aws or azure have more customers": two clouds by their users.)
  needs: (s, ctx) =>
    (COUNTING_USERS.test(s.reading.text) || USERS_COMPARED.test(s.reading.text)) &&
    (s.has('cloud') || s.ofKind('cloud').length > 0 || s.ofKind('group').some((g) => cloudsOnly(ctx, g))) &&
    // ("rank the clouds by how many companies use them": the clouds as a group name no user.)
    s.ofKind('company').length === 0 &&
    s.ofKind('group').every((g) => cloudsOnly(ctx, g)) &&
    // ("how many companies are on AWS vs Azure vs Google Cloud?": each cloud's users counted.)
    (s.ofKind('cloud').length <= 1 ||
      HOW_MANY_USERS.test(s.reading.text) ||
      (s.ofKind('cloud').length === 2 && USERS_COMPARED.test(s.reading.text))) &&
    s.counts.length === 0,
  // ("rank the clouds by how many companies use them": ranked by their users, not by GPUs.)
  fit: (s) => (/\bby how many\b|按.{0,6}(?:几家|幾家|多少家)/u.test(s.reading.text) ? 1 : 0),
  run: (ctx) => cloudTally(ctx),
  examples: {
    en: [
      'which cloud provider shows up the most in the cloud list, and for how many companies?',
      'which cloud do the most AI companies use?',
    ],
    zh: ['哪个云被最多 AI 公司用？', 'Azure 有几家客户？排第几？'],
  },
} as const satisfies Intent;
