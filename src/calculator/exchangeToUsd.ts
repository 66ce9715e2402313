import { UserInputError } from '../errors/UserInputError.js';
import type { AmountUnit, Calculation } from './calculation.js';

/** Foreign currencies a sum may be given in, each with the rates no real exchange has come near. */
const MAX_PER_USD = { cny: 100, hkd: 100, twd: 1_000 } as const;

/** A currency the user may give a sum in, with a rate to the dollar of their own. */
export type ForeignCurrency = keyof typeof MAX_PER_USD;

/**
 * A sum in another currency in US dollars at the user's rate: "¥50,000,000 ÷ 7.2 = $6,944,444.44".
 * The article prices only in dollars, so a budget in yuan, Hong Kong or New Taiwan dollars is first
 * turned into dollars at the rate the user says.
 *
 * @param amount - the sum in the foreign currency, e.g. 50,000,000
 * @param perUsd - units of that currency to one US dollar, e.g. 7.2
 * @param currency - which currency the sum is in
 * @throws UserInputError for a rate that is not a number above 0 and at most the currency's bound
 * @example exchangeToUsd(50_000_000, 7.2, 'cny') // result $6,944,444.44
 */
export function exchangeToUsd(amount: number, perUsd: number, currency: ForeignCurrency): Calculation {
  const max = MAX_PER_USD[currency];
  if (!Number.isFinite(perUsd) || perUsd <= 0 || perUsd > max) {
    throw new UserInputError('invalid-rate', {
      en: `The exchange rate must be a number of units to the dollar above 0 and at most ${max}, e.g. 7.2.`,
      zh: `汇率须为每美元兑大于 0、不超过 ${max} 的数字，例如 7.2。`,
    });
  }
  const unit: AmountUnit = currency;
  // Rounded to the cent: 5e7 / 7.2 is 6,944,444.444….
  const result = { value: Math.round((amount / perUsd) * 100) / 100, unit: 'usd' } as const;
  return {
    kind: 'exchange',
    result,
    steps: [
      {
        op: 'divide',
        operands: [
          { value: amount, unit },
          { value: perUsd, unit: 'foreign-per-usd' },
        ],
        result,
      },
    ],
  };
}
