import type { Calculation } from './calculation.js';
import { assertCount } from './limits.js';

/**
 * A GPU count times a factor, for a what-if ("if Inflection's 22,000 doubled"): "22,000 × 2 = 44,000".
 * A factor of zero (dropped out) gives zero; a fraction rounds to whole GPUs.
 *
 * @param gpus - the count before, e.g. 22,000
 * @param factor - what it is multiplied by, e.g. 2 or 0.5
 * @param label - entity id the count belongs to, for the shown step
 * @throws UserInputError when the result is beyond any count the calculator accepts
 */
export function scaleGpus(gpus: number, factor: number, label?: string): Calculation {
  const result = { value: Math.round(gpus * factor), unit: 'gpus' } as const;
  if (result.value > 0) assertCount(result.value);
  return {
    kind: 'scaled',
    result,
    steps: [
      {
        op: 'multiply',
        operands: [
          { value: gpus, unit: 'gpus', ...(label === undefined ? {} : { label }) },
          { value: factor, unit: 'times' },
        ],
        result,
      },
    ],
  };
}
