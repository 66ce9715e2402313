import { remainder } from '../../calculator/compareAmounts.js';
import type { Answer } from '../answer.js';
import { cost, costOfMany, costOfRange } from '../answers/cost.js';
import { demandFacts } from '../answers/demand.js';
import { endsOfQuantity } from '../answers/factQueries.js';
import { gap, lineItemsTotal, pricing } from '../answers/gap.js';
import { holdingsCost } from '../answers/holdingsCost.js';
import { notFound } from '../answers/notFound.js';
import { articleFigures } from '../articleFigures.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { atSetPrice } from './atSetPrice.js';
import { changedSum } from './changedSum.js';
import { atBound, endsOf, figureOf, isPriced, membersOf } from './figures.js';
import type { Intent } from './intent.js';
import { measureFor } from './measureOf.js';
import { percentFactor } from './readChanges.js';
import { BOTH_FIGURES, EACH_TOO, ONE_FOR_ONE, ONE_MEMBER, scenarioOf } from './signals.js';

/** One member of a group: "一间大云厂", "one of the big clouds", "a single hyperscaler". */
const ORDER = /\border(?:ed|s)?\b|订单|訂單/u;

/** Whether what the article says an entity holds is booked rather than delivered (CoreWeave's). */
function booked(ctx: AskContext, entity: { id: string }): boolean {
  return ctx.kb.facts.some((f) => f.subject === entity.id && f.hedge === 'booked-not-delivered');
}

/** The price of one GPU asked: "一张多少人民币", "per card in rmb". */
const ONE_CARD_ASKED =
  /(?:一|每)(?:张|張|块|塊|片|卡)\s*(?:h100\s*)?(?:是|要|合|值|折合)?\s*(?:多少|几|幾)|\b(?:per|each|one|a single) (?:card|gpu|h100|unit)\b/u;

/** §02's list itself named: "the listed demand", "the total demand", "总需求". */
const LIST_NAMED =
  /\blisted demand\b|\bwhole list\b|\bdemand list\b|\btotal demand\b|\bthe total\b|\bthe (?:lower|smaller|higher|bigger|larger|other|357k|432k) total\b|\bline items\b|总\s*(?:需求|demand)|全部需求|各项需求|(?:整体|整體|总体|總體|整个|整個)(?:的)?\s*需求|\boverall demand\b|其[他它余餘](?:的)?(?:都)?不[变變]|\beverything else (?:the same|unchanged|stays)\b|§02/u;

/**
 * What GPUs cost at the user's price: §02's total (the 432k, "the gap", "the whole thing"), a company's
 * demand, several companies', or any count the user gives.
 */
export const valueIntent = {
  id: 'value',
  cues: { value: 1.2, each: 0.4, gap: 0.3, total: 0.3 },
  // ("…at $35k a card, to match Meta's A100s, how many H100s": a count of GPUs asked is the reading's
  // to answer first; its cost is the part after.)
  patterns: [
    { re: /\bhow many (?:h100|a100)s?\b(?! (?:\$|\d))|(?:多少|几)张\s*(?:h100|a100)/u, weight: -1.5 },
    // Card for card, the swap is a purchase of that many H100s, not a conversion by speed.
    { re: ONE_FOR_ONE, weight: 2 },
    // ("openai 比 inflection 多花多少钱": the money between two, which a comparison works out.)
    // ("what's the dollar gap between OpenAI's ask and Inflection's ask", "…同 OpenAI 5 萬張差幾多錢": so is
    // the money a difference between two comes to.)
    {
      re: /多花|少花|多付|\bhow much more (?:money|cash|\$)|\bmore (?:money|cash|\$) (?:would|does|will)\b|\b(?:dollar|\$|money|cost|price) (?:gap|difference|diff)\b|\b(?:gap|difference|diff) in (?:dollars|\$|money|cost)\b|差(?:多少|几多|幾多)(?:钱|錢|美元|美金)|(?:钱|錢)(?:差|相差)(?:多少|几多|幾多)/u,
      weight: -1.5,
    },
  ],
  // A valuation at the article's price needs a value word and something to value.
  needs: (s) =>
    s.price !== undefined ||
    totalClaimed(s) ||
    // ("…值多少? 要是减价三成呢?": a price moved, of something to price, asks its value again.)
    (s.priceChange !== undefined && (s.has('value') || s.named.length > 0 || s.counts.length > 0)) ||
    // "How many A100s is it worth" converts; "要花多少", "多少钱" still ask a price.
    (s.has('value') &&
      // ("…for the same number of h100s, what's the bill?": the count is the one swapped, not asked.)
      (!s.has('howMany') ||
        ONE_FOR_ONE.test(s.reading.text) ||
        /多少钱|钱(?:是)?多少|花多少|要花|花费|总价|(?:乘|×|x|\*|按)\s*(?:每张|每块)?\s*(?:价钱|价格|单价)|换成钱|折成钱|换算成钱|值多少(?![张块个片卡台])|\bhow much\b(?! (?:faster|quicker|slower|more|less|bigger|smaller))/u.test(
          s.reading.text,
        )) &&
      (s.named.length > 0 || s.counts.length > 0) &&
      /\bworth\b|\bcost\b|\bprice\b|\bhow much money\b|(?:乘|×|\*)\s*(?:每张|每块)?\s*(?:价格|单价)|价值|价钱|值多少|多少钱|钱(?:是)?多少|换成钱|折成钱|换算成钱|总价|花多少|要花|花费|砸多少|烧多少|多少亿?(?:刀|美元|美金|人民币)|几亿/u.test(
        s.reading.text,
      )),
  // A price the user gave is the strongest sign of all that a valuation is wanted.
  // (A holding and a price said per GPU, "reserved batch at 28 grand a card", ask what it is worth.)
  // (A count changed by a percentage, "total demand up 10%, worth at 30k?", is a what-if's to apply:
  // valued here, the change would be dropped.)
  fit: (s) =>
    (s.price !== undefined || totalClaimed(s)
      ? 2.2 + (s.measure === 'holdings' && (s.price?.perUnit || s.price?.currency) ? 1.3 : 0)
      : s.priceChange !== undefined
        ? 2.2
        : 1.0) - (percentFactor(s) === undefined ? 0 : 1.5),
  run: (ctx, s) => {
    // "The article's price minus 20%": the price changed first, its working shown before the rest.
    const answer = atSetPrice(ctx, s, (price) => valueAt(ctx, s, price));
    return answer === undefined ? answer : checkedSum(s, answer);
  },
  examples: {
    en: [
      'what would the 432k cost at 40 grand apiece',
      "what's Mistral's order worth at $30k each",
      'price 1000 h100s at 25k',
      'what is the 432k worth if the price drops 20%',
    ],
    zh: [
      '缺口按2.8万刀一块算值多少',
      '按每张3万美元算，OpenAI 的需求值多少钱',
      '单价降 10% 的话 OpenAI 那5万张值多少',
    ],
  },
} as const satisfies Intent;

/** "100张H100要350万美元, 对吗?": a count of GPUs and what they cost together, put up for checking. */
function totalClaimed(s: Slots): boolean {
  return s.yesNo && s.counts.length > 0 && s.amounts.some((a) => a.role === 'money' && a.value > 0);
}

/** What a budget has to spare, asked: "how much is left over", "还剩多少". */
const LEFT_OVER =
  /\bleft(?: over)?\b|\bto spare\b|\bremaining\b|\bleftover\b|剩下|剩余|剩餘|还剩|還剩|剩几|剩多少/u;

/** Whether a sum of money is enough, asked: "can we afford", "能买…吗", "够不够". */
const AFFORD =
  /\bcan (?:we|i|you|they|one)? ?(?:afford|buy|get|cover)\b|\benough (?:for|to (?:buy|get|cover|pay))\b|\b(?:cover|afford)\b|能买|能買|买得起|買得起|买得到|够买|夠買|够不够|夠不夠|够吗|夠嗎|买唔买到|買唔買到/u;

// A sum put up for checking matches when it is within a percent of the one worked out ("~15B").
const SAME_SUM = 0.01;

/**
 * "sanity check: 432k × $35k = $15.12B, correct?": a sum of money the user states, checked against
 * the values the answer works out; yes when one of them is that sum, to within a percent.
 */
function checkedSum(s: Slots, answer: Answer): Answer {
  const claimed = s.amounts.find((a) => a.role === 'money' && a.value > 0);
  // ("if someone's got half a billion, at 35k a pop can they cover Anthropic's ask?": asked as can.)
  const afford = AFFORD.test(s.reading.text);
  if ((!s.yesNo && !afford) || claimed === undefined || answer.verdict !== undefined) return answer;
  const values = answer.calculations.filter((c) => c.result.unit === 'usd').map((c) => c.result.value);
  if (values.length === 0) return answer;
  // ("预算 500 万, 能买 100 张吗?", "is $5M enough for 100?": a budget covers the cost or it does not.)
  const holds = afford
    ? values.every((v) => v <= claimed.value * (1 + SAME_SUM))
    : values.some((v) => Math.abs(v - claimed.value) <= v * SAME_SUM);
  // ("…how much is left over after?": what the budget has to spare.)
  const cost = Math.max(...values);
  const left =
    afford && holds && LEFT_OVER.test(s.reading.text) && claimed.value > cost
      ? [remainder({ value: claimed.value, unit: 'usd' }, { value: cost, unit: 'usd' })]
      : [];
  return { ...answer, verdict: holds ? 'yes' : 'no', calculations: [...answer.calculations, ...left] };
}

/** The valuation itself, at the price the question sets (or the article's when undefined). */
function valueAt(ctx: AskContext, s: Slots, price: number | undefined): Answer | undefined {
  // "If Nvidia sold them at $30k": only an entity with a figure of its own buys.
  const buyers = s.named.filter(
    (e) =>
      (e.kind === 'company' || e.kind === 'cloud' || e.kind === 'group') &&
      (figureOf(ctx, e, 'demand') !== undefined || figureOf(ctx, e, 'holdings') !== undefined),
  );
  const total = articleFigures(ctx.kb).totalDemand;
  // "What did the GPT-4 training run cost?": something named that no figure here prices, and no count
  // to price instead. The article's total is not an answer to it.
  const [unpriced] = s.named;
  // "GPT-5 的上限要花多少钱": a model's H100 count (Musk's 30,000–50,000), priced at the end asked or both.
  const modelFact =
    buyers.length === 0 && s.counts.length === 0
      ? ctx.kb.facts.find(
          (f) =>
            f.subject === unpriced?.id &&
            unpriced?.kind === 'model' &&
            f.gpu === 'H100' &&
            f.quantity !== undefined,
        )
      : undefined;
  if (modelFact?.quantity !== undefined && unpriced !== undefined) {
    const [low, high] = endsOfQuantity(modelFact.quantity);
    const ends: [number, number] =
      s.bound === 'high' ? [high, high] : s.bound === 'low' ? [low, low] : [low, high];
    return costOfRange(ctx, unpriced, ends, { price, facts: [modelFact] });
  }
  if (buyers.length === 0 && unpriced !== undefined && s.counts.length === 0 && s.price === undefined)
    return notFound(ctx, { what: 'price', entity: unpriced });
  // "如果 meta 只要 25k, 那 357k 张 × $35k": the line items' sum under the question's Meta figure.
  const scenario = scenarioOf(s);
  // ("the 357k scenario", "the 357k version of the total": the line total quoted, however its number
  // was read, says which figure of Meta's it counts.)
  const quoted = (['meta-25k', 'meta-100k'] as const).find((sc) =>
    s.amounts.some((c) => c.role !== 'price' && c.value === lineItemsTotal(ctx.kb, sc) && c.value !== total),
  );
  if (quoted !== undefined)
    return gap(ctx, { scenario: quoted, focus: 'total', ...(price === undefined ? {} : { price }) });
  const count = s.counts.find((c) => c.value !== total);
  // "Tesla 那 7000 张 A100 一换一全换成 H100 要多少钱": as many H100s as it holds A100s, at the H100's price.
  // "三万五美元一张，汇率按7.2，一张多少人民币": one GPU at the user's price, turned into yuan.
  if (
    s.rate !== undefined &&
    buyers.length === 0 &&
    count === undefined &&
    ONE_CARD_ASKED.test(s.reading.text)
  ) {
    const one = ctx.kb.entityById.get('h100');
    if (one !== undefined) return costOfRange(ctx, one, [1, 1], { price });
  }
  // (Priced as H100s, so the answer names no owner of them: Tesla has A100s, not H100s.)
  const h100 = ctx.kb.entityById.get('h100');
  if (ONE_FOR_ONE.test(s.reading.text) && h100 !== undefined) {
    const [swapper] = buyers;
    const held = swapper === undefined ? undefined : figureOf(ctx, swapper, 'holdings');
    if (count !== undefined && count.model !== 'h100')
      return costOfRange(ctx, h100, [count.value, count.value], { price, facts: held?.facts ?? [] });
    if (buyers.length === 1 && held !== undefined && held.gpu === 'A100')
      return costOfRange(ctx, h100, endsOf(atBound(held, s.bound)), {
        price,
        facts: held.facts,
        topic: 'holdings',
      });
  }
  // "what tesla's 7k a100s are worth": GPUs the article puts no price on are valued only at the user's.
  const unpricedGpu = unpricedGpuOf(ctx, s, count);
  if (unpricedGpu !== undefined) {
    if (s.price === undefined) return notFound(ctx, { what: 'price', entity: unpricedGpu });
    if (count !== undefined) return cost(ctx, unpricedGpu, price, count.value);
    // "what are meta's a100s worth at 15k": what the buyer holds of them, at the user's price.
    const held =
      buyers.length === 1 && buyers[0] !== undefined ? figureOf(ctx, buyers[0], 'holdings') : undefined;
    if (held === undefined || held.gpu.toLowerCase() !== unpricedGpu.id)
      return notFound(ctx, { what: 'price', entity: unpricedGpu });
    return costOfRange(ctx, unpricedGpu, endsOf(atBound(held, s.bound)), {
      price,
      facts: held.facts,
      topic: 'holdings',
    });
  }
  // "Meta at 25k and price at 40k: value of the listed demand?": the total, with Meta's figure set.
  const two = articleFigures(ctx.kb).scenario;
  const twoFigured = two?.entityId;
  // ("每張三萬五, Meta 若要 2.5 萬張, 總共要花多少" is Meta's own bill: the list itself must be named.)
  if (
    LIST_NAMED.test(s.reading.text) &&
    s.scenario !== undefined &&
    buyers.length === 1 &&
    buyers[0]?.id === twoFigured
  )
    return gap(ctx, { scenario, focus: 'total', ...(price === undefined ? {} : { price }) });
  const each = EACH_TOO.test(s.reading.text);
  // ("如果 Meta 只要 1.5 萬, Meta 同 OpenAI 加埋…以每張三萬美金計值幾多": their sum as supposed, priced.)
  if (buyers.length > 1)
    return (
      changedSum(ctx, s, buyers, pricing(ctx.kb, price)) ??
      costOfMany(ctx, buyers, price, s.scenario, { each })
    );
  const [buyer] = buyers;
  // "CoreWeave's reserved H100s", "what Google Cloud has": what is held, priced. ("coreweave's h100
  // order" is what it has booked, when a booking is what the article gives it.)
  const ordered = buyer !== undefined && ORDER.test(s.reading.text) && booked(ctx, buyer);
  // ("Inflection训练那个GPT-3.5级别模型用的那些H100一共多少钱": the GPUs its model was trained on.)
  const trainedModel = s.ofKind('model').length > 0;
  // ("value coreweave's h100s": with no measure said, a name whose only demand figure is a group's is
  // valued on what it has.)
  const heldByDefault = s.measure === undefined && buyers.length === 1 && measureFor(ctx, s) === 'holdings';
  if (
    buyer !== undefined &&
    count === undefined &&
    (s.measure === 'holdings' || ordered || trainedModel || heldByDefault)
  ) {
    const held = holdingsCost(ctx, buyer, price, s.bound);
    if (held !== undefined) return held;
  }
  // "The big 4 clouds need 30k each, what's that worth": a member's own figure restated, not the group's.
  const restated =
    buyer?.kind === 'group' &&
    count !== undefined &&
    membersOf(ctx, buyer).some((m) => figureOf(ctx, m, 'demand')?.value === count.value);
  // "Azure might have 10k to 40k H100s, what's the value range?": both ends priced, with the
  // article's holding when the range is the one it gives.
  const high = s.counts.find((c) => c.range === 'high');
  // ("has 35-40k H100s… what's the upper end worth?": the end asked of the range quoted.)
  if (count?.range === 'low' && high !== undefined && s.bound !== undefined) {
    const held = buyer === undefined ? undefined : figureOf(ctx, buyer, 'holdings');
    const same = held !== undefined && endsOf(held).join() === [count.value, high.value].join();
    if (same && buyer !== undefined) return holdingsCost(ctx, buyer, price, s.bound);
    const end = s.bound === 'high' ? high.value : count.value;
    const subject = buyer ?? ctx.kb.entityById.get('h100');
    if (subject !== undefined) return costOfRange(ctx, subject, [end, end], { price });
  }
  if (count?.range === 'low' && high !== undefined && s.bound === undefined) {
    const held = buyer === undefined ? undefined : figureOf(ctx, buyer, 'holdings');
    const same = held !== undefined && endsOf(held).join() === [count.value, high.value].join();
    const subject = buyer ?? ctx.kb.entityById.get('h100');
    if (same && buyer !== undefined) return holdingsCost(ctx, buyer, price);
    if (subject !== undefined) return costOfRange(ctx, subject, [count.value, high.value], { price });
  }
  // "meta's demand worth, for both the low and the high estimate?": both of its figures priced.
  // ("Meta的两种说法(2.5万和10万)按每张3.5万美元分别值多少钱": both figures quoted.)
  const bothQuoted =
    two !== undefined &&
    s.counts.some((c) => c.value === two.low) &&
    s.counts.some((c) => c.value === two.high);
  if (
    buyer !== undefined &&
    buyer.id === two?.entityId &&
    ((BOTH_FIGURES.test(s.reading.text) &&
      (count === undefined || count.value === two?.low || count.value === two?.high)) ||
      bothQuoted)
  )
    return costOfRange(ctx, buyer, [two.low, two.high], { price, facts: demandFacts(ctx, buyer) });
  // ("一間大雲廠要嘅 3 萬張值幾多": one member's count, restated, is what one of them wants: that count alone.)
  // ("大型雲廠商每家那3萬張要花多少錢": each one's count, restated, priced once.)
  // ("每家大云可能需要3万张H100。四大云加起来…总共是多少钱?": all of them added up is asked, not one.)
  const oneOfThem =
    restated && (ONE_MEMBER.test(s.reading.text) || /每家|各家/u.test(s.reading.text)) && !s.has('total');
  if (oneOfThem && count !== undefined && h100 !== undefined) return cost(ctx, h100, price, count.value);
  // ("as many as one of the big clouds needs, at $27k each": one member's figure, when every member has
  // the same one.)
  const alike =
    buyer?.kind === 'group' &&
    count === undefined &&
    (ONE_MEMBER.test(s.reading.text) ||
      s.reading.entities.some((m) => m.start < 0 && m.entity === buyer && ONE_MEMBER.test(m.text)))
      ? membersOf(ctx, buyer).map((m) => figureOf(ctx, m, 'demand'))
      : [];
  const [one] = alike;
  if (
    one !== undefined &&
    h100 !== undefined &&
    !one.range &&
    alike.every((f) => f !== undefined && !f.range && f.value === one.value && f.gpu === one.gpu)
  )
    return costOfRange(ctx, h100, [one.value, one.value], { price, facts: one.facts });
  // ("take the 'Meta wants 100k or more' figure: what's that cost?": the figure the question sets for it.)
  const setFigure =
    buyer !== undefined && buyer.id === two?.entityId && count === undefined && s.scenario === 'meta-100k'
      ? two.high
      : undefined;
  if (buyer !== undefined)
    return cost(ctx, buyer, price, restated ? undefined : (count?.value ?? setFigure), { each });
  if (count !== undefined && s.counts.every((c) => c.value !== total)) {
    const h100 = ctx.kb.entityById.get('h100');
    return h100 === undefined ? undefined : cost(ctx, h100, price, count.value);
  }
  // (The total under the figure of Meta's the question sets: "(meta at the lower figure): what's it worth".)
  return gap(ctx, {
    scenario,
    focus: s.has('gap') && s.scenario !== 'meta-25k' ? 'gap' : 'total',
    ...(price === undefined ? {} : { price }),
  });
}

/**
 * The GPU valued, when the article gives it no price: the model of the count ("7k a100s"), or the only
 * GPU named when every GPU named is unpriced ("Meta's A100s").
 */
function unpricedGpuOf(ctx: AskContext, s: Slots, count: Slots['counts'][number] | undefined) {
  const id =
    count?.model ??
    (s.gpus.length > 0 && s.gpus.every((g) => !isPriced(ctx, g.id)) ? s.gpus[0]?.id : undefined);
  return id === undefined || isPriced(ctx, id) ? undefined : ctx.kb.entityById.get(id);
}
