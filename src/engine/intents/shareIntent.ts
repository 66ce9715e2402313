import { share } from '../../calculator/compareAmounts.js';
import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import { compareFigures } from '../answers/compareFigures.js';
import { statingCount } from '../answers/factQueries.js';
import { shareOfArticleFigure, shareOfFigure, shareOfSum } from '../answers/shareOfFigure.js';
import { shareOfTotal } from '../answers/shareOfTotal.js';
import { articleFigures } from '../articleFigures.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { demandUnder, type Figure, figureOf, figureOfFact, membersOf } from './figures.js';
import type { Intent } from './intent.js';
import { measureOf, namedFigures, quotedOther } from './measureOf.js';
import { PERCENT_CHANGE_OF_COUNT } from './readChanges.js';
import { MINE_CHECKED, ONE_MEMBER, PERCENT_MORE, SHARE_WORDS } from './signals.js';

const OF_TOTAL = /\btotal\b|\b432k\b|\boverall\b|\ball demand\b|总需求|总数|总量|整体|全部|43\.2万/u;
const GPU_WORDS =
  /\btotal\b|总数|总需求|总量|\bh100s?\b|\bgpus?\b|\bcards?\b|\bcount\b|\bdemand\b|\bwants?\b|\bneeds?\b|\bhas\b|\bhave\b|张|卡|需求|要|有/u;
const WITHIN =
  /合计里|合計裡|合计中|合計中|加起来里|加起來裡|之中|当中|當中|里面|裡面|其中|这一组|這一組|这组|這組|\bof (?:the|that|this) group\b|\bof (?:the|those|these) (?:three|four|two)\b|\bamong them\b|\bof their (?:combined|total)\b|\b(?:combined|together|in total)\s*,?\s*(?:what|which|how much)\b/u;
const SUM = /\+|\bplus\b|\btogether\b|\bcombined\b|加起来|合计|一共|\band\b.*\bshare\b/u;

/** A count supposed: "what if", "假如", "if … wanted". */
const SUPPOSED =
  /\bwhat if\b|假如|如果|要是|假设|\bsuppose|\bif\b[^?]{0,40}\b(?:wanted|wants|needed|needs|doubled|tripled|halved|went)\b/u;

/**
 * "How many more does the private cloud bucket want than OpenAI, in %?": the two compared, and the
 * difference as a percentage of the second (100,000 is 100% more than 50,000, not 200%).
 */
function percentMore(
  ctx: AskContext,
  a: Figure,
  b: Figure,
  measure: 'demand' | 'holdings',
): Answer | undefined {
  if (a.gpu !== b.gpu || a.range || b.range || b.value === 0) return undefined;
  const compared = compareFigures(ctx, a, b, measure);
  // (The difference the comparison already worked out, bigger less smaller, over the second.)
  const between = compared.calculations.find((c) => c.kind === 'difference');
  if (between === undefined) return compared;
  return {
    ...compared,
    calculations: [
      ...compared.calculations,
      share(between.result, { value: b.value, unit: 'gpus', label: b.entity.id }),
    ],
  };
}

/** Only a list's joints between two names: "、", ",", "和", "and". */
// (A name's own count may stand between: "Inflection's 22k and Meta's 25k", "Inflection 2.2万、Meta".)
const LIST_BETWEEN =
  /^(?:['’]s?)?(?:\s*(?:的|要的)?\s*\d[\d.,]*\s*(?:k|万|萬|千)?\s*(?:张|張|h100s?)?)?[\s、,，和与及跟同&+]*(?:and\s+|plus\s+)?(?:the\s+)?$/u;

/** Whether the entity is named in a list with another name ("Inflection、Meta", "meta and openai"). */
function listedWithOthers(s: Slots, id: string | undefined): boolean {
  const mentions = s.reading.entities.filter((m) => m.start >= 0).sort((a, b) => a.start - b.start);
  const i = mentions.findIndex((m) => m.entity.id === id);
  const at = mentions[i];
  if (at === undefined) return false;
  const before = mentions[i - 1];
  const after = mentions[i + 1];
  return (
    (before !== undefined &&
      LIST_BETWEEN.test(s.reading.text.slice(before.start + before.text.length, at.start))) ||
    (after !== undefined && LIST_BETWEEN.test(s.reading.text.slice(at.start + at.text.length, after.start)))
  );
}

/**
 * Whether the first name is set against the second as a part of it, "私有云那10万张, 相当于四家大云厂商合计需求的
 * 百分之多少": a word of the sum there says what the second comes to, not that the two are added.
 */
function setAsPartOf(s: Slots, a: Entity, b: Entity): boolean {
  const first = s.reading.entities.find((m) => m.entity === a);
  const second = s.reading.entities.find((m) => m.entity === b);
  if (first === undefined || second === undefined || second.start < 0) return false;
  // ("OpenAI 要多少? 是四大云加起来的百分之几": the first carried from the part before, the part itself.)
  if (first.start < 0)
    return /^[^,，。?？]{0,6}(?:相当于|相當於|是|占|佔)/u.test(s.reading.text.slice(0, second.start));
  if (second.start <= first.start) return false;
  return /相当于|相當於|是|占|佔/u.test(s.reading.text.slice(first.start + first.text.length, second.start));
}

/** Each one's share asked: "每家佔幾多%", "each is what % of the total". */
const EACH_SHARE =
  /(?:每家|每间|每間|各家|各自)\s*(?:要|需要)?[^,，?？]{0,6}(?:占|佔)|\beach (?:one )?(?:is|are|makes up|accounts for|represents)\b[^?]{0,20}(?:%|percent|share)|\b(?:%|percent|share)\b[^?]{0,20}\b(?:is|for) each\b/u;

/** "what fraction of OpenAI's is Anthropic's": a name's own set against another name's own. */
const ONES_OF_ONES = /\bof [^?,]{1,30}['’]s?\s+(?:is|are|would be|was)\s+[^?,]{1,30}['’]s?(?=\s*[?？]|\s*$)/u;

/** "what percent of X is Y": the whole named first, right after "of". */
const WHOLE_FIRST =
  /(?:%|\bpercent(?:age)?|\bshare|\bfraction|\bproportion|\bpart) of (?:the )?[^?,]{0,12}$/u;

/** "what % of 22k is 3.5k": the whole said first, after "of". */
const OF_BEFORE = /\bof\b[^?,.\d]{0,20}$/u;

/**
 * Two of one entity's own figures, both quoted ("Inflection used 3.5k … what % is that of the 22k
 * they want?"): the part first, the whole after; "of" before the first makes it the whole.
 */
function ownFiguresQuoted(ctx: AskContext, s: Slots): { part: Figure; whole: Figure } | undefined {
  const owners = s.ofKind('company', 'cloud', 'group');
  const [entity] = owners;
  const [first, second] = s.counts;
  if (
    owners.length !== 1 ||
    entity === undefined ||
    s.counts.length !== 2 ||
    first === undefined ||
    second === undefined
  )
    return undefined;
  const figure = (value: number): Figure | undefined => {
    const fact = ctx.kb.facts.find(
      (f) =>
        f.subject === entity.id &&
        f.quantity !== undefined &&
        'value' in f.quantity &&
        f.quantity.value === value,
    );
    return fact === undefined ? undefined : figureOfFact(entity, fact);
  };
  const a = figure(first.value);
  const b = figure(second.value);
  if (a === undefined || b === undefined || a.facts[0] === b.facts[0]) return undefined;
  const wholeFirst = OF_BEFORE.test(s.reading.text.slice(Math.max(0, first.start - 24), first.start));
  return wholeFirst ? { part: b, whole: a } : { part: a, whole: b };
}

/** A share put up for checking: "about half of the 432k?", "真的占一半吗", "more than a third". */
const CLAIMED_SHARE =
  /\b(?:(about|around|roughly|nearly|almost|approximately|over|more than|less than|under|at least)\s+)?(half|a third|one third|a quarter|one quarter)\b|(超过|超過|不到|将近|將近|接近|大约|大約)?(一半|过半|過半|三分之一|四分之一)/u;
const FRACTIONS: Readonly<Record<string, number>> = {
  half: 50,
  'a third': 100 / 3,
  'one third': 100 / 3,
  'a quarter': 25,
  'one quarter': 25,
  一半: 50,
  过半: 50,
  過半: 50,
  三分之一: 100 / 3,
  四分之一: 25,
};

/** The share a yes/no question claims, in percent, and whether it claims it roughly, as a floor or as a ceiling. */
function claimedShare(s: Slots): { value: number; how: 'about' | 'more' | 'less' } | undefined {
  // (Or a percentage of the user's own put up beside the question: "…幾多%? 我計到好似係7%左右, 啱唔啱".)
  const mine = MINE_CHECKED.test(s.reading.text);
  const percent = s.amounts.find((a) => a.role === 'percent' || (mine && a.role === 'aside' && a.percent));
  if (!s.yesNo && !(mine && percent !== undefined)) return undefined;
  const m = CLAIMED_SHARE.exec(s.reading.text);
  const hedge = m?.[1] ?? m?.[3] ?? '';
  const word = m?.[2] ?? m?.[4];
  const value = word !== undefined ? FRACTIONS[word] : percent?.value;
  if (value === undefined) return undefined;
  const before =
    word !== undefined
      ? hedge
      : s.reading.text.slice(Math.max(0, (percent?.start ?? 0) - 14), percent?.start);
  const how = /over|more than|at least|超过|超過|过半|過半/u.test(`${before}${word ?? ''}`)
    ? 'more'
    : /less than|under|不到/u.test(before)
      ? 'less'
      : 'about';
  return { value, how };
}

/** A fraction of the whole: "half of the 432k", "a third of total demand", "占总需求的一半", "占一半". */
const FRACTION_OF_WHOLE =
  /\b(?:half|a third|one third|a quarter|one quarter|\d+(?:\.\d+)?\s*%)\s+of\s+(?:the\s+)?(?:total|overall|whole|all|everything|432k|432,000|article'?s? total|demand)|占[^，,。?？]{0,12}(?:一半|过半|三分之一|四分之一)/u;

/** Within this many points a share is "about" the one claimed: the article's figures are rough. */
const ABOUT_POINTS = 5;

/** An entity's demand (or holding) as a share of §02's total, or of another entity's figure. */
export const shareIntent = {
  id: 'share',
  cues: {},
  patterns: [
    {
      re: new RegExp(
        String.raw`${SHARE_WORDS.source}|\bratio of\b[^?]{0,40}\bto (?:the )?(?:total|overall|whole|432k)\b`,
        'u',
      ),
      weight: 5,
    },
    // ("…真的占一半吗?", "is that about half of the 432k?": a share claimed, to check; of a whole named,
    // "a third of total demand", "占总需求的一半", no factor changing a figure.)
    { re: CLAIMED_SHARE, weight: 2 },
    { re: FRACTION_OF_WHOLE, weight: 3 },
    // "25k vs 100k, what % jump is that": a change between two figures, not a share of a whole.
    { re: /%\s*(?:jump|increase|rise|growth)\b|\bpercent (?:jump|increase|rise)\b|涨幅|增幅/u, weight: -2 },
    // "openai gets 20% fewer", "少要 20%": a count changed by a percentage, not a share asked.
    { re: PERCENT_CHANGE_OF_COUNT, weight: -4 },
  ],
  // ("what if openai wanted 100k, what's the new total and openai's share of it?": a count supposed for
  // the one named changes the total first; the what-if gives the share of the new one.)
  fit: (s) =>
    (s.counts.length > 0 && s.scenario === undefined && SUPPOSED.test(s.reading.text) ? -1.5 : 0) +
    // ("if openai only got 60% of what it wants, how many short?": a percentage given, no share asked.)
    (onlyAGivenPercent(s) ? -5 : 0),
  // "Of the companies using AWS, what % also use GCP?" asks about users, which have no GPU figure.
  // ("单价降 10%" changes the price; it asks for no share.)
  needs: (s) =>
    s.named.length > 0 &&
    s.priceChange === undefined &&
    !(
      s.has('use') &&
      s.ofKind('cloud').length > 0 &&
      s.measure === undefined &&
      s.gpus.length === 0 &&
      !GPU_WORDS.test(s.reading.text)
    ),
  run: (ctx, s) => {
    const answer = shareAnswer(ctx, s);
    // "云厂商加起来真的占一半吗?": the share worked out, set against the one claimed.
    const claim = claimedShare(s);
    const share = answer?.calculations.findLast((c) => c.kind === 'share')?.result.value;
    if (answer === undefined || claim === undefined || share === undefined) return answer;
    const holds =
      claim.how === 'more'
        ? share > claim.value
        : claim.how === 'less'
          ? share < claim.value
          : Math.abs(share - claim.value) <= ABOUT_POINTS;
    return { ...answer, verdict: holds ? 'yes' : 'no' };
  },
  examples: {
    en: ['what % of the 432k is openai', 'what share of total demand is Meta?'],
    zh: ['OpenAI 占总需求的比例是多少？', 'Inflection 占 43.2 万的百分之几'],
  },
} as const satisfies Intent;

/** The only word of a share is the "%" of a percentage the question gives ("got 60% of what it wants"). */
function onlyAGivenPercent(s: Slots): boolean {
  const given = s.amounts.filter((a) => a.role === 'percent');
  if (given.length === 0) return false;
  let rest = s.reading.text;
  for (const a of [...given].reverse())
    rest = `${rest.slice(0, a.start)}${rest.slice(a.end).replace(/^\s*(?:%|percent\b)/u, '')}`;
  return !SHARE_WORDS.test(rest);
}

/** A count the user gives, none of the named one's own, as a share of that one's figure. */
function givenShareOf(
  ctx: AskContext,
  s: Slots,
  named: Entity,
  measure: 'demand' | 'holdings',
): Answer | undefined {
  if (s.named.length !== 1) return undefined;
  // (Meta at the higher figure when the question supposes it: "if Meta really wants 100k, … of the gap".)
  const whole = measure === 'demand' ? demandUnder(ctx, named, s.scenario) : figureOf(ctx, named, measure);
  const gpu = ctx.kb.entityById.get(whole?.gpu.toLowerCase() ?? '');
  // (A group's members' figures are its own too: "四大云（每家3万）合起来占多少" restates each one's.)
  const { countsBySubject } = articleFigures(ctx.kb);
  const own = new Set([named.id, ...named.members].flatMap((id) => countsBySubject.get(id) ?? []));
  const given = s.counts.filter((c) => !own.has(c.value) && c.value !== whole?.value);
  const [part] = given;
  if (whole === undefined || gpu === undefined || part === undefined || given.length !== 1) return undefined;
  const quoted: Figure = { entity: gpu, value: part.value, gpu: whole.gpu, facts: [], range: false };
  // ("Inflection 要的占那个 43万缺口的百分之几", "what % of the 430k gap would GCP's H100s cover": the count
  // quoted is the whole when the share is said of it, or when it is the article's gap, which no one's
  // figure holds.)
  const namedAt = s.reading.entities.find((m) => m.entity === named)?.start ?? -1;
  const ofIt =
    namedAt >= 0 &&
    namedAt < part.start &&
    OF_QUOTED.test(s.reading.text.slice(Math.max(0, part.start - 16), part.start));
  const gapFact =
    part.value === articleFigures(ctx.kb).gap ? statingCount(ctx.kb.facts, part.value) : undefined;
  if (gapFact !== undefined) return shareOfArticleFigure(ctx, whole, { value: part.value, fact: gapFact });
  return ofIt ? shareOfFigure(ctx, whole, quoted) : shareOfFigure(ctx, quoted, whole);
}

/** The share said of the count quoted next: "占那个 43万", "佔", "of the ~430k". */
const OF_QUOTED = /(?:占|佔|相当于|相當於)[^,，。?？\d]{0,8}$|\bof (?:the |that |this )?~?\s*$/u;

/** The share asked, worked out, without a verdict on any share claimed. */
function shareAnswer(ctx: AskContext, s: Slots): Answer | undefined {
  const asked = s.counts.map((c) => c.value);
  // ("meta 2.1万张A100 占 43.2万 的百分之几": A100s are only ever held; no demand counts them.)
  const measure =
    s.gpus.some((g) => g.id === 'a100') && !s.gpus.some((g) => g.id === 'h100') ? 'holdings' : measureOf(s);
  // "Tesla's A100s are what percent of Meta's?": the first named as a share of the second, unless
  // the whole is the article's total ("share of the 432k", "总需求").
  const { totalDemand: total, scenario: two, lowerTotal } = articleFigures(ctx.kb);
  const ofTotal = OF_TOTAL.test(s.reading.text) || s.counts.some((c) => c.value === total);
  const [a, b] = s.named;
  // "三家合计里, Meta 占多少?", "of the three together, what share is openai's?": the whole is their
  // sum, and the part the one named again after it.
  const within = WITHIN.exec(s.reading.text);
  // ("四家大雲(Azure、GCP、AWS、Oracle)合計12萬, 其中 Oracle 佔這一組的幾成": a member of the one group named,
  // said again after it, as a share of the group.)
  const [whole] = s.named;
  if (
    within !== null &&
    s.named.length === 1 &&
    whole !== undefined &&
    whole.members.length > 1 &&
    !ofTotal
  ) {
    const members = membersOf(ctx, whole);
    const again = s.reading.entities.filter(
      (m) =>
        members.includes(m.entity) &&
        [m.start, ...(m.others ?? []).map((o) => o.start)].some((at) => at > within.index),
    );
    const all = members.flatMap((e) => figureOf(ctx, e, measure) ?? []);
    const [one] = again;
    const part = again.length === 1 ? all.find((f) => f.entity === one?.entity) : undefined;
    if (part !== undefined && all.length === members.length) return shareOfSum(ctx, part, all);
  }
  if (within !== null && s.named.length > 1 && !ofTotal) {
    const all = s.named.flatMap((e) => figureOf(ctx, e, measure) ?? []);
    const after = s.reading.entities.filter(
      (m) =>
        s.named.includes(m.entity) &&
        [m.start, ...(m.others ?? []).map((o) => o.start)].some((at) => at > within.index),
    );
    // (Listed after it too: the one named twice is the part.)
    const twice = after.filter((m) => (m.others ?? []).length > 0);
    const [one] = after.length === 1 ? after : twice.length === 1 ? twice : [];
    const part = one === undefined ? undefined : all.find((f) => f.entity === one.entity);
    if (part !== undefined && all.length === s.named.length) return shareOfSum(ctx, part, all);
  }
  // ("四大雲每家三萬張，咁一家佔總需求幾多%?": one member of a group whose members want alike.)
  const group = s.named.length === 1 ? a : undefined;
  // ("四大雲每家要3萬張, 咁即係每家佔43.2萬幾多%": each one's share, where "each" is what takes the share.)
  if (
    group !== undefined &&
    group.members.length > 1 &&
    (ONE_MEMBER.test(s.reading.text) || EACH_SHARE.test(s.reading.text))
  ) {
    const each = membersOf(ctx, group).flatMap((e) => figureOf(ctx, e, measure) ?? []);
    const [one] = each;
    if (one !== undefined && each.length === group.members.length && each.every((f) => f.value === one.value))
      return shareOfTotal(ctx, [one], s.scenario);
  }
  // ("Inflection used 3.5k … what % is that of the 22k they want?": two of its own figures quoted.)
  const own = ownFiguresQuoted(ctx, s);
  if (own !== undefined && !ofTotal) return shareOfFigure(ctx, own.part, own.whole);
  // ("what % of inflection's 22k is 57 h100s?": a count of the user's as a share of the one named.)
  const given = a === undefined || ofTotal ? undefined : givenShareOf(ctx, s, a, measure);
  if (given !== undefined) return given;
  // ("OpenAI 比 Inflection 多百分之几?": the difference in percent, whatever words say the figures.)
  // (Each with the measure and the end said of it: "GPT-5 要的上限比 GCP 现在有的多百分之几".)
  if (s.named.length === 2 && a !== undefined && b !== undefined && PERCENT_MORE.test(s.reading.text)) {
    const [part, whole] = namedFigures(ctx, s);
    if (part !== undefined && whole !== undefined) return percentMore(ctx, part, whole, measure);
  }
  // Only a question about GPU figures ("Of the companies using AWS, what % use GCP?" is about users).
  // ("what fraction of OpenAI's is Anthropic's?": one name's own, of another's, is about their figures.)
  const aboutGpus =
    s.gpus.length > 0 ||
    s.measure !== undefined ||
    GPU_WORDS.test(s.reading.text) ||
    ONES_OF_ONES.test(s.reading.text);
  if (
    s.named.length === 2 &&
    a !== undefined &&
    b !== undefined &&
    !ofTotal &&
    aboutGpus &&
    (!SUM.test(s.reading.text) || setAsPartOf(s, a, b))
  ) {
    // ("what percent of the big four clouds' demand is the private clouds' 100k?": the whole said first.)
    const firstAt = s.reading.entities.find((m) => m.entity === a)?.start ?? -1;
    const wholeFirst = firstAt > 0 && WHOLE_FIRST.test(s.reading.text.slice(0, firstAt));
    const part = figureOf(ctx, wholeFirst ? b : a, measure);
    const whole = figureOf(ctx, wholeFirst ? a : b, measure);
    if (part !== undefined && whole !== undefined) return shareOfFigure(ctx, part, whole);
  }
  // "Meta 的 2.5 万占 43.2 万的百分之几": the whole the question quotes is the whole, whatever Meta's figure.
  const quotesTotal = s.counts.some((c) => c.value === total);
  // ("四大雲喺35.7萬總數入面佔幾多%": the total with Meta at its lower figure, quoted, is the whole.)
  const quotesLower = s.amounts.some(
    (a) => (a.role === 'count' || a.role === 'bare') && a.value === lowerTotal,
  );
  // "what share of the 432k is meta?": with no figure of its own quoted, Meta at the 100k the 432k counts.
  // ("OpenAI、Inflection、Meta 三家加起来要多少? 占 43.2 万的百分之几": the names the part before added up,
  // carried over, are the parts, each at the figure that sum took.)
  const carried =
    s.named.length > 1 &&
    s.reading.entities.filter((m) => s.named.includes(m.entity)).every((m) => m.start < 0);
  const high = two?.high;
  // ("If Meta really wants 100k … what share of the 430k gap would it be?": the higher figure supposed.)
  const prefer =
    high !== undefined &&
    ((quotesTotal && !carried && s.counts.every((c) => c.value === total)) || s.scenario === 'meta-100k')
      ? [...asked, high]
      : asked;
  // ("with the conservative Meta number (25k), what's OpenAI's share": Meta named for the total's
  // scenario, not as a part.)
  // (Listed with the others, "OpenAI、Inflection、Meta(按10万算)三家合计", it is one of the parts.)
  const twoFigured = two?.entityId;
  const scenarioOnly =
    s.scenario !== undefined && !carried && !listedWithOthers(s, twoFigured) ? twoFigured : undefined;
  const parts = s.named.some((e) => e.id !== scenarioOnly)
    ? s.named.filter((e) => e.id !== scenarioOnly)
    : s.named;
  const figures = parts.flatMap(
    (e) => quotedOther(ctx, e, measure, asked) ?? figureOf(ctx, e, measure, prefer) ?? [],
  );
  // ("what percent of the shortage is OpenAI's demand": the whole is the article's gap, not its total.)
  // (A model's GPUs are what it needs or was trained on, whichever the article gives.)
  const [only] = figures.length > 0 ? figures : namedFigures(ctx, s);
  const gapFact = ofGap(ctx, s);
  if (gapFact !== undefined && parts.length === 1 && only !== undefined)
    return shareOfArticleFigure(ctx, only, { value: gapFact.value, fact: gapFact.fact });
  // (§02's total counts H100s: a count of A100s is no share of it.)
  return figures.length === 0 || figures.some((f) => f.gpu !== 'H100')
    ? undefined
    : shareOfTotal(ctx, figures, quotesLower ? 'meta-25k' : quotesTotal ? undefined : s.scenario);
}

/** The article's gap, when the share is asked of it ("of the shortage", "占缺口") and not of the total. */
function ofGap(ctx: AskContext, s: Slots) {
  const { gap } = articleFigures(ctx.kb);
  const fact = gap === undefined ? undefined : statingCount(ctx.kb.facts, gap);
  if (gap === undefined || fact === undefined || !s.has('gap') || OF_TOTAL.test(s.reading.text))
    return undefined;
  // (A count quoted that is neither the gap nor a figure of a name's own is some other whole.)
  const { countsBySubject } = articleFigures(ctx.kb);
  const own = new Set(s.named.flatMap((e) => countsBySubject.get(e.id) ?? []));
  return s.counts.every((c) => c.value === gap || own.has(c.value)) ? { value: gap, fact } : undefined;
}
