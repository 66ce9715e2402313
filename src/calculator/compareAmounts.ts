import type { Amount, Calculation } from './calculation.js';

/**
 * How much larger one count is than another: "OpenAI's 50,000 − Meta's 25,000 = 25,000".
 *
 * @param a - the larger (or first-named) count, labelled with its entity
 * @param b - the count it is compared with
 */
export function difference(a: Amount, b: Amount): Calculation {
  const result: Amount = { value: a.value - b.value, unit: a.unit };
  return { kind: 'difference', result, steps: [{ op: 'subtract', operands: [a, b], result }] };
}

/**
 * What is left of a whole once a part is taken out: "432,000 − 220,000 = 212,000" (everyone but the
 * clouds).
 */
export function remainder(whole: Amount, part: Amount): Calculation {
  return { ...difference(whole, part), kind: 'remainder' };
}

/**
 * How many times one count is another: "50,000 ÷ 10,000 = 5×".
 *
 * @throws RangeError when `b` is zero, which no article figure is
 */
export function ratio(a: Amount, b: Amount): Calculation {
  if (b.value === 0) throw new RangeError('ratio against zero');
  const exact = a.value / b.value;
  // Two decimals, or three where two would hide the ratio (432,000 ÷ 430,000 is 1.005×, not 1×).
  const two = Math.round(exact * 100) / 100;
  const value = Math.abs(two - exact) > 0.002 * Math.abs(exact) ? Math.round(exact * 1000) / 1000 : two;
  const result: Amount = { value, unit: 'times' };
  return { kind: 'ratio', result, steps: [{ op: 'divide', operands: [a, b], result }] };
}

/** What share of a whole a part is, in percent to one decimal: "50,000 ÷ 432,000 = 11.6%". */
export function share(part: Amount, whole: Amount): Calculation {
  if (whole.value === 0) throw new RangeError('share of zero');
  // To a tenth of a point; under one percent, to a hundredth, so a small share is not rounded to zero.
  const percent = (part.value / whole.value) * 100;
  const places = Math.abs(percent) < 1 ? 100 : 10;
  const result: Amount = { value: Math.round(percent * places) / places, unit: 'percent' };
  return { kind: 'share', result, steps: [{ op: 'divide', operands: [part, whole], result }] };
}
