import type { Calculation } from './calculation.js';
import { assertCount } from './limits.js';

/**
 * How many whole servers a count of GPUs fills: "$5M buys 142 H100s; how many 8-GPU HGX boxes is
 * that?" → 142 ÷ 8 = 17 (rounded down: a server is full or it is not).
 *
 * @param gpus - whole number of GPUs, e.g. 142
 * @param perServer - GPUs in one server, e.g. 8 for the HGX H100
 * @param source - id of the fact the GPUs per server come from
 * @throws UserInputError for a count out of range
 * @example serversFor(142, 8) // 17
 */
export function serversFor(gpus: number, perServer: number, source?: string): Calculation {
  assertCount(gpus);
  if (!Number.isInteger(perServer) || perServer <= 0)
    throw new RangeError(`GPUs per server must be a positive whole number, got ${perServer}`);
  const result = { value: Math.floor(gpus / perServer), unit: 'servers' } as const;
  return {
    kind: 'servers',
    result,
    steps: [
      {
        op: 'divide',
        operands: [
          { value: gpus, unit: 'gpus' },
          { value: perServer, unit: 'gpus-per-server', ...(source === undefined ? {} : { label: source }) },
        ],
        result,
      },
    ],
  };
}
