import type { Answer } from './answer.js';
import type { Reading } from './readQuestion.js';
import { inTimeUnits, timeUnitsAsked } from './timeInUnits.js';

/**
 * The answer with the time it worked out (periods to close a count, or a job's time on the other GPU)
 * said again in the unit a follow-up asks for and nothing else: "…and roughly how many weeks is that?".
 * Undefined when the follow-up asks more, or the answer holds no time in another unit.
 */
export function inTimeUnitAsked(answer: Answer, reading: Reading): Answer | undefined {
  if (reading.entities.length > 0 || reading.numbers.length > 0) return undefined;
  const converted = inTimeUnits(answer, timeUnitsAsked(reading.text));
  return converted === answer ? undefined : converted;
}
