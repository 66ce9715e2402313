import type { Calculation } from './calculation.js';
import { assertCount } from './limits.js';

/**
 * How many GPUs so many servers hold: "2 servers × 8 GPUs = 16 GPUs".
 *
 * @param servers - whole number of servers, e.g. 2
 * @param perServer - GPUs in one server, e.g. 8 for the HGX H100
 * @param source - id of the fact the GPUs per server come from, when the article gives them
 * @throws UserInputError for a count out of range
 * @example gpusInServers(2, 8) // 16
 */
export function gpusInServers(servers: number, perServer: number, source?: string): Calculation {
  assertCount(servers);
  if (!Number.isInteger(perServer) || perServer <= 0)
    throw new RangeError(`GPUs per server must be a positive whole number, got ${perServer}`);
  const result = { value: servers * perServer, unit: 'gpus' } as const;
  assertCount(result.value);
  return {
    kind: 'servers',
    result,
    steps: [
      {
        op: 'multiply',
        operands: [
          { value: servers, unit: 'servers' },
          { value: perServer, unit: 'gpus-per-server', ...(source === undefined ? {} : { label: source }) },
        ],
        result,
      },
    ],
  };
}
