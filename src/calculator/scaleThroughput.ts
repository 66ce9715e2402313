import type { Calculation } from './calculation.js';

/**
 * A rate of work a GPU does (tokens a second, images a minute) on the other GPU at the article's
 * speed-up: an A100's rate multiplied by it (H100s are faster), an H100's divided by it.
 *
 * @param rate - the work done per unit of time, e.g. 700 (tokens/s)
 * @param speedup - the article's factor for the workload: about 3.5 for inference, 2.3 for training
 * @param from - the GPU the rate was measured on
 * @param source - id of the fact the speed-up comes from
 * @throws RangeError for a rate that is not a positive number
 * @example scaleThroughput(700, 3.5, 'a100') // 2,450 (on H100s)
 */
export function scaleThroughput(
  rate: number,
  speedup: number,
  from: 'a100' | 'h100',
  source?: string,
): Calculation {
  if (!Number.isFinite(rate) || rate <= 0) throw new RangeError(`rate must be positive, got ${rate}`);
  const value = from === 'a100' ? rate * speedup : rate / speedup;
  const result = { value: Math.round(value * 100) / 100, unit: 'duration' } as const;
  return {
    kind: 'throughput',
    result,
    steps: [
      {
        op: from === 'a100' ? 'multiply' : 'divide',
        operands: [
          { value: rate, unit: 'duration' },
          { value: speedup, unit: 'times', ...(source === undefined ? {} : { label: source }) },
        ],
        result,
      },
    ],
  };
}
