import { type Period, periodsToCover } from '../../calculator/periodsToCover.js';
import type { Entity, Fact } from '../../knowledge/schema.js';
import { buildAnswer } from '../answers/buildAnswer.js';
import { articleFigures } from '../articleFigures.js';
import type { AskContext } from '../context.js';
import type { RoledAmount, Slots } from '../slots.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';

/** The period a rate is given per, said after it: "100k a quarter", "50k/month", "1万张一个月". */
const PERIOD_AFTER =
  /^\s*(?:(?:extra|more|additional|new|added)\s+)?(?:h100s?|gpus?|cards?|units?|张|块|卡)?\s*(?:a|an|per|each|every|\/|一个|一|每个?)\s*(?<period>(?:day|week|month|quarter|year)(?![a-z])|天|日|周|星期|月|季度|季|年)/u;
/** …or before it: "每季度出货10万张", "每月 5 万". */
const PERIOD_BEFORE =
  /每\s*(?:个)?(?<period>天|日|周|星期|月|季度|季|年)\s*(?:能|可以|可)?\s*(?:出货|交付|生产|产出|产|供应|卖出|卖|发货|造|做)?\s*$/u;

/** How long, asked in periods: "how many quarters", "how long", "几个月", "多久". */
const HOW_LONG =
  /\bhow (?:many|long)\b[^?]{0,12}?\b(?:days?|weeks?|months?|quarters?|years?)\b|\bhow long\b|多久|多长时间|多少时间|几个月|多少个月|几个季度|多少个季度|几个季|几年|多少年|几天|多少天|几周|多少周|几个星期/u;

const PERIODS: Readonly<Record<string, Period>> = {
  day: 'day',
  天: 'day',
  日: 'day',
  week: 'week',
  周: 'week',
  星期: 'week',
  month: 'month',
  月: 'month',
  quarter: 'quarter',
  季度: 'quarter',
  季: 'quarter',
  year: 'year',
  年: 'year',
};

/** The count said per period, and the period. */
function rateOf(s: Slots): { amount: RoledAmount; period: Period } | undefined {
  const text = s.reading.text;
  for (const amount of s.amounts) {
    // ("at 20k a month": an "at" before a rate of cards reads as a price, but no money is said.)
    if (
      (amount.role === 'price' && amount.currency) ||
      amount.role === 'ratio' ||
      amount.role === 'percent' ||
      amount.role === 'rate'
    )
      continue;
    const after = PERIOD_AFTER.exec(text.slice(amount.end))?.groups?.period;
    const before = PERIOD_BEFORE.exec(text.slice(Math.max(0, amount.start - 16), amount.start))?.groups
      ?.period;
    const period = PERIODS[after ?? before ?? ''];
    if (period !== undefined) return { amount, period };
  }
  return undefined;
}

/** What the rate must make up: a count the user gives, else the figure named (the gap, the total, a buyer's ask). */
function target(
  ctx: AskContext,
  s: Slots,
  rate: RoledAmount,
): { value: number; label?: string; facts: readonly Fact[]; entity?: Entity } | undefined {
  const { totalDemand, gap } = articleFigures(ctx.kb);
  const factOf = (metric: Fact['metric']) => ctx.kb.facts.filter((f) => f.metric === metric);
  const other = s.amounts.find((a) => a !== rate && a.role !== 'price' && a.value >= 100);
  const [buyer] = s.ofKind('company', 'cloud', 'group');
  const asked = buyer === undefined ? undefined : figureOf(ctx, buyer, 'demand');
  // ("until openai gets its 50k": the buyer's own figure, quoted.)
  if (
    asked !== undefined &&
    buyer !== undefined &&
    !asked.range &&
    (other === undefined || other.value === asked.value)
  )
    return { value: asked.value, label: buyer.id, facts: asked.facts, entity: buyer };
  if (other !== undefined) {
    if (other.value === totalDemand) return { value: other.value, facts: factOf('h100-demand-total') };
    if (other.value === gap) return { value: other.value, facts: factOf('h100-gap') };
    return { value: other.value, facts: [] };
  }
  if (s.has('gap') && gap !== undefined) return { value: gap, facts: factOf('h100-gap') };
  if ((s.has('total') || s.has('demand')) && totalDemand !== undefined)
    return { value: totalDemand, facts: factOf('h100-demand-total') };
  return undefined;
}

/**
 * "If Nvidia could ship 100k H100s a quarter, how many quarters to cover the 432k?", "每月交付5万张,
 * 缺口要多久补上": a count made up at a rate, in periods.
 */
export const rateIntent = {
  id: 'rate',
  cues: { forecast: 0.5 },
  patterns: [{ re: HOW_LONG, weight: 2 }],
  needs: (s) => HOW_LONG.test(s.reading.text) && rateOf(s) !== undefined,
  // (A rate said and a time asked outweigh the forecast the "ship"/"出货" words cue, and the time the
  // article lacks: with the rate, the time is worked, not forecast.)
  fit: () => 4.5,
  run: (ctx, s) => {
    const rate = rateOf(s);
    if (rate === undefined) return undefined;
    const needed = target(ctx, s, rate.amount);
    if (needed === undefined || needed.value <= rate.amount.value / 1000) return undefined;
    return buildAnswer(ctx, {
      kind: 'topic',
      found: true,
      topic: needed.facts[0]?.topic ?? 'gap',
      facts: needed.facts,
      ...(needed.entity === undefined ? {} : { subject: needed.entity, related: [needed.entity] }),
      calculations: [
        periodsToCover(
          {
            value: needed.value,
            unit: 'gpus',
            ...(needed.label === undefined ? {} : { label: needed.label }),
          },
          rate.amount.value,
          rate.period,
        ),
      ],
    });
  },
  examples: {
    en: [
      'if nvidia could ship 100k h100s a quarter, how many quarters to cover the 432k?',
      'at 50k cards per month how long until openai gets its 50k',
    ],
    zh: ['如果每月交付5万张, 43万的缺口要多久补上?', '英伟达每季度出货10万张的话, 总需求要几个季度才能满足'],
  },
} as const satisfies Intent;
