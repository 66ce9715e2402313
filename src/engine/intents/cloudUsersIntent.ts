import { cloudUsers } from '../answers/cloudUsers.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';
import { asksWhatIsHeld, unknownOnlyInContext } from './signals.js';

/** Every company asked of: "each AI company", "every company", "每家AI公司". */
const EACH_COMPANY =
  /\b(?:each|every|all (?:the )?)\s*(?:ai\s+)?(?:compan(?:y|ies)|lab|labs|startup|startups)\b|每家(?:ai)?公司|各家(?:ai)?公司/u;

/** Every company on a cloud asked for: "every company the article says is on AWS", "all the labs running on GCP". */
const EVERY_USER =
  /\b(?:every|each|all(?: the)?)\s+(?:ai\s+)?(?:compan(?:y|ies)|labs?|startups?|firms?)\b[^.?]{0,40}\b(?:on|using|uses|use|runs?|running)\b|\bwhich (?:ai )?(?:compan(?:y|ies)|labs|startups|firms)\b[^.?]{0,24}\b(?:are|is) (?:on|using)\b/u;

/** "还有谁也在上面?", "who else is on it": the users past the company carried from the part before. */
const WHO_ELSE =
  /\bwho else\b|\b(?:any(?:one|body)|some(?:one|body)) else\b|\bany other (?:compan|labs?|startups?|firms?|customers?)|还有谁|還有誰|还有哪些|還有哪些|还有哪几家|還有哪幾家|其他公司|其他哪些/u;

function othersAsked(s: Slots): boolean {
  return (
    WHO_ELSE.test(s.reading.text) &&
    s.reading.entities.every((m) => m.entity.kind !== 'company' || m.start < 0)
  );
}

/** Which AI companies the article lists on a cloud ("who's on AWS?", "谁在用微软云"). */
export const cloudUsersIntent = {
  id: 'cloud-users',
  cues: { who: 1.2, use: 0.8, demand: -0.8, howMany: -1.5, value: -1.5, allocation: -1 },
  patterns: [
    {
      re: /\bwhich (?:ai )?compan(?:y|ies)\b|\bwho(?:'s| is| are)? (?:on|using|uses|runs on|running on)\b|\busers\b|\bcustomers\b|\bclients\b|\btenants\b|\bwho else\b|谁在用|谁用|哪些公司|哪几家|客户|用户|还有谁|還有誰|还有哪些|还有哪几家|谁.{0,6}(?:同一|一样)/u,
      weight: 1.2,
    },
    // "用 Google Cloud 嘅 AI 公司有邊幾間?": which companies, though 几 also cues a count (and 有 holdings).
    // (Cantonese "边几间公司", "边间公司".)
    {
      re: /(?:公司|实验室|团队).{0,4}[哪边邊](?:几|些)|[哪边邊]几间|[哪边邊](?:间|間|些|啲|几个|家)\s*(?:ai\s*)?公司/u,
      weight: 3.5,
    },
    // "CoreWeave 有咩大客?", "哪些客户": a cloud's customers are the companies on it (有 cues a holding too).
    { re: /客户|客戶|大客|(?:哪些|边些|邊啲|些|咩|什么)客/u, weight: 2 },
    // "every company the article says is on AWS", "all the labs running on GCP".
    { re: EVERY_USER, weight: 2 },
    // "How many of the companies use AWS?", "几家在用 Azure", "幾多間公司用AWS": a count of users, not of GPUs.
    {
      re: /\bhow many (?:of (?:the|them|those) )?(?:listed )?(?:ai )?(?:compan|cos\b|labs|startups|firms|shops|orgs)|\b(?:shops|orgs|outfits),? how many\b|\bhow many (?:are|is) (?:on|using)\b|几家|多少家|幾家/u,
      weight: 3.5,
    },
    // ("用 Azure 的公司一共几家?": the companies counted, not what they add up to.)
    { re: /公司.{0,4}(?:一共|总共|共|加起来)\s*(?:有)?\s*(?:几|多少|几多)\s*(?:家|间|个)/u, weight: 3 },
    // "有多少个公司用谷歌云": the companies counted, which outweighs the count its 多少 cues.
    { re: /(?:几|多少|几多)(?:间|个|家)?\s*(?:ai\s*)?公司/u, weight: 5 },
  ],
  // One cloud, or none with a cloud word ("which clouds do the AI labs use?": every cloud's users).
  // (Companies named beside "every company on Azure" are the user's own partial list: "my list only has oai".)
  needs: (s, ctx) =>
    (s.ofKind('company').length === 0 || EVERY_USER.test(s.reading.text) || othersAsked(s)) &&
    // ("coreweave has 35-40k H100s... who's actually using coreweave?": a count said before the question.)
    s.counts.every((c) => !s.asking.at(c.start)) &&
    !s.yesNo &&
    (s.ofKind('cloud').length === 1 ||
      (s.named.length === 0 && s.has('cloud') && s.has('use', 'who') && unknownOnlyInContext(s)) ||
      // ("list the clouds each AI company uses": the clouds as such, of every company on the list.)
      (s.named.length === 1 &&
        s.named.every(
          (e) =>
            e.kind === 'group' &&
            e.members.length > 0 &&
            e.members.every((id) => ['cloud', 'group'].includes(ctx.kb.entityById.get(id)?.kind ?? '')),
        ) &&
        s.has('use') &&
        EACH_COMPANY.test(s.reading.text))),
  // A cloud with "use" or "who" and no figure word is asked for its users, whatever else is said.
  fit: (s) => (s.has('use', 'who') && !s.has('howMany', 'demand', 'value') && !asksWhatIsHeld(s) ? 1.2 : 0),
  run: (ctx, s) => cloudUsers(ctx, s.ofKind('cloud')[0]),
  examples: {
    en: ['which companies in the article are on AWS?', 'and who uses google cloud?'],
    zh: ['谁在用微软云', '哪些公司在用亚马逊云？'],
  },
} as const satisfies Intent;
