import { difference, share } from '../../calculator/compareAmounts.js';
import { pricePerGpu } from '../../calculator/pricePerGpu.js';
import type { Answer } from '../answer.js';
import { buildAnswer } from '../answers/buildAnswer.js';
import { pricing } from '../answers/gap.js';
import type { RoledAmount, Slots } from '../slots.js';
import type { Intent } from './intent.js';

/** No H100 costs this much: a sum this large is what many cost together. */
const TOTAL_FLOOR_USD = 100_000;

/** The price of one asked: "per-GPU price", "how much per card", "每张多少钱", "单价是多少", "implied price". */
export const EACH_ASKED =
  /\b(?:what(?:'s|’s| is| was| would be| does)|how much is|what do(?:es)? (?:that|it) (?:come|work) out to)\b[^?.]{0,24}\b(?:per[- ](?:gpu|card|unit|h100|a100|chip|piece)|unit (?:price|cost)|price (?:each|per)|cost (?:each|per)|each|apiece|a pop)\b|\bimplied (?:price|cost|per)\b|\bhow much (?:is |was |did |does |would |do )?(?:(?:that |it |they |those )?(?:come to )?(?:each|per (?:card|gpu|unit|h100|chip)|apiece|a pop)|one|a (?:card|gpu|unit|piece))\b|\bper[- ](?:gpu|card|unit|h100|chip) (?:price|cost)\s*[?？]|每[张張块塊台个個卡]\s*(?:隐含|隱含|平均|大概|约|約)?\s*(?:多少|几多|幾多)|(?:一|每)[张張块塊](?:卡)?\s*(?:是|系|係|要|值)?\s*(?:多少|几多|幾多)(?:钱|錢|美元|刀)?|(?:单价|單價|均价|均價)\s*(?:是|系|係|大概|约|約)?\s*(?:多少|几多|幾多)|隐含.{0,6}(?:价|價|多少)|隱含.{0,6}(?:價|多少)/u;

/** The claim in a yes/no: the user's price said to be above (else below) the article's. */
const BELOW_CLAIMED = /\b(?:below|lower|less|cheaper|under)\b|便宜|低于|低於|少于|少於/u;
const ABOVE_CLAIMED = /\b(?:above|higher|more|pricier|over|dearer)\b|贵|貴|高于|高於|多于|多於/u;

/** The sum paid for all of them: dollars beyond any GPU's price, not said per GPU. */
function totalOf(s: Slots): RoledAmount | undefined {
  const sums = s.amounts.filter(
    (a) =>
      (a.role === 'money' || a.role === 'price' || a.role === 'bare') &&
      !a.perUnit &&
      a.value >= TOTAL_FLOOR_USD &&
      (a.currency || a.role !== 'bare'),
  );
  return sums.length === 1 ? sums[0] : undefined;
}

/**
 * "If someone quoted $2B for 50,000 H100s, what's the per-GPU price?", "150亿美元买43.2万张, 每张隐含多少美元?":
 * the total divided by the count, set against the article's ~$35,000 (by how much, and in percent), with
 * a Yes/No when the question claims it is above or below.
 */
export const unitPriceIntent = {
  id: 'unit-price',
  cues: {},
  patterns: [{ re: EACH_ASKED, weight: 5 }],
  // (A price said per GPU, "at 35k each", is the price: no price of one is asked.)
  needs: (s) => s.counts.length === 1 && totalOf(s) !== undefined && EACH_ASKED.test(s.reading.text),
  // A sum of money and a count, with the price of one asked: nothing else divides the one by the other.
  fit: () => 1,
  run: (ctx, s): Answer | undefined => {
    const total = totalOf(s);
    const [count] = s.counts;
    if (total === undefined || count === undefined || count.range !== undefined) return undefined;
    const article = pricing(ctx.kb, undefined);
    if (article.facts.length === 0) return undefined;
    const each = pricePerGpu(total.value, count.value);
    const against = { value: article.value, unit: 'usd-per-gpu' } as const;
    const apart = difference(each.result, against);
    // (The article's own price, to the dollar, needs no difference worked: "that is the article's ~$35,000".)
    const calculations =
      apart.result.value === 0
        ? [each]
        : [each, apart, share({ value: Math.abs(apart.result.value), unit: 'usd-per-gpu' }, against)];
    const claimsBelow = BELOW_CLAIMED.test(s.reading.text);
    const claimsAbove = !claimsBelow && ABOVE_CLAIMED.test(s.reading.text);
    const claimed = s.yesNo && (claimsAbove || claimsBelow);
    const held = claimsBelow ? each.result.value < article.value : each.result.value > article.value;
    return {
      ...buildAnswer(ctx, {
        kind: 'cost',
        found: true,
        topic: 'price',
        facts: article.facts,
        calculations,
      }),
      ...(claimed ? { verdict: held ? ('yes' as const) : ('no' as const) } : {}),
    };
  },
  examples: {
    en: [
      'someone quoted $2B for 50,000 H100s, what is the per-GPU price?',
      'we paid 7 million for 200 H100s, how much per card?',
    ],
    zh: ['150亿美元买43.2万张, 每张隐含多少美元?', '一亿美元买了 2500 张卡, 单价是多少?'],
  },
} as const satisfies Intent;
