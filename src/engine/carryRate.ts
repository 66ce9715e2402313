import type { AskContext } from './context.js';
import type { Lexicon } from './lexicon.js';
import { type Reading, readQuestion } from './readQuestion.js';
import { readSlots, YUAN_ASKED } from './slots.js';

/**
 * The exchange rate one part of a message gives, written into the parts that ask in yuan without one
 * ("三万五美元一张，汇率按7.2，一张多少人民币？43万张缺口合多少人民币？"): the user said it once for all.
 */
export function carryRate(
  ctx: AskContext,
  readings: readonly Reading[],
  lexicon: Lexicon,
): readonly Reading[] {
  if (readings.length < 2 || !readings.some((r) => YUAN_ASKED.test(r.text))) return readings;
  const rates = readings.map((r) => readSlots(ctx, r).rate);
  const given = rates.find((r) => r !== undefined);
  if (given === undefined) return readings;
  return readings.map((r, i) =>
    rates[i] === undefined && YUAN_ASKED.test(r.text)
      ? readQuestion(`${r.text}${r.lang === 'zh' ? '，汇率' : ', exchange rate '}${given.value}`, lexicon)
      : r,
  );
}
