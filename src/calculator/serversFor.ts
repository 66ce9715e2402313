import type { Calculation } from './calculation.js';
import { assertCount } from './limits.js';

/**
 * How many whole servers a count of GPUs fills: "$5M buys 142 H100s; how many 8-GPU HGX boxes is
 * that?" → 142 ÷ 8 = 17.75, so 17 (rounded down: a server is full or it is not). The step keeps
 * the exact quotient; the result is the rounded count.
 *
 * @param gpus - whole number of GPUs, e.g. 142
 * @param perServer - GPUs in one server, e.g. 8 for the HGX H100
 * @param source - id of the fact the GPUs per server come from
 * @param round - 'down' for the servers a count fills (what a budget buys); 'up' for the servers a
 *   count needs (52 H100s needed take 7 servers, the last one part full), labelled 'needed'
 * @throws UserInputError for a count out of range
 * @example serversFor(142, 8) // 17
 * @example serversFor(52, 8, undefined, 'up') // 7
 */
export function serversFor(
  gpus: number,
  perServer: number,
  source?: string,
  round: 'down' | 'up' = 'down',
  /** The GPU counted, when not the article's H100 (e.g. 'a100'), named on the count. */
  gpu?: string,
): Calculation {
  assertCount(gpus);
  if (!Number.isInteger(perServer) || perServer <= 0)
    throw new RangeError(`GPUs per server must be a positive whole number, got ${perServer}`);
  const exact = gpus / perServer;
  const result =
    round === 'up'
      ? ({ value: Math.ceil(exact), unit: 'servers', label: 'needed' } as const)
      : ({ value: Math.floor(exact), unit: 'servers' } as const);
  return {
    kind: 'servers',
    result,
    steps: [
      {
        op: 'divide',
        operands: [
          { value: gpus, unit: 'gpus', ...(gpu === undefined ? {} : { label: gpu }) },
          { value: perServer, unit: 'gpus-per-server', ...(source === undefined ? {} : { label: source }) },
        ],
        // (The quotient as it is, "3,500 ÷ 8 = 437.5": the rounding to whole servers is the result's.)
        result: { value: exact, unit: 'servers' },
      },
    ],
  };
}
