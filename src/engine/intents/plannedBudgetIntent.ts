import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import { budgetCount } from '../answers/budgetCount.js';
import { pricing } from '../answers/gap.js';
import { atSetPrice } from './atSetPrice.js';
import type { Intent } from './intent.js';

/** The money kept as it was planned: "the same budget", "same money", "預算不變", "同樣的錢". */
export const SAME_BUDGET =
  /\bsame (?:budget|money|cash|spend|amount of money)\b|\bbudget (?:stays|stayed|is) (?:the same|fixed|flat)\b|\bkeep(?:ing)? the budget\b|预算不变|預算不變|同样的钱|同樣的錢|同样的预算|同樣的預算|钱不变|錢不變/u;

/**
 * "We'd planned for 64 H100s at $35k. If the price jumps 12%, how many whole cards does the same budget
 * buy?": the budget the plan comes to (64 × $35,000), spent at the moved price.
 */
export const plannedBudgetIntent = {
  id: 'planned-budget',
  cues: {},
  patterns: [],
  needs: (s) =>
    s.priceChange !== undefined &&
    SAME_BUDGET.test(s.reading.text) &&
    s.counts.length === 1 &&
    !s.amounts.some((a) => a.role === 'money'),
  // A plan re-priced outweighs the value of its count at the new price, which its words also suggest.
  fit: () => 4.5,
  run: (ctx, s) => {
    const [count] = s.counts;
    if (count === undefined) return undefined;
    const planned = valueAtPrice(count.value, pricing(ctx.kb, s.price?.value).value, 'demand-cost');
    const answer = atSetPrice(ctx, s, (moved) => budgetCount(ctx, planned.result.value, moved));
    if (answer === undefined) return undefined;
    // (The plan's cost first, then the price moved, then what it buys.)
    return { ...answer, calculations: [planned, ...answer.calculations] };
  },
  examples: {
    en: [
      "We'd planned for 64 H100s at $35k. If the price jumps 12%, how many whole cards does the same budget buy?",
    ],
    zh: ['原本计划按 3.5 万美元买 100 张 H100, 如果涨价 10%, 同样的预算能买几张?'],
  },
} as const satisfies Intent;
