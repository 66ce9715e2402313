import { convertTimeUnit, isTimeUnit, type TimeUnit } from '../calculator/convertTimeUnit.js';
import type { Answer } from './answer.js';
import { timeUnitsAsked } from './intents/durationIntent.js';
import type { Reading } from './readQuestion.js';

/** The plural unit a rate's period is counted in, where it converts exactly. */
const PERIOD_UNITS: Readonly<Record<string, TimeUnit>> = { day: 'days', week: 'weeks' };

/**
 * The answer with the time it worked out (periods to close a count, or a job's time on the other GPU)
 * said again in the unit the follow-up asks for and nothing else: "…and roughly how many weeks is that?".
 */
export function inTimeUnitAsked(answer: Answer, reading: Reading): Answer | undefined {
  if (reading.entities.length > 0 || reading.numbers.length > 0) return undefined;
  const timed = answer.calculations.findLast((c) => c.kind === 'periods' || c.kind === 'duration');
  const label = timed?.kind === 'periods' ? timed.result.label : timed?.steps[0]?.operands[0]?.label;
  const from = label === undefined ? undefined : (PERIOD_UNITS[label] ?? label);
  if (timed === undefined || from === undefined || !isTimeUnit(from)) return undefined;
  const asked = timeUnitsAsked(reading.text).filter((unit) => unit !== from && isTimeUnit(unit));
  if (asked.length === 0) return undefined;
  return {
    ...answer,
    calculations: [
      ...answer.calculations,
      ...asked.flatMap((unit) => (isTimeUnit(unit) ? [convertTimeUnit(timed.result.value, from, unit)] : [])),
    ],
  };
}
