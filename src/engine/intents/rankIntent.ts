import type { Entity } from '../../knowledge/schema.js';
import { rankFigures } from '../answers/rankFigures.js';
import { articleFigures } from '../articleFigures.js';
import { EN_NUMBER_WORDS } from '../numberWords/en.js';
import { ZH_NUMBER_WORDS } from '../numberWords/zh.js';
import type { Slots } from '../slots.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';
import { measureOf } from './measureOf.js';
import { gpuRanked, kindsRanked } from './rankedKinds.js';
import { leftOut } from './signals.js';

/** The lead over second place asked: "by how many cards over the runner-up", "比第二名多多少". */
export const RUNNER_UP =
  /\b(?:over|than|ahead of|vs\.?) (?:the )?(?:runner[- ]up|second(?: place)?|#2|no\.? ?2|next one)\b|\blead over\b|比第二(?:名)?多|领先第二|第二名差|跟第二(?:名)?差/u;

/** How many places are asked for: "top 3", "top five", "前三", "前 5 名". */
// ("需求最大的两家", "最多的三个": the first places by a superlative.)
const TOP_N =
  /\b(?:top|bottom)[- ]?(\d{1,2}|[a-z]+)\b|前\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:名|位|家|个|個)?|(?:最大|最多|最高)的\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:名|位|家|个|個)/u;

const FIRST_TWO =
  /第一(?:名)?(?:和|跟|、|,|，)?第二|老大(?:和|跟|、)?老二|\b(?:first|1st) and (?:second|2nd)\b/u;

const EN_UNITS: Readonly<Record<string, number>> = EN_NUMBER_WORDS.units;
const ZH_DIGITS: Readonly<Record<string, number>> = ZH_NUMBER_WORDS.digits;

/** The number of places a ranking is limited to, or undefined for all of them. */
function topOf(text: string): number | undefined {
  // "第一第二分别是谁", "老大老二", "first and second": the first two places.
  if (FIRST_TWO.test(text) && !/第三|\bthird\b/u.test(text)) return 2;
  const m = TOP_N.exec(text);
  const word = m?.[1] ?? m?.[2] ?? m?.[3];
  if (word === undefined) return undefined;
  const n = /^\d+$/u.test(word)
    ? Number(word)
    : (EN_UNITS[word] ?? ZH_DIGITS[word] ?? (word === '十' ? 10 : undefined));
  return n !== undefined && n >= 1 ? n : undefined;
}

const LEAST =
  /(?<!\bat )\bleast\b|\bbottom\b|倒数|倒數|\bfewest\b|\bsmallest\b|\blowest\b|最少|最小|最低|从少到多|由少到多|从小到大|由小到大|从低到高|\bascending\b|\b(?:smallest|fewest|lowest) to (?:largest|biggest|most|highest)\b|\bleast to most\b|\blow to high\b/u;

/** The largest first, said outright: "biggest to smallest" names the smallest only as where it ends. */
const MOST_FIRST =
  /\b(?:biggest|largest|most|highest) to (?:smallest|least|fewest|lowest)\b|\bhigh to low\b|\bdescending\b|从大到小|由大到小|从多到少|由多到少|从高到低|由高到低/u;

/** The higher of the two-figure entity's figures (Meta's 100k), or nothing to pick. */
function highOf(ctx: Parameters<typeof figureOf>[0]): number {
  return articleFigures(ctx.kb).scenario?.high ?? Number.NaN;
}

/** How many companies, clouds and groups the question names to rank, conditions included. */
function ranked(s: Slots): number {
  return new Set(
    s.reading.entities
      .filter((m) => ['company', 'cloud', 'group'].includes(m.entity.kind) && !s.excluded.includes(m.entity))
      .map((m) => m.entity.id),
  ).size;
}

/** The one group a question names to rank within ("云厂商里谁最多"), or nothing. */
function groupRanked(s: Slots): Entity | undefined {
  const [only] = s.named;
  return s.named.length === 1 && only?.kind === 'group' && only.members.length >= 2 ? only : undefined;
}

/** A group's members; for holdings, a member that is itself a group stands for its own members. */
function membersToRank(ctx: Parameters<typeof figureOf>[0], group: Entity, holdings: boolean): Entity[] {
  return group.members.flatMap((id) => {
    const member = ctx.kb.entityById.get(id);
    if (member === undefined) return [];
    return holdings && member.members.length > 0 ? membersToRank(ctx, member, holdings) : [member];
  });
}

/** Words of an order asked: "most", "top 3", "rank", "最多", "排序". */
const RANK_WORDS = new RegExp(
  String.raw`\bmost\b|(?<!\bat )\bleast\b|\bfewest\b|\brank(?:ed|ing|s)?\b|\btop(?![- ](?:end|of))(?: \d+)?\b|\bbottom(?![- ](?:end|of|line))(?: \d+)?\b|倒数|倒數|\bbiggest\b|\blargest\b|\bsmallest\b|\bhighest\b|\blowest\b|\bsort(?:ed)?\b|\border(?:ed)? by\b|\bleaderboard\b|最多|最少|最大|最小|排序|排名|排个序|排一下|前[三五十\d]|前[二两四六七八九](?:名|位|家|个|個)|谁第一|第一名|${FIRST_TWO.source}`,
  'u',
);

/** Every entity with a figure, ranked; "which company wants the most", "rank the clouds by H100s". */
export const rankIntent = {
  id: 'rank',
  cues: { popular: -3 },
  patterns: [
    // "最大的瓶颈", "the biggest bottleneck": a superlative of a topic, not of a figure.
    {
      re: /(?:最大|最主要)的?\s*(?:瓶颈|问题|原因|限制|障碍)|\b(?:biggest|largest|main) (?:bottleneck|problem|issue|reason|constraint|blocker)\b/u,
      weight: -3,
    },
    // ("把这些云按用它们的公司数排一下": ranked by how many use them, which the cloud tally counts.)
    {
      re: /(?:公司|客户|客戶|用户|用戶)(?:数|數)|\bby how many (?:of the (?:listed )?)?(?:ai )?(?:companies|customers|users|clients)\b/u,
      weight: -4,
    },
    // An order asked for outright beats the sum its "合计" would otherwise suggest.
    {
      re: /从大到小|由大到小|从多到少|由多到少|从小到大|由小到大|从少到多|由少到多|从高到低|由高到低|从低到高|由低到高|怎么排|排列|\bbiggest to smallest\b|\blargest to smallest\b|\bin order\b|\bdescending\b|\bascending\b/u,
      weight: 4,
    },
    {
      re: RANK_WORDS,
      weight: 3,
    },
  ],
  // One named entity makes it a lookup ("who gets most of Azure's?"); two, a comparison; none or
  // three and more, a ranking (of all, or of those named).
  // (Meta named with the figure to count it at, "Meta (25k figure)", is a condition and still one named.)
  // ("按 Meta 2.5 万来算, 前三是谁": Meta named only to set its figure ranks everyone.)
  needs: (s, ctx) =>
    s.named.length === 0 ||
    groupRanked(s) !== undefined ||
    ranked(s) >= 3 ||
    (s.scenario !== undefined && s.named.every((e) => e.id === articleFigures(ctx.kb).scenario?.entityId)),
  // ("…feel like the most 'real' demand to me. add those four up": a superlative in the context around
  // the question orders nothing.)
  // ("rank openai, meta, and anthropic + helsing + mistral + character combined": an order asked of items
  // one of which is a sum, not the sum of them all.)
  fit: (s, ctx) =>
    (ranked(s) >= 3 ? 0.5 : 0) -
    (RANK_WORDS.test(s.reading.text) && !RANK_WORDS.test(s.asking.text) ? 3 : 0) +
    (RANK_WORDS.test(s.asking.text) && addedUpAsOne(ctx, s, s.named).length < s.named.length ? 3 : 0),
  run: (ctx, s) => {
    const measure = measureOf(s);
    const text = s.reading.text;
    const kinds = kindsRanked(text);
    const gpu = gpuRanked(s, measure);
    // Meta named with the figure to count it at ("…Meta…? meta at 25k") is ranked at that figure.
    const twoFigured = ctx.kb.entityById.get(articleFigures(ctx.kb).scenario?.entityId ?? '');
    const conditioned =
      s.scenario !== undefined &&
      twoFigured !== undefined &&
      s.named.length >= 2 &&
      !s.named.includes(twoFigured) &&
      s.reading.entities.some((m) => m.entity === twoFigured)
        ? [twoFigured]
        : [];
    // "按43.2万那个口径": the article's total quoted counts Meta at its higher figure.
    const atHigh =
      s.scenario === 'meta-100k' ||
      (s.scenario === undefined && s.amounts.some((a) => a.value === articleFigures(ctx.kb).totalDemand));
    const group = groupRanked(s);
    // (Within one group: its members, each ranked by the line item it shares, if that is all it has.)
    const listed =
      group === undefined
        ? addedUpAsOne(ctx, s, [...s.named, ...conditioned])
        : membersToRank(ctx, group, measure === 'holdings');
    // "not counting Meta or the clouds": left out, a group with its members.
    const left = leftOut(ctx, s);
    const entities = (
      listed.length >= 3 || group !== undefined
        ? listed
        : ctx.kb.entities.filter((e) => kinds.includes(e.kind))
    ).filter((e) => !left.has(e.id));
    const figures = entities
      // "Use the higher Meta number": Meta ranked at its 100k.
      .flatMap((e) => figureOf(ctx, e, measure, atHigh ? [highOf(ctx)] : []) ?? [])
      // Ranking everyone, a shared line item ("CoreWeave" in the private clouds' 100k) is not CoreWeave's
      // own; the groups and companies a question names are ranked as they are ("私有云合计、四大云合计、OpenAI").
      .filter(
        (f) => listed.length >= 3 || group !== undefined || f.facts.every((x) => x.subject === f.entity.id),
      )
      .filter((f) => gpu === undefined || f.gpu === gpu);
    if (figures.length < 2) return undefined;
    return rankFigures(
      ctx,
      figures,
      measure,
      LEAST.test(text) && !MOST_FIRST.test(text),
      topOf(text),
      RUNNER_UP.test(text),
    );
  },
  examples: {
    en: [
      'Which company wants the most H100s?',
      'rank the clouds by how many H100s they want',
      'who has the most A100s',
    ],
    zh: ['谁要的 H100 最多？', '把各家云的需求排个序'],
  },
} as const satisfies Intent;

/** The names just listed said to be added up: "四家加總", "these four combined", "together". */
const ADDED_UP_AFTER =
  /^[\s)）]*(?:这|這|那)?\s*(?:[二两兩三四五六七八九\d]\s*(?:家|间|間|个|個)\s*)?(?:的)?\s*(?:加总|加總|合计|合計|加起来|加起來|一起|总和|總和)|^[\s,)）]*(?:(?:all|these|those)\s+(?:two|three|four|five|\d)\s+)?(?:combined|together|added up|summed)\b/u;

/**
 * "…OpenAI、Inflection、Meta, 以及 Anthropic、Helsing、Mistral、Character 四家加總": names listed and said
 * to be added up rank as one, the group whose members they are.
 */
function addedUpAsOne(ctx: Parameters<typeof figureOf>[0], s: Slots, named: readonly Entity[]): Entity[] {
  const mentions = s.reading.entities
    .filter((m) => m.start >= 0 && named.includes(m.entity))
    .sort((a, b) => a.start - b.start);
  for (let end = mentions.length - 1; end >= 0; end--) {
    const last = mentions[end];
    if (last === undefined || !ADDED_UP_AFTER.test(s.reading.text.slice(last.start + last.text.length)))
      continue;
    // (The group whose members are the names listed right before it, all of them.)
    for (const group of ctx.kb.entities.filter((g) => g.kind === 'group' && g.members.length > 1)) {
      const run = mentions.slice(end + 1 - group.members.length, end + 1);
      if (
        run.length === group.members.length &&
        group.members.every((id) => run.some((m) => m.entity.id === id))
      )
        return [...named.filter((e) => !group.members.includes(e.id)), group];
    }
  }
  return [...named];
}
