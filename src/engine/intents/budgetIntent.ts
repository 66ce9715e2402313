import { exchangeToUsd } from '../../calculator/exchangeToUsd.js';
import { budgetCount } from '../answers/budgetCount.js';
import { currencyOfSum, statedRate } from '../exchangeRate.js';
import type { RoledAmount, Slots } from '../slots.js';
import { atSetPrice } from './atSetPrice.js';
import type { Intent } from './intent.js';

// No H100 costs this much: a sum of dollars at least this large is money to spend, not a price.
const BUDGET_FLOOR_USD = 100_000;

const BUYING =
  /\b(?:buy|buys|bought|afford|purchase|get|grab|pick up|cop|score|budget)\b|预算|买|買|购|購|入手|拿下|能换|換多少|换多少|够买|夠買/u;

// "we have $5M earmarked, how many H100s is that", "say we had ten million bucks": money held, then counted.
const HOLDING_MONEY =
  /\b(?:have|had|has|got|raised|earmark(?:ed|ing)?|set(?:ting)? aside|allocat(?:e|ed|ing)|spends?|spending|spent|dropp(?:ed|ing)|drops?|threw|throws?|blew|blows?|puts?|invest(?:s|ed|ing)?|sinks?|sank|with|go all)\b|手上有|手头有|手頭有|有|融了|融资|融資|砸/u;

/** The sum of money the question spends: dollars, not said per GPU, beyond any GPU's price. */
function budgetOf(s: Slots): RoledAmount | undefined {
  return s.amounts.find(
    (a) =>
      a.role === 'money' ||
      (a.role === 'price' && a.currency && !a.perUnit && a.value >= BUDGET_FLOOR_USD) ||
      // "if i had half a mil, how many H100s at the article's price?", "we raised 5 mil. at $35k/card how
      // many": no currency, but spent at a price.
      (a.role !== 'price' &&
        !a.gpus &&
        !a.currency &&
        a.value >= BUDGET_FLOOR_USD &&
        (AT_A_PRICE.test(s.reading.text) ||
          s.amounts.some((b) => b.role === 'price' && b.perUnit) ||
          // ("i've got 2 mil. how many H100s?": millions held are money; no one holds millions of GPUs.
          // A bare 两百万 may be yuan, so it stays unread.)
          (a.value >= MILLIONS &&
            HELD_BEFORE.test(s.reading.text.slice(Math.max(0, a.start - 16), a.start))))),
  );
}

const MILLIONS = 1_000_000;
const HELD_BEFORE = /\b(?:have|had|got|raised|with)\s+(?:about|around|like|roughly|~)?\s*$/u;

const AT_A_PRICE =
  /\bat (?:the )?(?:article'?s? )?(?:price|rate)\b|按文章的?(?:单价|价格)|照文章的?(?:单价|價格)/u;

/**
 * "we have 512 A100s and a $2M budget. how many H100s does Inflection want?": the money is the
 * speaker's context; the sentence that asks, without it or a word of buying, asks of a name.
 */
function askedOfAName(s: Slots, budget: RoledAmount): boolean {
  return s.named.length > 0 && !s.asking.at(budget.start) && !BUYING.test(s.asking.text);
}

/**
 * "I have $100M, how many H100s can I buy?", "一亿美元按文章的单价能买多少张": a budget divided by the
 * price (the user's, said per GPU, or the article's ~$35,000).
 */
/** The money left after buying asked: "how much is left over", "剩多少钱", "找返几多". */
export const MONEY_LEFT =
  /\bleft ?over\b|\b(?:money|cash|budget|dollars?) (?:is |would be |will be )?left\b|\bhow much (?:is |would be |will be |do (?:i|we) have )?left\b|\bwhat(?:'s|s|’s| is| would be) left\b|\bremain(?:s|ing|der)?\b|\bchange (?:left|back)\b|剩(?:下|余|餘|返)?(?:多少|几多|幾多|几|幾)?(?:钱|錢)|余(?:下|额)|餘(?:下|額)|找(?:返|回)?(?:多少|几多|幾多)/u;

export const budgetIntent = {
  id: 'budget',
  cues: { howMany: 0.6, value: 0.3 },
  patterns: [{ re: BUYING, weight: 1 }],
  needs: (s) => {
    const budget = budgetOf(s);
    return (
      budget !== undefined &&
      (BUYING.test(s.reading.text) ||
        HOLDING_MONEY.test(s.reading.text) ||
        // ("$5M at 35k each: how many H100s?": a sum of money set beside a price each is money to spend.)
        (budget.role === 'money' &&
          s.price?.perUnit === true &&
          s.counts.length === 0 &&
          /^[\s.,，。:;：]*(?:at|@|按|以)\s*$/u.test(s.reading.text.slice(budget.end, s.price.start)))) &&
      // ("按每张三万买H100, 买完还剩多少钱?": what is left asks how many it buys first.)
      (s.has('howMany') || MONEY_LEFT.test(s.reading.text)) &&
      !askedOfAName(s, budget)
    );
  },
  // A budget and a question of how many it buys outweigh a valuation, which a dollar sum also cues.
  // (What is left of it, "买完还剩多少钱", is asked only of a budget, whatever words of value it has.)
  fit: (s) => 3.5 + (MONEY_LEFT.test(s.reading.text) ? 1.5 : 0),
  run: (ctx, s) => {
    const budget = budgetOf(s);
    if (budget === undefined) return undefined;
    const price = s.amounts.find((a) => a !== budget && a.role === 'price');
    // ("预算是五千万人民币, 汇率按1美元=7.2元人民币": a budget in another currency, in dollars at the
    // user's rate first; with no rate said, the article's dollar price cannot buy it.)
    const held = currencyOfSum(budget, s.reading.text);
    // (A price in the same currency, "五千萬港紙, 一張當28萬港紙", divides it as it is.)
    const samePrice =
      price !== undefined && held !== undefined && currencyOfSum(price, s.reading.text) === held;
    if (held !== undefined && !samePrice) {
      const rate = statedRate(s.reading.text);
      if (rate === undefined || rate.currency !== held) return undefined;
      const inUsd = exchangeToUsd(budget.value, rate.perUsd, held);
      const counted = budgetCount(ctx, inUsd.result.value, price?.value, MONEY_LEFT.test(s.reading.text));
      return counted === undefined
        ? undefined
        : { ...counted, calculations: [inUsd, ...counted.calculations] };
    }
    // ("跌價15%之後七百萬美金買到幾多張": a price moved first, its working shown before the count.)
    // ("…how many whole cards, and how much cash is left over?": what the whole GPUs leave of it.)
    const leftOver = MONEY_LEFT.test(s.reading.text);
    return atSetPrice(ctx, s, (at) => budgetCount(ctx, budget.value, at, leftOver), { price: price?.value });
  },
  examples: {
    en: [
      'we have $100M to spend, how many H100s can we buy at the article price?',
      'how many h100s does 1 billion dollars get you at 30k each',
    ],
    zh: ['预算一亿美元，按文章的单价能买多少张 H100？', '5000万美元按每张3万能买几张'],
  },
} as const satisfies Intent;
