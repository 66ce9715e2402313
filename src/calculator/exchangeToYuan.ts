import { UserInputError } from '../errors/UserInputError.js';
import type { Calculation } from './calculation.js';

/** No yuan-to-dollar rate has ever been near this; a larger one is a typo. */
export const MAX_YUAN_PER_USD = 100;

/**
 * A sum of US dollars in Chinese yuan at the user's rate: "$15,120,000,000 × 7.2 = ¥108,864,000,000".
 * The article prices only in dollars, so the rate is always the user's.
 *
 * @param usd - the sum in US dollars, e.g. 15,120,000,000
 * @param rate - yuan to one dollar, e.g. 7.2
 * @param each - the sum is a price per GPU, and so is the result
 * @throws UserInputError for a rate that is not a number above 0 and at most {@link MAX_YUAN_PER_USD}
 * @example exchangeToYuan(1_000, 7.2) // result ¥7,200, step $1,000 × 7.2 = ¥7,200
 */
export function exchangeToYuan(usd: number, rate: number, each = false): Calculation {
  if (!Number.isFinite(rate) || rate <= 0 || rate > MAX_YUAN_PER_USD) {
    throw new UserInputError('invalid-rate', {
      en: `The exchange rate must be a number of yuan to the dollar above 0 and at most ${MAX_YUAN_PER_USD}, e.g. 7.2.`,
      zh: `汇率须为每美元兑大于 0、不超过 ${MAX_YUAN_PER_USD} 元人民币的数字，例如 7.2。`,
    });
  }
  // Rounded to the fen: 7.2 is stored as 7.2000000000000002.
  const result = { value: Math.round(usd * rate * 100) / 100, unit: each ? 'cny-per-gpu' : 'cny' } as const;
  return {
    kind: 'exchange',
    result,
    steps: [
      {
        op: 'multiply',
        operands: [
          { value: usd, unit: each ? 'usd-per-gpu' : 'usd' },
          { value: rate, unit: 'cny-per-usd' },
        ],
        result,
      },
    ],
  };
}
