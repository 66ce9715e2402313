import { MAX_PRICE_USD } from '../../calculator/limits.js';

/**
 * The fixed parts of the `price` option that `/gap` and `/demand` share; each adds its own
 * description. Its bounds are the calculator's, so Discord refuses what the calculator would.
 */
export const priceOption = {
  name: 'price',
  nameZh: '价格',
  type: 'number',
  required: false,
  minValue: 1,
  maxValue: MAX_PRICE_USD,
} as const;
