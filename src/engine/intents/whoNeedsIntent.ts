import type { Entity, Fact } from '../../knowledge/schema.js';
import { topic } from '../answers/topic.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';
import { leftOut, statesANumber, topicScore } from './signals.js';

/** Every buyer asked for: "which orgs", "which companies", "哪些公司". */
// ("list the companies the article says need 1000+ H100s": the list asked for outright.)
const WHICH_ORGS =
  /\bwhich (?:orgs|organi[sz]ations|companies|firms|outfits)\b|\b(?:list|name|give me)\s+(?:all\s+)?(?:the\s+)?(?:orgs|organi[sz]ations|companies|firms|players)\b|列出(?:那些|哪些)?公司|\bwhat (?:kinds?|sorts?|types?) of (?:orgs?|organi[sz]ations?|compan(?:y|ies)|firms?|outfits?|startups?|players?)\b|哪些公司|哪些机构|哪几家公司|哪类公司|哪類公司|哪种公司|哪種公司|什么样的公司|什麼樣的公司|咩公司/u;

/** "Who needs H100s?", "which clouds need 1,000+?": §02's list of buyers. */
export const whoNeedsIntent = {
  id: 'who-needs',
  // (The Chinese companies needing H800s are what the total leaves out, not one of §01's lists.)
  cues: { whoNeeds: topicScore(2), china: -1.5 },
  // ("which companies have the smallest individual ask": the extreme of a figure, not the list.)
  patterns: [
    {
      re: /\b(?:smallest|biggest|largest|fewest|most|least|highest|lowest)\b|最多|最少|最大|最小/u,
      weight: -1.5,
    },
    // ("does meta want more than cohere?", "who wants more, meta or cohere?": two set against each
    // other, not the list; "more than 1000" is the list's bar.)
    {
      re: /\b(?:wants?|needs?|has|have|got)\s+more\b(?!\s+than\s+[\d$])|\bmore (?:(?:h100|a100|gpu|card)s?\s+)?than\s+(?![\d$])/u,
      weight: -2,
    },
  ],
  // "Who's in the 100+ bucket?": a bar drawn by the article's lists is a who-needs question too.
  // ("which orgs need 1000+ H100s — is it just the LLM startups like oai?": the whole list asked, with a
  // guess at part of it.)
  needs: (s, ctx) =>
    s.has('whoNeeds') ||
    barChecked(ctx, s) !== undefined ||
    (WHICH_ORGS.test(s.reading.text) && s.amounts.some((a) => a.role === 'threshold')) ||
    (s.has('who') &&
      s.named.length === 0 &&
      (s.has('demand') || s.amounts.some((a) => a.role === 'threshold'))) ||
    // "Besides OpenAI, which LLM startups are there?": a group of §01's lists, asked who is in it.
    (s.has('who') && s.named.length === 1 && (s.named[0]?.members.length ?? 0) > 0 && !s.yesNo),
  // "needing 1,000+", "100 张以上": the bars §01's lists are drawn at.
  fit: (s, ctx) =>
    (s.has('whoNeeds') ? 0 : topicScore(2)) +
    (s.amounts.some((a) => a.role === 'threshold') ? 1 : 0) +
    (WHICH_ORGS.test(s.reading.text) ? 1 : 0) +
    (barChecked(ctx, s) !== undefined ? 1.5 : 0),
  run: (ctx, s) => {
    // "startups fine-tuning open models need 1000+, right?": no, the article's bar for them is 100.
    const checked = barChecked(ctx, s);
    if (checked !== undefined) {
      const answer = topic(ctx, ['who-needs'], checked.entity, (f) => f.subject === checked.entity.id);
      const holds = answer.facts.some(
        (f) =>
          f.subject === checked.entity.id &&
          f.quantity !== undefined &&
          'value' in f.quantity &&
          f.quantity.value === checked.bar,
      );
      return { ...answer, verdict: holds ? 'yes' : 'no' };
    }
    const target = WHICH_ORGS.test(s.reading.text)
      ? undefined
      : (s.ofKind('company', 'group', 'foundry')[0] ?? s.ofKind('cloud')[0] ?? s.named[0]);
    const answer = topic(
      ctx,
      ['who-needs'],
      target,
      s.has('cloud') ? (f) => involvesACloud(ctx, f) : statesANumber(s),
    );
    // "Who besides the big 4 clouds…": a list line naming only what is left out is left out too.
    const left = leftOut(ctx, s);
    const kept = (f: Fact) => {
      const about = [f.subject, ...f.objects].filter((id): id is string => id !== undefined);
      return about.length === 0 || about.some((id) => !left.has(id));
    };
    const listed = left.size === 0 ? answer : { ...answer, facts: answer.facts.filter(kept) };
    // "特斯拉是需要1000张以上的公司吗": yes when the list names it.
    const named =
      target !== undefined &&
      listed.facts.some((f) => f.subject === target.id || f.objects.includes(target.id));
    if (!(s.yesNo && named) || target === undefined) return listed;
    // ("Does Mistral need more than 1000 H100s?": yes, and the 10k it wants, said beside the list.)
    const own = figureOf(ctx, target, 'demand')?.facts ?? [];
    const [line, ...rest] = listed.facts;
    const facts = [
      ...(line === undefined ? [] : [line]),
      ...own.filter((f) => f !== line),
      ...rest.filter((f) => !own.includes(f)),
    ];
    return { ...listed, facts, verdict: 'yes' };
  },
  examples: {
    en: ['Which companies need more than 1,000 H100s?', 'who needs H100s?'],
    zh: ['谁需要H100', '哪些公司需要上千张H100'],
  },
} as const satisfies Intent;

/**
 * A bar put to one of §01's buyers, yes or no: "does a startup fine-tuning open models need 1000+?". The
 * buyer must be one a §01 list line is about, so the bar is checked against the article's own.
 */
function barChecked(ctx: AskContext, s: Slots): { entity: Entity; bar: number } | undefined {
  if (!s.yesNo || s.named.length !== 1) return undefined;
  const bar = s.amounts.find((a) => a.role === 'threshold');
  const [entity] = s.named;
  if (bar === undefined || entity === undefined) return undefined;
  const listed = ctx.kb.facts.some((f) => f.topic === 'who-needs' && f.subject === entity.id);
  return listed ? { entity, bar: bar.value } : undefined;
}

/** True when a fact is about a cloud, or about a group of clouds ("which clouds need 1,000+?"). */
function involvesACloud(ctx: AskContext, fact: Fact): boolean {
  return [fact.subject, ...fact.objects].some((id) => ctx.kb.entityById.get(id ?? '')?.kind === 'cloud');
}
