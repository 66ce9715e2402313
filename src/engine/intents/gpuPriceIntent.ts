import { notFound } from '../answers/notFound.js';
import { topic } from '../answers/topic.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { atSetPrice } from './atSetPrice.js';
import { isPriced } from './figures.js';
import type { Intent } from './intent.js';

// A price in one market or channel ("in China", "在台灣賣", "二手", "渠道加价"): the article gives one
// price for the H100, for no place or channel in particular.
const MARKET =
  /\bin (?:china|taiwan|hong kong|hk|the us|the states|europe|japan|korea|india)\b|\b(?:second[- ]?hand|secondary market|used market|resale|resell\w*|flipp?(?:ing|ed|ers?)|ebay|scalp\w*|grey market|gray market|black market|street price|going price|spot price)\b|(?:在|于)?(?:中国|台湾|台灣|香港|大陆|大陸|日本|韩国|美国)(?:卖|賣|的价|的價|价格|價格|市场|市場)|国内(?:的)?(?:价|價|卖|賣|行情)|國內(?:的)?(?:價|賣|行情)|二手|黑市|渠道|加价|加價|行情|现价|現價|市价|市價/u;

/**
 * "What does an H100 cost?", "what price does the article give for an A100?": the article prices the
 * H100 alone (about $35,000); any other GPU's price, or a price in a market it does not name ("in
 * China", "二手"), is not in it.
 */
export const gpuPriceIntent = {
  id: 'gpu-price',
  // ("what's all that demand worth" values the demand, not one GPU.)
  cues: { value: 1.2, each: 0.3, total: -1.5, gap: -1.5, demand: -1 },
  patterns: [
    // A market's price is asked of a GPU, whatever else the message mentions (China's H800 buyers).
    { re: MARKET, weight: 1.5 },
    {
      re: /\b(?:go|goes|going|sell|sells|selling) for\b|啥价|什么价|价格|價格|卖多少|賣多少|多少钱一|多少錢一/u,
      weight: 1,
    },
    {
      re: /\bprice\b.{0,40}\b(?:of|for)\b|\bcost of an?\b|\bhow much (?:is|does) an?\b|\bper (?:gpu|card)\b|多少钱一张|一张多少钱|单价|售价/u,
      weight: 1,
    },
  ],
  // "what per-GPU price does the article assume?": the GPU is the one the article prices.
  // ("苹果买了多少张h100" asks how many were bought, not what one costs.)
  needs: (s, ctx) =>
    (s.gpus.length >= 1 || PER_GPU.test(s.reading.text) || movedPriceAsked(s)) &&
    !(/多少张|几张|多少块|\bhow many\b/u.test(s.reading.text) && !PRICE_ASKED.test(s.reading.text)) &&
    s.named.length === 0 &&
    // ("what's an A100 cost? want to compare it to the $35k H100": the price given is the H100's.)
    (s.price === undefined ||
      movedPriceAsked(s) ||
      (s.gpus.some((g) => !isPriced(ctx, g.id)) && s.gpus.some((g) => isPriced(ctx, g.id)))) &&
    (s.counts.length === 0 || MARKET.test(s.asking.text)) &&
    // Several GPUs: only when one of them is not priced ("what does an H800 go for compared to an H100").
    (s.gpus.length <= 1 || s.gpus.some((g) => !isPriced(ctx, g.id))),
  // A GPU the article gives no price for, asked its price, is what the message asks, whatever price it
  // quotes for another ("what's an A100 cost? want to compare it to the $35k H100").
  // (So is a price in a market the article does not cover: "the h100 price on the secondary market",
  // whose "market" is also a word of totals.)
  fit: (s, ctx) =>
    (s.gpus.some((g) => !isPriced(ctx, g.id)) && MONEY_ASKED.test(s.reading.text)) ||
    MARKET.test(s.asking.text)
      ? 3.5
      : movedPriceAsked(s)
        ? 4
        : 0.5,
  run: (ctx, s) => {
    // ("降价 20% 后单价多少"): the article's price moved by the question's percentage, worked.
    if (movedPriceAsked(s)) return atSetPrice(ctx, s, () => topic(ctx, ['price']));
    const unpriced = s.gpus.find((g) => !isPriced(ctx, g.id));
    const gpu = s.gpus[0] ?? pricedGpu(ctx);
    if (unpriced !== undefined) return notFound(ctx, { what: 'price', entity: unpriced });
    if (gpu === undefined) return undefined;
    const market = MARKET.exec(s.asking.text)?.[0];
    return market === undefined ? topic(ctx, ['price']) : notFound(ctx, market.trim(), [gpu]);
  },
  examples: {
    en: ['What price does the article give for an A100?', 'how much does an H100 cost per the article?'],
    zh: ['文章里 H100 一张多少钱？', 'A100 的单价是多少'],
  },
} as const satisfies Intent;

/** Money asked of a GPU, not an amount of anything else ("how much faster" asks a speed-up). */
const MONEY_ASKED =
  /多少钱|多少錢|价格|價格|价钱|價錢|单价|單價|售价|售價|什么价|啥价|贵|貴|便宜|\bprices?\b|\bcosts?\b|\bworth\b|\bexpensive\b|\bpricier\b|\bcheaper\b|\bhow much (?:is|does|would|for) (?:an?|one)\b/u;

const PRICE_ASKED =
  /多少钱|价|贵|便宜|\bprice|\bcost|\bhow much\b|\bworth\b|\bexpensive\b|\bpricier\b|\bcheaper\b/u;

const PER_GPU =
  /\bper[- ](?:gpu|card|unit|chip)\b|\bprice (?:per|of an?) (?:gpu|card)\b|单价|每张.{0,4}(?:价|多少钱)|一张多少钱/u;

/** What one GPU costs after a move, asked: "单价降到多少", "每張變幾錢", "what's the new per-card price". */
const NEW_PRICE_ASKED =
  /单价|單價|每张|每張|一张|一張|每块|每塊|\bper[- ](?:gpu|card|unit|chip|h100)\b|\beach\b|\bnew price\b|\bprice (?:be(?:come)?s?|now|then)\b|\b(?:one|a single|an?) (?:card|gpu|h100|unit)\b|(?:降|跌|变|變)(?:到|成)?(?:多少|幾多|几多|幾錢|几钱)|(?:變|变)(?:幾多|几多|幾錢|几钱|多少)/u;

/** A price moved by a percentage, with what one GPU then costs asked, and nothing counted or named. */
function movedPriceAsked(s: Slots): boolean {
  return (
    s.priceChange !== undefined &&
    s.counts.length === 0 &&
    s.named.length === 0 &&
    !s.has('total', 'gap', 'demand') &&
    NEW_PRICE_ASKED.test(s.asking.text) &&
    // ("…如果单价涨20%呢?" re-asks the part before at that price: no price asked of its own.)
    (/多少|几多|幾多|几钱|幾錢|\bwhat\b|\bhow much\b/u.test(s.asking.text) ||
      (/[?？]\s*$|\b(?:now|then)\s*$/u.test(s.asking.text) && !/呢\s*[?？]*\s*$/u.test(s.asking.text)))
  );
}

/** The GPU the article gives a price for. */
function pricedGpu(ctx: AskContext) {
  const id = ctx.kb.facts.find((f) => f.topic === 'price' && f.subject !== undefined)?.subject;
  return id === undefined ? undefined : ctx.kb.entityById.get(id);
}
