export { a100Equivalents } from './a100Equivalents.js';
export type { Amount, AmountUnit, Calculation, Step } from './calculation.js';
export { assertCount, assertPrice, MAX_GPU_COUNT, MAX_PRICE_USD } from './limits.js';
export { sumGpus } from './sumGpus.js';
export { valueAtPrice } from './valueAtPrice.js';
export { gpusForBudget, MAX_BUDGET_USD } from './gpusForBudget.js';
export { difference, ratio, share } from './compareAmounts.js';
export { h100Equivalents } from './h100Equivalents.js';
export { scaleDuration } from './scaleDuration.js';
