import type { Amount, Calculation } from '../../calculator/calculation.js';
import { exchangeToYuan } from '../../calculator/exchangeToYuan.js';
import type { Answer } from '../answer.js';
import type { Slots } from '../slots.js';

const IN_YUAN: Partial<Record<Amount['unit'], Amount['unit']>> = { usd: 'cny', 'usd-per-gpu': 'cny-per-gpu' };
const IN_FOREIGN = {
  hkd: { usd: 'hkd', 'usd-per-gpu': 'hkd-per-gpu' },
  twd: { usd: 'twd', 'usd-per-gpu': 'twd-per-gpu' },
} as const satisfies Record<'hkd' | 'twd', Partial<Record<Amount['unit'], Amount['unit']>>>;
// Sums of money an exchange rate turns into yuan (a price per GPU is working, not an answer).
const MONEY_KINDS: ReadonlySet<Calculation['kind']> = new Set(['gap-value', 'demand-cost']);

/**
 * An answer's money in yuan, as the question asks it. At a price the user gave in yuan ("按每张25万人民币
 * 算") the products are yuan, not dollars (and Hong Kong or New Taiwan dollars at a price given in them); with an exchange rate ("按汇率7.2算"), each dollar sum is
 * exchanged at it, the working shown. Any other answer is returned as it is.
 */
export function inYuan(answer: Answer, slots: Slots): Answer {
  const { rate } = slots;
  // A price the user gave in another currency prices every sum in the answer in it, when it is the one
  // the answer used: yuan, or Hong Kong or New Taiwan dollars ("27萬港紙一張"), which no rate turns into
  // dollars.
  const userPriced = answer.price?.fromUser === true && answer.price.value === slots.price?.value;
  const foreign = slots.price?.foreign;
  if (userPriced && answer.price !== undefined && foreign !== undefined)
    return relabelled({ ...answer, price: { ...answer.price, foreign } }, IN_FOREIGN[foreign]);
  if (userPriced && answer.price !== undefined && slots.price?.yuan)
    return relabelled({ ...answer, price: { ...answer.price, yuan: true } }, IN_YUAN);
  // (A rate the answer already used to turn the user's money into dollars is spent: "预算五千万人民币,
  // 1美元=7.2元, 能买多少张" answers in H100s, not in yuan again.)
  const spent = answer.calculations.some((c) => c.kind === 'exchange' && c.result.unit === 'usd');
  if (rate === undefined || answer.price?.yuan || spent) return answer;
  const sums = answer.calculations.filter((c) => MONEY_KINDS.has(c.kind) && c.result.unit === 'usd');
  // With no sum, the price itself ("一张H100多少人民币"): the one the answer used, or the article's.
  const quoted = answer.facts.find((f) => f.unit === 'usd-per-gpu')?.quantity;
  const price = answer.price?.value ?? (quoted !== undefined && 'value' in quoted ? quoted.value : undefined);
  const exchanged =
    sums.length > 0
      ? sums.map((c) => exchangeToYuan(c.result.value, rate.value))
      : price === undefined
        ? []
        : [exchangeToYuan(price, rate.value, true)];
  return exchanged.length === 0
    ? answer
    : { ...answer, calculations: [...answer.calculations, ...exchanged] };
}

/** The answer's calculations with each dollar amount in the currency the user priced in. */
function relabelled(answer: Answer, to: Partial<Record<Amount['unit'], Amount['unit']>>): Answer {
  const relabel = (a: Amount): Amount => ({ ...a, unit: to[a.unit] ?? a.unit });
  return {
    ...answer,
    calculations: answer.calculations.map((c) => ({
      ...c,
      result: relabel(c.result),
      steps: c.steps.map((s) => ({ ...s, operands: s.operands.map(relabel), result: relabel(s.result) })),
    })),
  };
}
