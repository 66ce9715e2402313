import type { Calculation } from './calculation.js';

/**
 * The mean of several counts: their sum (worked as its own step before) divided by how many they are,
 * to one decimal: "82,000 ÷ 3 = 27,333.3".
 *
 * @param sum - the sum calculation of the counts
 * @throws RangeError for a sum of no counts
 */
export function averageGpus(sum: Calculation): Calculation {
  const n = sum.steps[0]?.operands.length ?? 0;
  if (n === 0) throw new RangeError('average of no counts');
  const result = { value: Math.round((sum.result.value / n) * 10) / 10, unit: sum.result.unit } as const;
  return {
    kind: 'average',
    result,
    steps: [{ op: 'divide', operands: [sum.result, { value: n, unit: 'entities' }], result }],
  };
}
