import { gap } from '../answers/gap.js';
import { articleFigures } from '../articleFigures.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';

/** How a figure was arrived at: "where does the 432k come from", "show me the math", "43.2万是怎么算的". */
const DERIVED =
  /\bwhere (?:does|did|do) .{0,40}\bcome from\b|\bhow (?:does|did|do) (?:they|the article|it|gpu utils|the author|you) (?:get|arrive|come up with|calculate|compute|work out|reach)\b|\bshow (?:me )?(?:the |your )?(?:math|maths|working|calculation)\b|\bhow (?:is|was|were) .{0,30}\b(?:calculated|computed|derived|worked out|arrived at)\b|怎么算(?:出来)?的|怎么来的|哪里来的|从哪(?:里)?来的|怎么得出|如何得出|是怎么算|怎样算出/u;

/**
 * "Where does the 432k number even come from? show me the math", "how does the article get to 15
 * billion dollars?": §02's line items added up, and their value at the article's price, with the working.
 */
export const derivationIntent = {
  id: 'derivation',
  cues: {},
  patterns: [],
  // ("if h100 price drops 20%, what's the 432k worth then? show math": a change to work, with its math.)
  needs: (s, ctx) =>
    DERIVED.test(s.reading.text) &&
    namesTheTotal(ctx, s) &&
    s.priceChange === undefined &&
    s.price === undefined &&
    !s.amounts.some((a) => a.percent),
  // The article's own total asked about outranks where the article itself comes from.
  fit: () => 3.5,
  run: (ctx) => gap(ctx, { scenario: 'meta-100k', focus: 'total' }),
  examples: {
    en: ['where does the 432k number even come from? show me the math', 'how did the article get to $15B?'],
    zh: ['43.2万是怎么算出来的？', '150亿美元这个数是怎么来的'],
  },
} as const satisfies Intent;

/** The question quotes §02's total, its value or the headline gap, or names the total outright. */
function namesTheTotal(ctx: AskContext, s: Slots): boolean {
  const { totalDemand, gap: headline } = articleFigures(ctx.kb);
  const value = ctx.kb.facts.find((f) => f.metric === 'demand-value')?.quantity;
  const figures = [totalDemand, headline, value !== undefined && 'value' in value ? value.value : undefined];
  return s.named.length === 0 && (s.has('total') || s.amounts.some((a) => figures.includes(a.value)));
}
