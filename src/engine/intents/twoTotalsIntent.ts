import { compareQuoted } from '../answers/compareQuoted.js';
import { demandFacts } from '../answers/demand.js';
import { pricing } from '../answers/gap.js';
import { articleFigures } from '../articleFigures.js';
import type { Intent } from './intent.js';
import { MONEY_ASKED } from './signals.js';

/**
 * "what's the difference between the 432k and the 357k totals, and why?", "432k 跟 357k 差多少? 为什么":
 * §02's two totals, one per figure of Meta's, set against each other, with the two figures that make
 * the difference and the caveat that says so.
 */
export const twoTotalsIntent = {
  id: 'two-totals',
  cues: {},
  patterns: [],
  // Both totals quoted: the article's, and the one Meta's lower figure gives.
  needs: (s, ctx) => {
    const { totalDemand, lowerTotal } = articleFigures(ctx.kb);
    return (
      totalDemand !== undefined &&
      lowerTotal !== undefined &&
      s.reading.numbers.some((n) => n.value === totalDemand) &&
      s.reading.numbers.some((n) => n.value === lowerTotal)
    );
  },
  // (Above a comparison of any two quoted counts: these two are the article's, and why they differ is known.)
  fit: () => 4.5,
  run: (ctx, s) => {
    const { totalDemand, lowerTotal, scenario } = articleFigures(ctx.kb);
    const total = ctx.kb.facts.find((f) => f.metric === 'h100-demand-total');
    const meta = ctx.kb.entityById.get(scenario?.entityId ?? '');
    if (totalDemand === undefined || lowerTotal === undefined || total === undefined || meta === undefined)
      return undefined;
    // ("the dollar gap between the 432k and 357k scenarios at $35k": the difference priced.)
    const compared = compareQuoted(
      ctx,
      { value: totalDemand, fact: total },
      { value: lowerTotal },
      MONEY_ASKED.test(s.reading.text) || s.price !== undefined
        ? { price: pricing(ctx.kb, s.price?.value) }
        : {},
    );
    const why = ctx.kb.caveats.filter((c) => c.id === 'meta-scenario');
    return {
      ...compared,
      facts: [...compared.facts, ...demandFacts(ctx, meta).filter((f) => !compared.facts.includes(f))],
      caveats: [...why, ...compared.caveats.filter((c) => !why.includes(c))],
    };
  },
  examples: {
    en: ["what's the difference between the 432k and the 357k totals, and why?", 'why 357k and not 432k?'],
    zh: ['43.2万和35.7万差在哪', '为什么有人算出35.7万而不是43.2万'],
  },
} as const satisfies Intent;
