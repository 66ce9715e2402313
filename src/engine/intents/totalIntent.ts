import { gap } from '../answers/gap.js';
import { articleFigures } from '../articleFigures.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { howFarFromArticle } from './howFarFromArticle.js';
import type { Intent } from './intent.js';
import { MINE_CHECKED, scenarioOf, unknownOnlyInContext, withPrice } from './signals.js';

/** Within this share a worth claimed is the one worked out: "about $15 billion" for $15.12B. */
const WORTH_TOLERANCE = 0.05;

/** "What's the total H100 demand?", "加起来一共要多少": §02's 432k, line by line. */
export const totalIntent = {
  id: 'total',
  cues: { total: 1.25, demand: 0.5 },
  patterns: [],
  // Nothing named: the whole article's demand. A named company makes it that company's demand, unless
  // the question sets its scenario figure ("what is the total if Meta only wants 25k?").
  needs: (s, ctx) =>
    // Words the reading cannot place may be a name the article lacks ("华为要多少"), unless the
    // question asks for the total outright ("add up everyone's").
    (s.has('total') || (s.has('demand') && unknownOnlyInContext(s))) &&
    (s.named.length === 0 || setsTheScenario(ctx, s)),
  fit: () => 0.8,
  // "tweet: total H100 demand = 357k, 对不对?": a total put up for checking gets its verdict against
  // the one worked out (357k is the total with Meta at 25k, not the article's).
  run: (ctx, s) => {
    const apart = howFarFromArticle(ctx, s);
    if (apart !== undefined) return apart;
    const answer = gap(ctx, { scenario: scenarioOf(s), focus: 'total', ...withPrice(s) });
    if (answer === undefined) return answer;
    // ("total demand is worth like 50 billion right?": a value claimed of it, checked against what the
    // article says the GPUs are worth and what its line items come to, within the figures' roughness.)
    const claimedWorth = s.amounts.find((a) => a.role === 'money' || (a.role === 'aside' && a.currency));
    const worths = answer.calculations.filter((c) => c.result.unit === 'usd').map((c) => c.result.value);
    const stated = answer.facts.flatMap((f) =>
      f.unit === 'usd' && f.quantity !== undefined && 'value' in f.quantity ? [f.quantity.value] : [],
    );
    if ((s.yesNo || MINE_CHECKED.test(s.reading.text)) && claimedWorth !== undefined && worths.length > 0) {
      const near = [...worths, ...stated].some(
        (v) => Math.abs(v - claimedWorth.value) <= v * WORTH_TOLERANCE,
      );
      return { ...answer, verdict: near ? 'yes' : 'no' };
    }
    const quoted = s.amounts.find((a) => a.role === 'count' || (a.role === 'bare' && a.value >= 1000));
    if (!s.yesNo || quoted === undefined) return answer;
    const total = answer.calculations.find((c) => c.result.unit === 'gpus')?.result.value;
    const { totalDemand } = articleFigures(ctx.kb);
    const said = s.scenario === undefined ? totalDemand : total;
    return said === undefined ? answer : { ...answer, verdict: quoted.value === said ? 'yes' : 'no' };
  },
  examples: {
    en: ["What's the total H100 demand across all these companies?", 'add up everyone, how many in total?'],
    zh: ['总共需要多少张H100', '大家加起来一共要多少'],
  },
} as const satisfies Intent;

/** "The total if Meta only wants 25k": the total, with the scenario entity at one of its figures. */
function setsTheScenario(ctx: AskContext, s: Slots): boolean {
  const { scenario } = articleFigures(ctx.kb);
  return (
    scenario !== undefined &&
    s.has('total') &&
    s.named.length === 1 &&
    s.named[0]?.id === scenario.entityId &&
    s.reading.numbers.some((n) => n.value === scenario.low || n.value === scenario.high)
  );
}
