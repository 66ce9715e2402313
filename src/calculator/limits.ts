import { UserInputError } from '../errors/UserInputError.js';

/** No H100 ever sold for this much; a larger price is a typo, not a scenario. */
export const MAX_PRICE_USD = 10_000_000;
/** Ten times every H100 in the article combined: enough for any what-if. */
export const MAX_GPU_COUNT = 100_000_000;

/**
 * Checks a price per GPU in US dollars.
 *
 * @throws UserInputError unless the price is a finite number above 0 and at most {@link MAX_PRICE_USD}
 */
export function assertPrice(price: number): number {
  if (!Number.isFinite(price) || price <= 0 || price > MAX_PRICE_USD) {
    throw new UserInputError('invalid-price', {
      en: `The price must be a number of US dollars above 0 and at most $${MAX_PRICE_USD.toLocaleString('en-US')} per GPU, e.g. 30000 or $30k.`,
      zh: `价格须为大于 0、不超过每张 ${MAX_PRICE_USD / 10_000}万美元的数字，例如 30000 或 3万。`,
    });
  }
  return price;
}

/**
 * Checks a GPU count.
 *
 * @throws UserInputError unless the count is a whole number from 1 to {@link MAX_GPU_COUNT}
 */
export function assertCount(count: number): number {
  if (!Number.isSafeInteger(count) || count <= 0 || count > MAX_GPU_COUNT) {
    throw new UserInputError('invalid-count', {
      en: `The number of GPUs must be a whole number from 1 to ${MAX_GPU_COUNT.toLocaleString('en-US')}, e.g. 50000 or 50k.`,
      zh: `GPU 数量须为 1 到 ${MAX_GPU_COUNT / 100_000_000}亿之间的整数，例如 50000 或 5万。`,
    });
  }
  return count;
}
