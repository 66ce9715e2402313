import type { Calculation } from './calculation.js';

/**
 * How long a 16-bit job would take on the other GPU at the article's speed-up: a time on A100s
 * divided by it (H100s are faster), a time on H100s multiplied by it.
 *
 * @param time - the job's length, in the user's unit (hours, days)
 * @param speedup - the article's factor for the workload: about 2.3 for training, 3.5 for inference
 * @param from - the GPU the time was measured on
 * @param unit - the time's unit as the user wrote it ("days", "小时"), kept as the operand's label
 * @param source - id of the fact the speed-up comes from
 * @throws RangeError for a time that is not a positive number
 * @example scaleDuration(23, 2.3, 'a100', 'days') // 10 (days on H100s)
 */
export function scaleDuration(
  time: number,
  speedup: number,
  from: 'a100' | 'h100',
  unit: string,
  source?: string,
): Calculation {
  if (!Number.isFinite(time) || time <= 0) throw new RangeError(`time must be positive, got ${time}`);
  const value = from === 'a100' ? time / speedup : time * speedup;
  const result = { value: Math.round(value * 100) / 100, unit: 'duration' } as const;
  return {
    kind: 'duration',
    result,
    steps: [
      {
        op: from === 'a100' ? 'divide' : 'multiply',
        operands: [
          { value: time, unit: 'duration', label: unit },
          { value: speedup, unit: 'times', ...(source === undefined ? {} : { label: source }) },
        ],
        result,
      },
    ],
  };
}
