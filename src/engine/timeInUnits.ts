import type { Calculation } from '../calculator/calculation.js';
import { convertTimeUnit, isTimeUnit, type TimeUnit } from '../calculator/convertTimeUnit.js';
import { DURATION_WORDS, type DurationUnit } from './amounts.js';
import type { Answer } from './answer.js';

/** Each unit's words as the unit asked for is said: "in hours", "how many hours", "多少小时", "换算成天". */
const UNIT_ASKED = (Object.entries(DURATION_WORDS) as [DurationUnit, readonly string[]][]).map(
  ([unit, words]) => {
    const latin = words.filter((w) => /^[a-z]{2,}$/u.test(w)).join('|');
    const han = words.filter((w) => /\p{Script=Han}/u.test(w) && w !== '日').join('|');
    return {
      unit,
      re: new RegExp(
        String.raw`\b(?:in|into|to|as|how many)\s+(?:${latin})\b|(?:多少|几|幾|几多|幾多|换算成|換算成|换成|換成|折合)\s*(?:个|個)?\s*(?:${han})`,
        'u',
      ),
    };
  },
);

/** The units of time a question asks a time in: "how many weeks is that" → weeks. */
export function timeUnitsAsked(text: string): DurationUnit[] {
  return UNIT_ASKED.filter((u) => u.re.test(text)).map((u) => u.unit);
}

/** The plural unit a rate's period is counted in, where it converts exactly. */
const PERIOD_UNITS: Readonly<Record<string, TimeUnit>> = { day: 'days', week: 'weeks' };

/**
 * The time a calculation worked out, unrounded, and the unit it is in: a job's time on the other GPU
 * (its operand's unit) or the periods a rate takes (its period), when that unit converts exactly.
 */
function timeWorked(c: Calculation): { exact: number; unit: TimeUnit } | undefined {
  if (c.kind !== 'duration' && c.kind !== 'periods') return undefined;
  const [step] = c.steps;
  const [a, b] = step?.operands ?? [];
  const label = c.kind === 'periods' ? c.result.label : a?.label;
  const unit = label === undefined ? undefined : (PERIOD_UNITS[label] ?? label);
  if (unit === undefined || !isTimeUnit(unit)) return undefined;
  // (From the time unrounded: 5 days ÷ 2.3 is 52.17 hours, not 2.17 × 24.)
  const exact =
    a === undefined || b === undefined
      ? c.result.value
      : step?.op === 'divide'
        ? a.value / b.value
        : a.value * b.value;
  return { exact, unit };
}

/**
 * The answer with each time it worked out said again, right after it, in the other units asked ("how
 * long is that in hours?": 5 days ÷ 2.3 is 2.17 days, 52.17 hours); the answer itself when none is.
 */
export function inTimeUnits(answer: Answer, units: readonly DurationUnit[]): Answer {
  let added = false;
  const calculations = answer.calculations.flatMap((c) => {
    const time = timeWorked(c);
    if (time === undefined) return [c];
    const conversions = units.flatMap((unit) =>
      unit !== time.unit && isTimeUnit(unit) ? [convertTimeUnit(time.exact, time.unit, unit)] : [],
    );
    added ||= conversions.length > 0;
    return [c, ...conversions];
  });
  return added ? { ...answer, calculations } : answer;
}
