import type { AskContext } from './context.js';
import type { Lexicon } from './lexicon.js';
import { type Reading, readQuestion } from './readQuestion.js';
import { readSlots } from './slots.js';

/** Money asked: what a count is worth or costs, or what it saves. */
const MONEY_ASKED =
  /值多少|值几多|花多少|要花|总值|價值|价值|多少钱|多少美元|多少美金|几多钱|省多少|省几多|省到|慳|悭|\bworth\b|\bcosts?\b|\bspend\b|\bhow much (?:money|\$)|\bsav(?:e|es|ing|ings)\b|\bbill\b/u;

/** The moved price asked for: "what's the new per-card price", "新的单价是多少". */
const NEW_PRICE = /\bnew (?:per[- ](?:card|gpu|unit) |unit |card )?price\b|新(?:的)?(?:单价|單價|价格|價格)/u;

/**
 * The price move one part of a message sets, written into the later parts that ask money or spend a
 * budget at no price of their own ("如果 H100 降价 20%，单价降到多少？OpenAI 那五万张要花多少？"): the user set it once for
 * the rest of the message.
 */
export function carryPriceMove(
  ctx: AskContext,
  readings: readonly Reading[],
  lexicon: Lexicon,
): readonly Reading[] {
  // (Read into slots only when some part says a percentage: this runs on every message.)
  if (readings.length < 2 || !readings.some((r) => r.numbers.some((n) => n.percent))) return readings;
  const slots = readings.map((r) => readSlots(ctx, r));
  let move: number | undefined;
  return readings.map((r, i) => {
    const s = slots[i];
    if (s === undefined) return r;
    if (s.priceChange !== undefined) {
      move = s.priceChange;
      return r;
    }
    // (A budget counted later is spent at the moved price too: "跌價之後七百萬美金買到幾多張".)
    // (…or asks the new price itself: "and what's the new per-card price?")
    const spends =
      MONEY_ASKED.test(r.text) || NEW_PRICE.test(r.text) || s.amounts.some((a) => a.role === 'money');
    if (move === undefined || s.price !== undefined || !spends) return r;
    const size = Math.abs(move);
    const said =
      r.lang === 'zh'
        ? `，价格${move < 0 ? '降' : '涨'}${size}%`
        : `, price ${move < 0 ? 'down' : 'up'} ${size}%`;
    return readQuestion(`${r.text}${said}`, lexicon);
  });
}
