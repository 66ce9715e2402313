import { pricing } from '../answers/gap.js';
import { priceSaving } from '../answers/priceSaving.js';
import { articleFigures } from '../articleFigures.js';
import { atSetPrice } from './atSetPrice.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';

/** What a lower price saves, or a higher one adds: "能省多少", "how much would we save", "差价". */
const SAVING =
  /省多少|省下|能省|省到|省咗|慳|悭|节省|節省|少花|多花|差价|差價|便宜(?:了)?(?:多少|几多|幾多)|(?<!水)平(?:咗|了)?(?:多少|几多|幾多)|貴(?:了)?(?:多少|幾多)|贵(?:了)?(?:多少|几多)|\bcosts? less\b|\bcosts? more\b|\bsave[sd]?\b|\bsaving|\bhow much (?:less|cheaper|more expensive)\b|\bdifference in (?:cost|value|price)\b/u;

/** A price moved to the one said: "降价到3万", "drops to 30k", "if it were 30k instead". */
const MOVED_TO =
  /降价到|降價到|降到|跌到|减到|減到|砍到|便宜到|\b(?:drops?|dropped|falls?|fell|goes down|went down|comes down|came down|cut) to\b|\binstead\b/u;

/**
 * "43.2万张按3.5万刀算约150亿, 单价砍到3万刀能省多少?", "OpenAI's 50k at $30k instead of $35k, how much
 * do they save?": one count at two prices, and the difference.
 */
export const priceSavingIntent = {
  id: 'price-saving',
  cues: { value: 0.5 },
  patterns: [{ re: SAVING, weight: 3 }],
  // (One price said as a move from the article's, "降价到3万美元", is set against the article's.)
  needs: (s) =>
    SAVING.test(s.reading.text) &&
    (new Set(s.amounts.filter((a) => a.role === 'price').map((a) => a.value)).size === 2 ||
      (s.price !== undefined && MOVED_TO.test(s.reading.text)) ||
      s.priceChange !== undefined) &&
    (s.counts.length > 0 || s.named.length === 1),
  // Two prices and what one saves outweigh pricing the count at either.
  fit: () => 1.5,
  run: (ctx, s) => {
    const [entity] = s.named;
    const figure = entity === undefined ? undefined : figureOf(ctx, entity, 'demand');
    const given = s.counts[0];
    // The article's total quoted ("43.2万张") keeps the fact that states it.
    const total = ctx.kb.facts.find((f) => f.metric === 'h100-demand-total');
    const count =
      given !== undefined
        ? {
            value: given.value,
            facts: given.value === articleFigures(ctx.kb).totalDemand && total !== undefined ? [total] : [],
          }
        : figure === undefined
          ? undefined
          : { value: figure.value, entity: figure.entity, facts: figure.facts };
    if (count === undefined) return undefined;
    const said = [...new Set(s.amounts.filter((a) => a.role === 'price').map((a) => a.value))];
    // ("跌 10%，…慳到幾多錢"): the price before the move against the price after it.
    if (s.priceChange !== undefined && said.length <= 1) {
      const before = pricing(ctx.kb, said[0]).value;
      return atSetPrice(ctx, s, (after) =>
        after === undefined ? undefined : priceSaving(ctx, count, [before, after]),
      );
    }
    const [p1, p2] = said.length === 1 ? [pricing(ctx.kb, undefined).value, ...said] : said;
    return p1 === undefined || p2 === undefined ? undefined : priceSaving(ctx, count, [p1, p2]);
  },
  examples: {
    en: ["openai's 50k h100s at $30k instead of $35k, how much do they save?"],
    zh: ['43.2万张按3.5万刀算大约150亿。如果单价砍到3万刀，总价能省多少？'],
  },
} as const satisfies Intent;
