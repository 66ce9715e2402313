import { whatIfItem } from '../answers/whatIfItem.js';
import { articleFigures } from '../articleFigures.js';
import { demandUnder, figureOf } from './figures.js';
import type { Intent } from './intent.js';
import { countedFor, factorSaid, percentFactor, readChanges, WHAT_IF } from './readChanges.js';
import { MONEY_ASKED } from './signals.js';

/** The question asks for §02's total after the change, not the one figure changed. */
const TOTAL_ASKED =
  /\btotal\b|\boverall\b|\baltogether\b|\bin all\b|\bwhole (?:list|market|demand)\b|\bshortage\b|\bgap\b|总|總|合计|合計|一共|缺口|整体|整體|43\.2|432/u;
/** How much the change adds or takes away: "how many extra", "多要多少", "增加多少". */
const CHANGE_ASKED =
  /\bthan (?:today|now|before|currently)\b|\bextra\b|\bmore\b|\bfewer\b|\bless\b|\badd(?:s|ed)?\b|\bincrease\b|多多少|多出|增加多少|多要多少|少多少|差多少|多了多少|少了多少/u;

/** The change itself priced: "多出来的那部分值多少钱", "what would the extra cards cost". */
const EXTRA_VALUED =
  /多出来的|多出的|额外的|多的那部分|少掉的|砍掉的|减掉的|少了的那|差额|\bthe (?:extra|additional) (?:ones|cards|gpus|h100s)\b|\bthose extra\b|\bthe extra\b|\bthe difference\b/u;

/** A fraction of a figure, which asks for what it comes to: "half of what OpenAI wants", "需求的三分之一". */
const PORTION_OF = /\b(?:half|thirds?|quarters?|fifth|tenth)\s+of\b|一半|[二三四五十]分之[一二三]/u;

/**
 * One entity's figure under a what-if ("if OpenAI doubled, how many would it want? what would that
 * cost?"), as opposed to §02's total after it: the changed figure, and as asked what it adds and costs.
 */
export const whatIfItemIntent = {
  id: 'what-if-item',
  cues: { total: -2, howMany: 0.3, value: 0.6 },
  patterns: [
    { re: WHAT_IF, weight: 1.5 },
    { re: TOTAL_ASKED, weight: -3 },
    // "how many more is that than today?": the changed figure against its own, not against another name.
    {
      re: /\bthan (?:today|now|before|currently|it (?:is|does) now|the article(?:'s)?)\b|比现在|比現在|比原来|比原來|比文章/u,
      weight: 3,
    },
  ],
  needs: (s, ctx) =>
    (WHAT_IF.test(s.reading.text) || factorSaid(s)) &&
    s.named.length >= 1 &&
    s.excluded.length === 0 &&
    (s.has('howMany') ||
      s.has('value') ||
      PORTION_OF.test(s.reading.text) ||
      CHANGE_ASKED.test(s.reading.text) ||
      MONEY_ASKED.test(s.reading.text)) &&
    readChanges(ctx, s).length === 1,
  // A change said of one figure outweighs pricing or looking up that figure as the article gives it.
  // ("Half of what OpenAI wants" asks the part, with no "if" to say so.)
  // (So does a percentage said of the figure: "if openai got 20% fewer than it wants".)
  fit: (s) =>
    1.8 +
    (PORTION_OF.test(s.reading.text) && !WHAT_IF.test(s.reading.text) ? 1 : 0) +
    (percentFactor(s) !== undefined ? 1.5 : 0),
  run: (ctx, s) => {
    const asks = (change: boolean) => ({
      change,
      value: s.has('value') || MONEY_ASKED.test(s.reading.text),
      valueOfChange: EXTRA_VALUED.test(s.reading.text),
      ...(s.price === undefined ? {} : { price: s.price.value }),
    });
    const [change] = readChanges(ctx, s);
    const twoFigures = articleFigures(ctx.kb).scenario;
    const isTwoFigured = change !== undefined && change.entity.id === twoFigures?.entityId;
    // ("如果 Meta 真要10万张而不是2.5万张, 多出来的那部分…": both its figures quoted, one for the other.)
    const other =
      isTwoFigured && twoFigures !== undefined && change !== undefined && CHANGE_ASKED.test(s.reading.text)
        ? [twoFigures.low, twoFigures.high].find(
            (v) =>
              v !== change.count &&
              s.amounts.some((c) => c.value === v) &&
              s.amounts.some((c) => c.value === change.count),
          )
        : undefined;
    if (change !== undefined && other !== undefined) {
      const from = figureOf(ctx, change.entity, 'demand', [other]);
      if (from !== undefined) return whatIfItem(ctx, change, from, asks(true));
    }
    if (change === undefined || change.count === countedFor(ctx, change.entity)) return undefined;
    // Meta's two figures leave "its figure" unclear, unless the question says which ("Meta 要的 2.5 万张,
    // 一半是多少"): the total's what-if says which one it changes.
    // (Only a part of the figure named: "只要 25k" is Meta's other figure, the total's what-if.)
    const portion = factorSaid(s);
    if (isTwoFigured && (s.scenario === undefined || !portion)) return undefined;
    const was = demandUnder(ctx, change.entity, s.scenario);
    if (was === undefined) return undefined;
    return whatIfItem(ctx, change, was, asks(CHANGE_ASKED.test(s.reading.text)));
  },
  examples: {
    en: [
      'if openai doubled its ask, how many h100s would it want and what would they cost?',
      'if anthropic wanted what openai wants, how many extra h100s is that?',
    ],
    zh: [
      '假如 Inflection 要的卡翻倍，它要多少张？',
      '如果 Anthropic 的需求变成三倍，要多少张？按每张3.5万美元要花多少？',
    ],
  },
} as const satisfies Intent;
