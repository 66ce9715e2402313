import type { Calculation } from './calculation.js';

/** Seconds in each unit of time a job is timed in; months vary in length, so they convert to nothing. */
const SECONDS_IN = {
  milliseconds: 0.001,
  seconds: 1,
  minutes: 60,
  hours: 3_600,
  days: 86_400,
  weeks: 604_800,
} as const;

/** A unit of time that converts to the others exactly. */
export type TimeUnit = keyof typeof SECONDS_IN;

/** Whether a unit of time converts to the others exactly (a month does not). */
export function isTimeUnit(unit: string): unit is TimeUnit {
  return Object.hasOwn(SECONDS_IN, unit);
}

/**
 * A time said in another unit: "2.17 days × 24 = 52.2 hours". The step multiplies by the units of the
 * smaller in one of the larger, or divides by them, so the factor shown is a whole number.
 *
 * @param time - the time, e.g. 2.17
 * @param from - the unit it is in, e.g. 'days'
 * @param to - the unit asked for, e.g. 'hours'
 * @throws RangeError for a time that is not a positive number
 * @example convertTimeUnit(2.17, 'days', 'hours') // result 52.08 (hours), step 2.17 × 24 = 52.08
 */
export function convertTimeUnit(time: number, from: TimeUnit, to: TimeUnit): Calculation {
  if (!Number.isFinite(time) || time <= 0) throw new RangeError(`time must be positive, got ${time}`);
  const larger = SECONDS_IN[from] >= SECONDS_IN[to];
  const factor = larger ? SECONDS_IN[from] / SECONDS_IN[to] : SECONDS_IN[to] / SECONDS_IN[from];
  const value = larger ? time * factor : time / factor;
  const result = { value: Math.round(value * 100) / 100, unit: 'duration', label: to } as const;
  return {
    kind: 'time-unit',
    result,
    steps: [
      {
        op: larger ? 'multiply' : 'divide',
        operands: [
          { value: time, unit: 'duration', label: from },
          { value: factor, unit: 'duration' },
        ],
        result,
      },
    ],
  };
}
