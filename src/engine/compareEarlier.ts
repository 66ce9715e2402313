import { difference } from '../calculator/compareAmounts.js';
import type { Fact } from '../knowledge/schema.js';
import type { Answer } from './answer.js';
import { compareFigures } from './answers/compareFigures.js';
import { compareQuoted, type QuotedCount, TIMES_ASKED } from './answers/compareQuoted.js';
import { compareRanges } from './answers/compareRanges.js';
import { statingCount } from './answers/factQueries.js';
import { articleFigures } from './articleFigures.js';
import { PRICE_BEFORE } from './carryResult.js';
import type { AskContext } from './context.js';
import { atBound, type Figure, figureOf } from './intents/figures.js';
import { MONEY_ASKED } from './intents/signals.js';
import type { Lexicon } from './lexicon.js';
import { type Reading, readQuestion } from './readQuestion.js';
import { OWNER_KINDS, yesNoAsked } from './slots.js';
import { statedCount, workedCount } from './workedCount.js';

/** By how much, or how many times: a comparison asked of what came before. */
export const SET_AGAINST =
  /\bhow (?:big|large|wide) (?:is|'s|’s) the (?:gap|difference)\b|\bthe gap between (?:them|the two|those)\b|差距|\bhow many times\b|\btimes (?:more|as many|bigger)\b|\bratio\b|\bhow many more\b|\bhow much more\b|\bdiff(?:erence)?\b|\bhow far apart\b|几倍|幾倍|多少倍|差多少|差幾多|多多少|多幾多|相差|差距多大|差多远/u;

/** The count an answer gives: its first fact, a single figure of GPUs of what the answer is about. */
function headline(answer: Answer | undefined): Fact | undefined {
  if (answer === undefined || !answer.found || answer.calculations.length > 0) return undefined;
  // The figure of what the answer is about, shown first; facts after it are context.
  const [first] = answer.facts;
  const about = answer.subject?.id ?? first?.subject;
  return first !== undefined &&
    first.unit === 'gpus' &&
    first.subject === about &&
    first.quantity !== undefined &&
    'value' in first.quantity
    ? first
    : undefined;
}

/**
 * "How many H100s did Inflection use, and how many does it want now? How many times more is that?": a
 * part that names nothing and asks by how much or how many times sets the two figures the parts
 * before gave against each other (counts of different GPUs with the caveat that they differ).
 */
export function compareEarlier(
  ctx: AskContext,
  answers: readonly Answer[],
  reading: Reading,
): Answer | undefined {
  // (Names carried over from the part before are the ones it answered: "…vs how many did they use?
  // what's the ratio between the two?".)
  if (reading.numbers.length > 0 || reading.entities.some((m) => m.entity.kind !== 'gpu' && m.start >= 0))
    return undefined;
  if (!SET_AGAINST.test(reading.text)) return undefined;
  // "…how many does each have? how big is the gap?": the two names one answer gave, one against the other.
  const pair = twoNamesOf(ctx, answers);
  if (pair !== undefined) {
    const [one, other, measure] = pair;
    return one.range || other.range
      ? compareRanges(ctx, one, other, measure)
      : compareFigures(ctx, one, other, measure);
  }
  const a = headline(answers.at(-2));
  const b = headline(answers.at(-1));
  // ("Meta 有多少张 A100？想要多少张 H100？两个数差多少？": the figures of the two parts before, of
  // different GPUs, come before the two the last answer gave of one name.)
  const twoParts = a !== undefined && b !== undefined && a.id !== b.id && a.gpu !== b.gpu;
  // "Meta's two figures: what are they, and how far apart?": the two the answer before gave of one name.
  const both = twoParts ? undefined : twoFiguresOf(answers.at(-1));
  if (both !== undefined) return compareQuoted(ctx, both[1], both[0]);
  if (a === undefined || b === undefined || a.id === b.id) return undefined;
  const value = (f: Fact) => (f.quantity !== undefined && 'value' in f.quantity ? f.quantity.value : 0);
  return compareQuoted(ctx, { value: value(b), fact: b }, { value: value(a), fact: a });
}

/**
 * The figures of the two names the answers before gave, of one measure ("Google Cloud has…; CoreWeave
 * has…", "OpenAI 可能需要 5万张…Meta 2.5万张"), each one those answers quoted: two answers of one name each,
 * or the last answer of two names.
 */
function twoNamesOf(
  ctx: AskContext,
  answers: readonly Answer[],
): readonly [Figure, Figure, 'demand' | 'holdings'] | undefined {
  const last = answers.at(-1);
  const both = last?.related?.length === 2 ? [last] : answers.slice(-2);
  const measure = last?.topic;
  if (measure !== 'holdings' && measure !== 'demand') return undefined;
  if (both.some((a) => !a.found || a.calculations.length > 0 || a.topic !== measure)) return undefined;
  const named = both.length === 1 ? (last?.related ?? []) : both.flatMap((a) => a.subject ?? []);
  const facts = both.flatMap((a) => a.facts);
  if (named.length !== 2) return undefined;
  const figures = named.flatMap((entity) => {
    const figure = figureOf(ctx, entity, measure);
    return figure !== undefined && facts.some((f) => f === figure.facts[0]) ? [figure] : [];
  });
  const [one, other] = figures;
  return one === undefined || other === undefined || one.entity === other.entity
    ? undefined
    : [one, other, measure];
}

/** The two counts an answer gives of the one name it is about (Meta's 25k and 100k), low first. */
function twoFiguresOf(answer: Answer | undefined): [QuotedCount, QuotedCount] | undefined {
  if (answer === undefined || !answer.found || answer.calculations.length > 0 || answer.subject === undefined)
    return undefined;
  const counted = answer.facts.flatMap((fact) => {
    const value = fact.quantity !== undefined && 'value' in fact.quantity ? fact.quantity.value : undefined;
    // (What it wants and what it used, of the same GPU, are two figures of one name too.)
    return fact.subject === answer.subject?.id &&
      fact.unit === 'gpus' &&
      (fact.topic === answer.facts[0]?.topic || answer.kind === 'overview') &&
      value !== undefined
      ? [{ value, fact }]
      : [];
  });
  if (counted.length !== 2) return undefined;
  const [a, b] = counted.sort((x, y) => x.value - y.value);
  return a === undefined || b === undefined || a.value === b.value || a.fact.gpu !== b.fact.gpu
    ? undefined
    : [a, b];
}

/** The H100s an answer priced ("GCP's 25,000 H100s at $35,000 come to $875M"), when it priced one count. */
function pricedCount(answer: Answer | undefined): { value: number; gpu: 'H100' } | undefined {
  if (answer?.found !== true) return undefined;
  const priced = answer.calculations.filter((c) => c.result.unit === 'usd');
  const [only] = priced;
  const gpus = only?.steps[0]?.operands[0];
  return priced.length === 1 && only?.steps.length === 1 && gpus?.unit === 'gpus' && gpus.value > 0
    ? { value: gpus.value, gpu: 'H100' }
    : undefined;
}

/** "is that more than…", "比…多吗": the worked count set against another. */
const MORE_THAN =
  /\b(?:more|less|fewer|bigger|smaller) than\b|\bhow (?:far|much|many) short\b|\bhow far (?:(?:is|are|was) (?:that|it|this|those|these) )?(?:from|off)\b|\bshort of the\b|^\s*(?:and\s+)?(?:vs\.?|versus)\s|\bhow (?:does|do|would|will) (?:it|that|this|those|these) (?:compare|stack up)\b|\bcompared? (?:to|with) (?:the|their|its)\b|(?<!占)比(?!例|重|率).{0,16}(?:多|少|大|小)/u;

/** "够不够", "enough for": the worked count set against a need. */
const ENOUGH = /够不够|夠不夠|够唔够|夠唔夠|[够夠].{0,12}[吗嗎]|\benough\b|\bcover\b/u;

/** The first count of GPUs among an answer's facts other than `value`, if any. */
function firstOtherCount(answer: Answer | undefined, value: number): number | undefined {
  for (const f of answer?.facts ?? []) {
    const q = f.quantity;
    if (f.unit === 'gpus' && q !== undefined && 'value' in q && q.value !== value) return q.value;
  }
  return undefined;
}

/** A share asked: "占…的百分比", "what % of". */
const SHARE_ASKED = /占|百分比|百分之|\bpercent(?:age)?\b|%|\bshare of\b|\bfraction of\b/u;

/** Set against a name, asking nothing else: "跟私有云比呢?", "和 Meta 比如何", "compared to the private clouds?". */
const COMPARED_WITH =
  /^\s*(?:那|那么|那麼)?\s*(?:跟|和|与|與|同)[^,，?？]{1,20}?(?:比|相比|比较|比較)(?:呢|一下|如何|怎么样|怎麼樣|又如何)?\s*[?？]*\s*$|^\s*(?:and\s+|so\s+)?(?:compared? (?:to|with)|vs\.?|versus)\s[^?]{1,30}\?*\s*$|^\s*(?:and\s+|so\s+)?how (?:does|do|would|did) (?:it|that|this|they|those) (?:compare|stack up|measure up)\b/u;

/** §02's total named without its number: "the headline demand total", "the total they quote", "文章的总需求". */
const DEMAND_TOTAL_NAMED =
  /\b(?:headline|article'?s|their|quoted|official)\s+(?:demand\s+)?total\b|\bthe (?:demand )?total (?:they|it|the article) (?:quotes?|gives?|says?)\b|\btotal demand\b|\bdemand total\b|(?:文章|原文)(?:的|说的|給的|给的)?总需求|(?:文章|原文)(?:的|說的|給的)?總需求/u;

/** The shortage named as such: "the shortage estimate", "缺口". */
const SHORTAGE_NAMED = /\bshortage\b|\bshortfall\b|\bthe gap\b|缺口|短缺/u;

/** A conversion asked for: "once you convert…", "in A100 terms", "换算成". */
const CONVERTING = /\bconvert|\bequivalents?\b|\bin (?:h100|a100) terms\b|换算|折合|折算|等效/u;

/**
 * "Inflection 那 3500 张 H100 按训练折合多少张 A100? 是 Falcon-40B 的 384 张的几倍?", "$1B buys how
 * many? 够 OpenAI 的需求吗?": the count the part before worked out, set against the one figure this part
 * names, when both count the same GPU.
 */
export function compareResult(
  ctx: AskContext,
  before: Answer | undefined,
  reading: Reading,
  figureNamed: (entity: Reading['entities'][number]['entity']) => { value: number; fact: Fact } | undefined,
): Answer | undefined {
  // ("…private clouds' total? and is that more or less than the four big clouds combined?": a count
  // looked up is set against as one worked out is.)
  const last =
    workedCount(before) ??
    statedCount(before) ??
    rankedFirst(before) ??
    endNamed(before, reading) ??
    // (The count a value priced, when the comparison asks no money: "…多花多少" sets the sums of money.)
    (MONEY_ASKED.test(reading.text) ? undefined : pricedCount(before));
  if (last === undefined) return undefined;
  // ("Meta 嘅 A100 係 Tesla 嘅幾多倍? 同 Stability 比又係幾多倍?": after a comparison, a name set against is
  // the other side of the same comparison, not against the difference it worked out.)
  if (before?.kind === 'comparison' && reading.entities.some((m) => m.entity.kind !== 'gpu' && m.start >= 0))
    return undefined;
  // ("…合计多少张? 占43.2万张总需求的百分比是多少?": a share, which the share reading works out.)
  if (SHARE_ASKED.test(reading.text)) return undefined;
  // ("…ratio once you convert inflection's H100s to A100 training-equivalents?": a conversion first,
  // which a result set against as it stands would skip.)
  if (CONVERTING.test(reading.text)) return undefined;
  if (
    !(
      SET_AGAINST.test(reading.text) ||
      ENOUGH.test(reading.text) ||
      MORE_THAN.test(reading.text) ||
      COMPARED_WITH.test(reading.text)
    )
  )
    return undefined;
  const { gpu } = last;
  // (A model with no figure of its own names whose it is: "Inflection used for their GPT-3.5-class model".)
  const named = reading.entities.filter(
    (m) =>
      m.entity.kind !== 'gpu' &&
      (m.entity.kind !== 'model' || figureOf(ctx, m.entity, 'holdings') !== undefined),
  );
  const [only] = named;
  // "…总需求是多少? 和 43.2 万差多少?": set against a count the part quotes, with the fact stating it.
  const [quoted] = reading.numbers;
  // ("…total 係幾多? 同按 2.5 萬計差幾多?": Meta's other figure set as a condition asks the total again at
  // it, which the follow-up readings do; it is no count to set the total against.)
  const two = articleFigures(ctx.kb).scenario;
  if (
    quoted !== undefined &&
    two !== undefined &&
    (quoted.value === two.low || quoted.value === two.high) &&
    /(?:按|以|用|\bat|\bwith|\bcounting)\s*$/u.test(
      reading.text.slice(Math.max(0, quoted.start - 8), quoted.start),
    )
  )
    return undefined;
  // ("what's the ratio, like 6x?": a factor guessed is no count to set against.)
  // ("…6000 right? so how many more would Meta need to hit 100k": a figure of the one named, quoted.)
  const quotesOwn =
    named.length === 1 &&
    quoted !== undefined &&
    statingCount(
      ctx.kb.facts.filter((f) => f.subject === only?.entity.id),
      quoted.value,
    ) !== undefined;
  if (
    (named.length === 0 || quotesOwn) &&
    quoted !== undefined &&
    reading.numbers.length === 1 &&
    !quoted.currency &&
    // ("…how much more money at 35k each?": a price, no count to set against.)
    !quoted.perUnit &&
    !PRICE_BEFORE.test(reading.text.slice(Math.max(0, quoted.start - 6), quoted.start)) &&
    !quoted.ratio &&
    !quoted.percent &&
    quoted.duration === undefined
  ) {
    const fact = statingCount(ctx.kb.facts, quoted.value);
    if (fact?.gpu !== undefined && fact.gpu !== gpu) return undefined;
    // ("缺口保守估计多少张? 跟那个需求合计43.2万差多少张": the answer before gave both; the one set against
    // the count quoted is its other figure, the shortage it was asked for.)
    const own = Math.round(last.value) === quoted.value ? firstOtherCount(before, quoted.value) : last.value;
    if (own === undefined) return undefined;
    return compareQuoted(
      ctx,
      { value: Math.round(own * 10) / 10 },
      { value: quoted.value, ...(fact === undefined ? {} : { fact }) },
    );
  }
  // An article figure named without its number: "…is that more or less than the shortage estimate?" (the
  // headline's gap), "…how far off is that from the headline demand total?" (§02's total).
  const { gap, totalDemand } = articleFigures(ctx.kb);
  const namedFigure = [
    { said: SHORTAGE_NAMED, value: gap },
    { said: DEMAND_TOTAL_NAMED, value: totalDemand },
  ].find((f) => f.value !== undefined && f.said.test(reading.text))?.value;
  if (
    named.length === 0 &&
    reading.numbers.length === 0 &&
    !reading.cues.has('value') &&
    namedFigure !== undefined
  ) {
    const fact = statingCount(ctx.kb.facts, namedFigure);
    if (fact === undefined || (fact.gpu !== undefined && fact.gpu !== gpu)) return undefined;
    return compareQuoted(ctx, { value: Math.round(last.value * 10) / 10 }, { value: namedFigure, fact });
  }
  if (only === undefined || named.length !== 1) return undefined;
  // ("够不够 Inflection 训 GPT-3.5 级模型用的那么多": what the name ran the model on, not what it wants.)
  const ranOn = reading.entities.flatMap((m) =>
    m.entity.kind === 'model' && figureNamed(m.entity) === undefined
      ? ctx.kb.facts.filter(
          (f) => f.topic === 'holdings' && f.objects.includes(m.entity.id) && f.subject === only.entity.id,
        )
      : [],
  );
  const [model] = ranOn;
  const modelCount =
    model?.quantity !== undefined && 'value' in model.quantity ? model.quantity.value : undefined;
  const other =
    model !== undefined && modelCount !== undefined && ranOn.length === 1
      ? { value: modelCount, fact: model }
      : (figureNamed(only.entity) ?? rangeOf(ctx, only.entity));
  // (Of another GPU only when how many times is asked outright, as raw cards with the caveat: "…compare to
  // the H100 count Inflection used — roughly how many times more cards?")
  const first = before?.facts[0];
  const stated =
    before?.calculations.length === 0 && first?.gpu === gpu && statedCount(before)?.value === last.value
      ? first
      : undefined;
  const otherGpu = other?.fact.gpu !== undefined && other.fact.gpu !== gpu;
  if (other === undefined || (otherGpu && (stated === undefined || !TIMES_ASKED.test(reading.text))))
    return undefined;
  // (The figure the part before stated is no other figure: "Meta 有多少张 A100? 它要的 H100 比手上的
  // A100 多几张?" sets what it wants against it, not the holding against itself.)
  if (before?.calculations.length === 0 && before.facts[0] === other.fact) return undefined;
  // ("跟 GPT-4 的 A100 数量比差多少倍 (下限和上限分别算)", "…fewer than the low end of CoreWeave's range?"):
  // a range set against at the end named, or at both ends.
  const range =
    other.fact.quantity !== undefined && 'min' in other.fact.quantity ? other.fact.quantity : undefined;
  if (range !== undefined && !otherGpu && !ENOUGH.test(reading.text)) {
    const both = BOTH_ENDS_ASKED.test(reading.text);
    const upper = both || UPPER_NAMED.test(reading.text);
    const lower = both || LOWER_NAMED.test(reading.text);
    const end = upper === lower ? undefined : upper ? 'high' : 'low';
    const theirs: Figure = { entity: only.entity, value: range.max, gpu, facts: [other.fact], range: true };
    const mine: Figure = {
      entity: before?.subject ?? only.entity,
      value: Math.round(last.value * 10) / 10,
      gpu,
      facts: stated === undefined ? [] : [stated],
      range: false,
    };
    const ranged = compareRanges(
      ctx,
      atBound(theirs, end),
      mine,
      other.fact.topic === 'demand' ? 'demand' : 'holdings',
      undefined,
      TIMES_ASKED.test(reading.text),
    );
    if (ranged !== undefined) return ranged;
  }
  const compared = compareQuoted(
    ctx,
    {
      value: Math.round(last.value * 10) / 10,
      ...(otherGpu && stated !== undefined ? { fact: stated } : {}),
    },
    { value: other.value, fact: other.fact },
  );
  // "够不够": enough when the worked count reaches the need.
  if (ENOUGH.test(reading.text)) return { ...compared, verdict: last.value >= other.value ? 'yes' : 'no' };
  // ("…? is that more than meta?", "比 Stability 多吗?": the claim of more or fewer, answered.)
  const claimed = MORE_CLAIMED.test(reading.text)
    ? 'more'
    : FEWER_CLAIMED.test(reading.text)
      ? 'fewer'
      : undefined;
  if (claimed === undefined || last.value === other.value) return compared;
  return { ...compared, verdict: last.value > other.value === (claimed === 'more') ? 'yes' : 'no' };
}

/** A name's range of GPUs ("GPT-4 may have been trained on 10,000–25,000 A100s"), at its top. */
function rangeOf(
  ctx: AskContext,
  entity: Reading['entities'][number]['entity'],
): { value: number; fact: Fact } | undefined {
  const held = figureOf(ctx, entity, 'holdings');
  const [fact] = held?.facts ?? [];
  return held?.range === true && fact !== undefined ? { value: held.value, fact } : undefined;
}

/** Both ends of a range asked for: "上下限都算一下", "give me the low and high end", "高低都要". */
export const BOTH_ENDS_ASKED =
  /上下限|高低(?:都|两|兩)|\b(?:low and high|high and low)\b|\bboth ends\b|\bat (?:each|either) end\b/u;

/** One end of a range named: "这个上限", "that upper bound", "the low end". */
const UPPER_NAMED = /上限|最高|\bupper (?:bound|end|limit)\b|\btop end\b|\bhigh end\b/u;
const LOWER_NAMED = /下限|最低|\blower (?:bound|end|limit)\b|\bbottom end\b|\blow end\b/u;

/**
 * The end of the range the part before stated that this part names ("GPT-4 用的 A100 上限是多少? Meta 的
 * A100 比这个上限多还是少?").
 */
function endNamed(
  before: Answer | undefined,
  reading: Reading,
): { value: number; gpu: 'H100' | 'A100' } | undefined {
  const ranged = statedCount(before, true);
  if (ranged === undefined || !('high' in ranged) || typeof ranged.high !== 'number') return undefined;
  if (UPPER_NAMED.test(reading.text)) return { value: ranged.high, gpu: ranged.gpu };
  if (LOWER_NAMED.test(reading.text)) return { value: ranged.value, gpu: ranged.gpu };
  return undefined;
}

/**
 * The figure of the one a ranking put first ("which company wants the most? and how many more is that
 * than inflection?").
 */
function rankedFirst(before: Answer | undefined): { value: number; gpu: 'H100' | 'A100' } | undefined {
  if (before?.kind !== 'ranking' || before.subject === undefined) return undefined;
  const fact = before.facts.find((f) => f.subject === before.subject?.id && f.unit === 'gpus');
  const q = fact?.quantity;
  if (fact === undefined || q === undefined || !('value' in q)) return undefined;
  return { value: q.value, gpu: fact.gpu === 'A100' ? 'A100' : 'H100' };
}

/** More claimed of what was just worked out or looked up: "is that more than…", "比…多吗". */
const MORE_CLAIMED =
  /\b(?:is|are|was|would) (?:that|it|this|they|those) (?:more|bigger|larger|higher|greater)\b|(?:多|大|高)(?:吗|嗎|么|麼|咩)|(?:多|大)(?:不|唔)(?:多|大)/u;
const FEWER_CLAIMED =
  /\b(?:is|are|was|would) (?:that|it|this|they|those) (?:less|fewer|smaller|lower)\b|(?:少|小|低)(?:吗|嗎|么|麼|咩)/u;

/** How much more or less money, asked of a second valuation: "比2.5万张那个估计多花多少", "how much lower is that". */
const SPEND_AGAINST =
  /比原(?:来|來|价|價)[^?？]{0,4}(?:多|少|贵|貴|便宜|省)(?:了)?(?:多少|几多)|(?:原本|本来|本來|原来|原來)[^?？]{0,16}(?:差|相差)(?:了)?(?:多少|几多|幾多)|多花|少花|多出(?:了)?多少|多了多少钱|少了?多少钱|多多少钱|省(?:下|了)?多少|贵多少|贵了多少|便宜多少|便宜了多少|差多少钱|差价|\bhow much (?:more|less|cheaper|lower|higher|extra)\b|\b(?:more|less|lower|higher|cheaper) than\b|\bdifference\b|\bdiff\b|\bsaves?\b|\bsavings?\b/u;

/**
 * The value before set against the same count at another price: "比 3.5 万时少多少?", "比按3.5万算多花多少",
 * "how much less than at 35k?". Its groups: the words before the price and after it.
 */
export const AGAINST_PRICE =
  /^\s*(?:那|那么|和|跟|同)?\s*(?:比|比起|相比|跟|和|同|vs\.?|versus|compared (?:to|with)|(?:how much )?(?:less|more|cheaper|lower|higher) than)\s*(?:按|以|at|@)?\s*\$?\s*(?<price>[\d.,]+\s*(?:k|万|千|grand)?)\s*(?:美元|美金|刀|块|dollars?|bucks)?\s*(?:一张|每张|each|a card|per card)?\s*(?:时|的时候|那时|那个|的话|算)?\s*(?:的)?\s*(?:多花|少花|少|多|省|贵|便宜|平|差)?(?:了)?(?:多少|几多)?(?:钱)?\s*[?？]*\s*$/u;

/** The dollar value an answer worked out last. */
function lastValue(answer: Answer | undefined): number | undefined {
  if (answer?.found !== true) return undefined;
  return answer.calculations.findLast((c) => c.result.unit === 'usd')?.result.value;
}

/**
 * "Meta 如果要10万张要花多少钱? 比2.5万张那个估计多花多少?": a part that values something and asks how much
 * more or less it is than the value the part before worked out gets that difference as well.
 */
export function againstEarlierValue(before: Answer | undefined, now: Answer, reading: Reading): Answer {
  const money = SPEND_AGAINST.test(reading.text) || AGAINST_PRICE.test(reading.text);
  // ("如果 Meta 按十萬計, total 係幾多? 同按 2.5 萬計差幾多?": two totals of GPUs, set against each other.)
  const unit = money ? 'usd' : COUNT_AGAINST.test(reading.text) ? 'gpus' : undefined;
  if (unit === undefined) return now;
  const was = unit === 'usd' ? lastValue(before) : lastSum(before);
  const is = unit === 'usd' ? lastValue(now) : lastSum(now);
  if (was === undefined || is === undefined || was === is) return now;
  // (The larger less the smaller: "多花" and "how much lower" both ask the size of the gap.)
  const [big, small] = was > is ? [was, is] : [is, was];
  const gap = difference(
    { value: big, unit, label: was > is ? 'earlier-value' : 'this-value' },
    { value: small, unit, label: was > is ? 'this-value' : 'earlier-value' },
  );
  return { ...now, calculations: [...now.calculations, gap] };
}

/** How many more or fewer GPUs, asked of a second total: "差几多", "相差多少", "how many fewer". */
const COUNT_AGAINST =
  /差几多|差幾多|差多少|相差|多多少|少多少|多几多|少几多|\bhow many (?:more|fewer|less)\b|\bdifference\b|\bdiff\b|\bhow far\b/u;

/** The total of GPUs an answer added up last. */
function lastSum(answer: Answer | undefined): number | undefined {
  if (answer?.found !== true) return undefined;
  const last = answer.calculations.findLast((c) => c.kind === 'sum' || c.kind === 'gap-total');
  return last?.result.unit === 'gpus' ? last.result.value : undefined;
}

/** Money set against the value before: "is that more than what meta's 25k would cost?", "比 Meta 那 2.5 万张贵吗". */
const VALUE_SET_AGAINST =
  /\b(?:more|less|cheaper|pricier|bigger|smaller) than\b[^?]{0,80}\b(?:cost|costs|costing|worth|price|bill)\b|比[^?？]{1,24}(?:贵|貴|便宜|多花|少花)/u;

/**
 * "inflection's 22k at 35k each costs what? is that more than what meta's 25k would cost?": the part
 * before priced again for the one name this part sets against it (at this part's count, when it gives
 * one), so the two sums of money can be set against each other.
 */
export function pricedForOther(
  previous: Reading,
  reading: Reading,
  lexicon: Lexicon,
  before: Answer | undefined,
): Reading | undefined {
  if (pricedCount(before) === undefined || !VALUE_SET_AGAINST.test(reading.text)) return undefined;
  const owner = (r: Reading) => r.entities.filter((m) => OWNER_KINDS.has(m.entity.kind) && m.start >= 0);
  const [then, ...more] = owner(previous);
  const [now, ...others] = owner(reading);
  if (then === undefined || now === undefined || more.length > 0 || others.length > 0) return undefined;
  if (then.entity === now.entity) return undefined;
  const counts = (r: Reading) => r.numbers.filter((n) => !n.currency && !n.perUnit && !n.percent && !n.ratio);
  const [was, ...wasMore] = counts(previous);
  const [count, ...countMore] = counts(reading);
  if (wasMore.length > 0 || countMore.length > 0) return undefined;
  // (The mention the count was said of: "someone said OpenAI alone… how much would OpenAI's 50k cost".)
  const said =
    [then, ...(then.others ?? [])].filter((m) => was === undefined || m.start < was.start).at(-1) ?? then;
  const edits = [
    { start: said.start, end: said.start + said.text.length, text: now.text },
    ...(count === undefined || was === undefined
      ? []
      : [{ start: was.start, end: was.end, text: reading.text.slice(count.start, count.end) }]),
  ].sort((a, b) => b.start - a.start);
  return readQuestion(
    edits.reduce((t, e) => `${t.slice(0, e.start)}${e.text}${t.slice(e.end)}`, previous.text),
    lexicon,
  );
}

/** Put as yes or no: "is that more than…", "比 Meta 那 2.5 万张贵吗". */
/**
 * The other name's value set against the value before: the money between them, and, put as yes or no
 * ("is that more than…"), whether the earlier one is.
 */
export function claimedAgainstEarlier(before: Answer | undefined, priced: Answer, reading: Reading): Answer {
  // (The verdict of the reading it was priced from is no answer to this part's claim.)
  const { verdict: _own, ...plain } = priced;
  const now = againstEarlierValue(before, plain, reading);
  const was = lastValue(before);
  const is = lastValue(plain);
  const more = /\b(?:more|pricier|bigger) than\b|比[^?？]{1,24}(?:贵|貴|多花)/u.test(reading.text);
  const less = /\b(?:less|cheaper|smaller) than\b|比[^?？]{1,24}(?:便宜|少花)/u.test(reading.text);
  if (was === undefined || is === undefined || more === less || !yesNoAsked(reading.text)) return now;
  return { ...now, verdict: (more ? was > is : was < is) ? 'yes' : 'no' };
}
