import { averageGpus } from '../../calculator/averageGpus.js';
import { remainder } from '../../calculator/compareAmounts.js';
import type { Answer } from '../answer.js';
import { cloudUsers } from '../answers/cloudUsers.js';
import { costOfMany } from '../answers/cost.js';
import { demandOfMany } from '../answers/demand.js';
import { pricing } from '../answers/gap.js';
import { notFound } from '../answers/notFound.js';
import { sumHoldings } from '../answers/sumHoldings.js';
import { articleFigures } from '../articleFigures.js';
import type { AskContext } from '../context.js';
import { namedIn } from '../namedIn.js';
import type { Slots } from '../slots.js';
import { changedSum } from './changedSum.js';
import { figureOf, membersOf } from './figures.js';
import type { Intent } from './intent.js';
import { measureFor } from './measureOf.js';
import { WHAT_IF } from './readChanges.js';
import { BOTH_FIGURES, claimedTotal, EACH_TOO, namesCloudUsers } from './signals.js';

// (A "$" of its own, "total cards and $ at 35k?", asks the money.)
const MONEY_ASKED =
  /多少钱|要花|花多少|价值|值多少|总值|总价|(?<![\w$])\$(?![\w$])|\bcost\b|\bworth\b|\bvalue\b|\bspend\b|\bbill\b/u;

/** "平均每家几张", "average across them": each sum divided by how many it adds. */
export const MEAN_WORDS = /\baverage\b|\bavg\b|\bmean\b|平均/u;

/** A cloud's customers added up: "the google cloud customers … add up their H100 demand", "Azure 的客户一共要多少". */
function usersOfOneCloud(s: Slots): boolean {
  return (
    s.named.length === 1 &&
    s.ofKind('cloud').length === 1 &&
    (namesCloudUsers(s) || USERS_OF.test(s.reading.text)) &&
    s.has('total')
  );
}

/** "用谷歌云的公司", "用 Azure 的那几家": the companies on a cloud, said in Chinese. */
const USERS_OF = /用[^,，。?？]{1,16}的(?:公司|客户|企业|那几家|几家|那些)/u;

/** People said to say something: "everyone says", "everybody keeps quoting", "people claim". */
const SAYERS = /^(?:everyone|everybody)$/u;
const SAYING_AFTER =
  /^\s*(?:(?:keeps?|always|just|also)\s+)?(?:says?|said|saying|quotes?|quoting|claims?|reckons?|thinks?|knows?)\b/u;

/** Whether every word of a total is someone said to say something. */
function totalOnlyInSaying(s: Slots): boolean {
  const words = s.reading.cueWords.get('total') ?? [];
  if (words.length === 0 || !words.every((w) => SAYERS.test(w))) return false;
  return words.every((w) => {
    const at = s.reading.text.indexOf(w);
    return at >= 0 && SAYING_AFTER.test(s.reading.text.slice(at + w.length));
  });
}

/** A figure supposed, not claimed: "say the private clouds only need 50k total instead of 100k". */
const SUPPOSED = /^\s*say\b|\blet'?s say\b|\bimagine\b|\binstead of\b|改成|换成|而不是/u;

/** Named companies, or a named group's members, added up. */
export const sumIntent = {
  id: 'sum',
  // (AMD has no figure to add up: "why doesn't everyone just buy amd" asks why not AMD.)
  cues: { total: 2.2, amd: -2 },
  patterns: [
    { re: MEAN_WORDS, weight: 2.5 },
    // "…加起来换算成 H100": a sum converted is a conversion's to answer.
    // ("A100s together, in H100s?", "how many H100s is that": the other GPU asked for, both named.)
    {
      re: /换算|折合|折成|折算|相当于|\bequal|\bequivalen|\bin (?:h100|a100) terms\b|\bconvert|^(?=.*a100)(?=.*h100).*(?:\bin|\binto|\bas|\bhow many|多少张?|几张)\s*(?:nvidia\s*)?(?:h100|a100)/u,
      weight: -3,
    },
    // "Which wants more: A together or B?" compares two sums rather than adding everything up; so does
    // "四个大云加起来的需求, 是私有云那块加起来的几倍".
    {
      re: /几倍|多少倍|\bhow many times\b|\btimes (?:as (?:much|many|big)|more)\b|\bratio\b|\bmultiple of\b|\bwhich\b.{0,30}\b(?:more|less|fewer|bigger|larger|smaller|greater)\b|\bwhich\b.{0,40}\b(?:biggest|largest|smallest|most|least)\b|\bwho (?:wants|needs|has) more\b|\b(?:more|bigger|larger|greater|smaller|less|fewer) than\b|\bvs\.?\s|\bversus\b|哪个多|哪个少|谁多|比.{0,16}(?:多|少)|谁(?:要|需要|想要|有)?(?:得|的)?(?:更|比较|比較)?多(?!少)|哪(?:个|家|边|邊|一边)(?:要|需要|有)?(?:得|的)?(?:更|比较|比較)?多(?!少)/u,
      weight: -2,
    },
    { re: /\s\+\s.*(?:=|\?)|=\s*\?/u, weight: 1 },
    // "Anthropic + Mistral, together, vs a single big cloud?": a sum set against another side is compared.
    // ("what's bigger: meta's A100 fleet or tesla + stability combined?": the side summed second.)
    {
      re: /(?:\btogether\b|\bcombined\b|\bplus\b|\s\+\s|加起来|合计)[^?]{0,40}(?:\bvs\.?|\bversus\b|\bcompared (?:to|with)\b|\bor\b|对比|相比|(?:和|跟|与)[^,，?？]{0,20}比)|(?:加起来|合计)[,，\s]*(?:和|跟|与|同)[^?？]{1,60}(?:相差|差多少|差几|差幾|差距)/u,
      weight: -2,
    },
    {
      re: /(?:\bbigger\b|\blarger\b|\bmore\b|\bwhich\b)[^?]{0,40}(?:\bvs\.?|\bversus\b|\bor\b)[^?]{0,40}(?:\btogether\b|\bcombined\b|\bplus\b|\s\+\s)|比[^,，?？比]{1,30}(?:加起来|加在一起|合计|合起来|加埋)|(?:跟|和|与|同)[^,，?？]{1,30}(?:加起来|加在一起|合起来|加埋)(?:来|一起)?比/u,
      weight: -3,
    },
    // "just lambda, not the combined private cloud number": the sum set aside.
    {
      re: /\bnot (?:the )?(?:[\w'’]+\s+){0,3}(?:combined|total|summed|sum|group)\b|不是(?:合计|总数|加起来|合起来)/u,
      weight: -3,
    },
    // "OpenAI 加 Meta 要幾多張": 加 between two names is a plus (a word of its own, unlike 加价 or 增加).
    // ("azure + gcp + oracle H100s on hand": a plus between names, too.)
    // (Not inside brackets that spell out a group: "excl all clouds (big4 + private)".)
    {
      re: /[a-z0-9)）]\s*加\s*(?=[a-z(（])|\s加\s|(?<![(（][^)）]{0,24})[a-z0-9)）]\s*\+\s*(?=[a-z(（])/u,
      weight: 2.5,
    },
    // "do anthropic and openai both use aws?": "both" of a cloud they use, not of a sum.
    {
      re: /\bboth (?:use|using|run on|running on|are on|on)\b|\bboth\b.{0,20}\b(?:aws|azure|gcp|cloud)\b\s*\?/u,
      weight: -4,
    },
    // "这三家一共", "these three": the named ones added up, not a total changed.
    { re: /这?(?:两|三|四|几)家|\bthese (?:two|three|four)\b|\ball (?:three|four)\b|\bboth\b/u, weight: 1 },
    {
      re: /^\s*(?:(?:ok|so|now|pls|please|can you|could you|just)\s+)*add\s+(?!up\b)[a-z]|\bplus\b|\btogether\b|\bcombined\b|\bin total\b|\bacross\b|\badd(?:ed)? up\b|\baltogether\b|\bsum\b|\bboth\b|加起来|加一起|加在一起|加一块|加在一块|加到一起|加到一块|加埋|加上|加总|相加|合起来|一共|总共|合计|合共|共计|共要|总和|\bbetween (?:the (?:two|three|four) of )?them\b|\s\+\s/u,
      weight: 1.6,
    },
  ],
  // Two names with figures of their own ("Inflection 的总需求" beside its GPT-3.5 model is one figure).
  // ("how many h100s does aws have in total? the article gives numbers for gcp and azure…": a total
  // said of one name is that name's, not a sum of it and the names in the chatter after.)
  needs: (s, ctx) =>
    !totalOfOne(s) &&
    (usersOfOneCloud(s) ||
      s.named.some((e) => e.kind === 'group' && e.members.length > 1) ||
      // (One of them may lack a figure: "openai plus xai, total?" adds what there is and says so.)
      (s.named.length >= 2 &&
        s.named.filter((e) => (articleFigures(ctx.kb).countsBySubject.get(e.id)?.length ?? 0) > 0).length >=
          (s.has('total') && lacking(ctx, s).length > 0 ? 1 : 2))),
  // A group with a member left out ("不算甲骨文，四大云要多少") is its other members added up, unless
  // §02's total is what is asked ("如果 Oracle 不算进大云, 总数会变怎样").
  // A total claimed of them and put up to be checked ("each want 30k so that's 150k, right?") is theirs added up.
  fit: (s) =>
    // ("…how many does AWS have? everyone says they're way behind Azure and GCP": "everyone" is who
    // says it, no total asked.)
    (totalOnlyInSaying(s) ? -2.2 : 0) +
    (s.named.some((g) => g.kind === 'group' && s.excluded.some((e) => g.members.includes(e.id))) &&
    !LIST_TOTAL.test(s.reading.text)
      ? 3
      : 0) +
    (s.yesNo &&
    !WHAT_IF.test(s.reading.text) &&
    !SUPPOSED.test(s.reading.text) &&
    claimedTotal(s) !== undefined
      ? 3
      : 0),
  run: (ctx, s) => {
    // "the google cloud customers, if you add up their H100 demand": the companies on that cloud.
    const [cloud] = s.ofKind('cloud');
    if (usersOfOneCloud(s) && cloud !== undefined) {
      const users = cloudUsers(ctx, cloud).related.filter((e) => e.kind === 'company');
      if (users.length < 2) return undefined;
      return sumOf(ctx, { ...s, named: users });
    }
    // ("OpenAI 加 xAI 一共要多少张": the names with a figure added up, each one without said to lack it.)
    const missing = lacking(ctx, s);
    if (missing.length > 0) {
      const counted = s.named.filter((e) => !missing.includes(e));
      const known =
        counted.length > 1
          ? sumOf(ctx, { ...s, named: counted })
          : measureFor(ctx, s) === 'demand'
            ? demandOfMany(ctx, counted, s.scenario)
            : undefined;
      if (known === undefined) return undefined;
      const gaps = missing.map((entity) => notFound(ctx, { what: 'demand', entity }, [entity]));
      return { ...known, parts: [known, ...gaps] };
    }
    return checkedTotal(s, withRest(ctx, s, withMean(s, sumOf(ctx, s))));
  },
  examples: {
    en: [
      'Anthropic plus Mistral, how many H100s together?',
      'what do the three big clouds want in total',
      'average H100 need across OpenAI, Inflection and Anthropic?',
    ],
    zh: [
      '三大云巨头一共要多少张H100？',
      'Tesla 跟 Stability 的 A100 加起来有多少张？',
      'Meta、特斯拉、Stability AI 平均每家有几张 A100？',
    ],
  },
} as const satisfies Intent;

/**
 * The companies named that the article gives no figure for at all ("xAI"), groups aside, and not one
 * that makes the GPUs ("要是老黄涨价" names Nvidia as the seller, not a buyer).
 */
function lacking(ctx: AskContext, s: Slots) {
  const { countsBySubject, makerIds } = articleFigures(ctx.kb);
  return s.named.filter(
    (e) =>
      e.kind === 'company' &&
      (countsBySubject.get(e.id)?.length ?? 0) === 0 &&
      !makerIds.has(e.id) &&
      !s.excluded.includes(e),
  );
}

/**
 * "big 4 clouds need 30k each so 90k total right?": a total claimed beside the sum is checked against
 * it, yes or no.
 */
function checkedTotal(s: Slots, answer: Answer | undefined): Answer | undefined {
  if (answer === undefined || !s.yesNo || answer.verdict !== undefined) return answer;
  const claimed = claimedTotal(s);
  const sum = answer.calculations.findLast((c) => c.result.unit === 'gpus')?.result.value;
  if (claimed === undefined || sum === undefined) return answer;
  // ("…總共 12 萬, 按 3.5 萬美元一張算是 50 億美元, 對嗎?": the money claimed beside it is checked too; the
  // first sum of money is the total's worth, the ones after each member's.)
  const money = s.amounts.find((a) => a.role === 'money');
  const worth = answer.calculations.find((c) => c.result.unit === 'usd')?.result.value;
  const moneyHolds =
    money === undefined || worth === undefined || Math.abs(money.value - worth) <= worth * 0.005;
  return { ...answer, verdict: claimed.value === sum && moneyHolds ? 'yes' : 'no', claimed: claimed.value };
}

/** The named figures added up, as the question asks: demand, holdings, priced, or under a what-if. */
function sumOf(ctx: AskContext, s: Slots): Answer | undefined {
  // A group and its members both named ("Azure、GCP、AWS三大雲") are each counted once; a member left
  // out ("the four big clouds without oracle") is not counted at all.
  const out = new Set(s.excluded.map((e) => e.id));
  // (A group whose members have no figures of their own, "Lambda 同 CoreWeave 等私有雲", counts as one,
  // its members named beside it within it.)
  const whole = s.named.filter(
    (e) =>
      e.kind === 'group' &&
      membersOf(ctx, e).some((m) => figureOf(ctx, m, 'demand') === undefined) &&
      figureOf(ctx, e, 'demand') !== undefined,
  );
  const entities = [
    ...new Map(
      s.named
        .filter((e) => !whole.some((g) => g.members.includes(e.id)))
        .flatMap((e) =>
          e.kind === 'group' && e.members.length > 1 && !whole.includes(e) ? membersOf(ctx, e) : [e],
        )
        .filter((e) => !out.has(e.id))
        .map((e) => [e.id, e]),
    ).values(),
  ];
  // "假设每家大云的需求都翻倍, 四家大云总共要多少?": the figures as the what-if changes them, added up.
  // ("if you add what OpenAI wants to what Inflection wants": an "if" that only puts the addition.)
  // A price prices the sum when money is asked ("用每張 3.2 萬美元算要多少錢"), not when waved off.
  // ("…combined, and the total at 35 grand each?": a price said per GPU prices it too.)
  const priced =
    s.has('value') || (s.price !== undefined && (MONEY_ASKED.test(s.reading.text) || s.price.perUnit));
  // ("…減到三萬, OpenAI 同 Inflection 加埋? 三萬五一張計值幾錢": the changed sum, priced.)
  const changed = changedSum(ctx, s, entities, priced ? pricing(ctx.kb, s.price?.value) : undefined);
  if (changed !== undefined) return changed;
  if (priced)
    return costOfMany(ctx, entities, s.price?.value, s.scenario, { each: EACH_TOO.test(s.reading.text) });
  if (measureFor(ctx, s) === 'holdings') return sumHoldings(ctx, entities, s.bound);
  // "OpenAI 加 Meta (25k 同 100k 兩個情況都計)": the sum once with each of Meta's figures.
  const two = articleFigures(ctx.kb).scenario;
  if (two !== undefined && entities.some((e) => e.id === two.entityId) && BOTH_FIGURES.test(s.reading.text)) {
    const low = demandOfMany(ctx, entities, 'meta-25k');
    const high = demandOfMany(ctx, entities, 'meta-100k');
    return {
      ...high,
      facts: [...low.facts, ...high.facts.filter((f) => !low.facts.includes(f))],
      calculations: [...low.calculations, ...high.calculations],
    };
  }
  return demandOfMany(ctx, entities, s.scenario);
}

/**
 * Whether the sentence that says "total" names exactly one company or cloud (and no group), and the
 * other names come only after it, in the chatter that follows: the total asked is that one's.
 */
function totalOfOne(s: Slots): boolean {
  const words = s.reading.cueWords.get('total') ?? [];
  if (words.length === 0 || s.named.length < 2) return false;
  const text = s.reading.text.toLowerCase();
  const firstAt = (e: (typeof s.named)[number]) =>
    s.reading.entities.find((m) => m.entity === e)?.start ?? -1;
  // (A decimal point, "Meta 用 2.5 萬", ends no sentence.)
  for (const m of text.matchAll(/(?:[^.!?。！？]|(?<=\d)\.(?=\d))+[.!?。！？]*/gu)) {
    const [from, to] = [m.index, m.index + m[0].length];
    if (!words.some((w) => m[0].includes(w))) continue;
    const here = s.named.filter((e) => (firstAt(e) >= from && firstAt(e) < to) || namedIn(m[0], e));
    const [only] = here;
    return (
      here.length === 1 && only?.kind !== 'group' && s.named.every((e) => e === only || firstAt(e) >= to)
    );
  }
  return false;
}

/** §02's total itself named: what a what-if changes, not what a sum adds up. */
const LIST_TOTAL = /总数|总需求|总价值|总量|432|43\.2|\btotal demand\b|\bthe total\b|\bthe list\b/u;

/** "…vs everybody else", "其余的呢": what the rest of §02's total comes to once the sum is taken out. */
const REST_WORDS =
  /\b(?:everybody|everyone|everything) else\b|\bthe rest\b|\brest of (?:them|the list)\b|\bnon-cloud\b|其余|其他人|剩下的|其它的|其他的呢/u;

function withRest(ctx: AskContext, s: Slots, answer: Answer | undefined): Answer | undefined {
  if (answer === undefined || !REST_WORDS.test(s.reading.text) || s.scenario === 'meta-25k') return answer;
  const sum = answer.calculations.find((c) => c.kind === 'sum');
  const total = articleFigures(ctx.kb).totalDemand;
  if (sum === undefined || total === undefined || sum.result.value >= total) return answer;
  const rest = remainder({ value: total, unit: 'gpus' }, sum.result);
  return { ...answer, calculations: [...answer.calculations, rest] };
}

function withMean(s: Slots, answer: Answer | undefined): Answer | undefined {
  if (answer === undefined || !MEAN_WORDS.test(s.reading.text)) return answer;
  const sums = answer.calculations.filter((c) => c.kind === 'sum' && (c.steps[0]?.operands.length ?? 0) > 1);
  if (sums.length === 0) return answer;
  return { ...answer, calculations: [...answer.calculations, ...sums.map((c) => averageGpus(c))] };
}
