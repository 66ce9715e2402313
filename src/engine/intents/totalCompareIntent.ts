import { compareQuoted } from '../answers/compareQuoted.js';
import { articleFigures } from '../articleFigures.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';
import { WHAT_IF } from './readChanges.js';

/**
 * §02's total named: "总需求", "the total demand", "the 432k", "43.2万" (not one company's own, "它的总需求",
 * "its total demand").
 */
const TOTAL_NAMED =
  /(?<!的\s*|它|他们|\bits\s|\btheir\s)(?:总需求|總需求|需求总量|\btotal demand\b|\boverall demand\b)|\bthe total\b|43\.2万|\b432(?:k|,?000)\b/u;

/** How many times, or how far apart: "是…的多少倍", "how many times", "差多少". */
const TIMES_OR_APART =
  /多少倍|几倍|幾倍|\bhow many times\b|\btimes (?:as (?:big|large|much)|bigger|larger|more)\b|\bratio\b|差多少|相差|\bhow far apart\b|\bdivided? (?:it )?by\b|除以|\bhow many [\w.-]+-sized\b|\b[\w.-]+-sized (?:chunks|orders|pieces|slices|bites|asks)\b|能装几个|相当于几个/u;

/** The shortage named: the gap's own comparison answers it ("缺口是 OpenAI 的几倍"). */
const SHORTAGE = /缺口|短缺|\bshortage\b|\bgap\b|\bshortfall\b/u;

/**
 * "总需求大概是Inflection一家的多少倍", "the total is how many times what openai wants?": §02's total
 * against one buyer's own figure.
 */
export const totalCompareIntent = {
  id: 'total-compare',
  cues: { total: 0.5, compare: 0.5 },
  patterns: [{ re: TIMES_OR_APART, weight: 1.5 }],
  needs: (s, ctx) =>
    TOTAL_NAMED.test(s.reading.text) &&
    TIMES_OR_APART.test(s.reading.text) &&
    !SHORTAGE.test(s.reading.text) &&
    !WHAT_IF.test(s.reading.text) &&
    s.ofKind('company', 'cloud', 'group').length === 1 &&
    articleFigures(ctx.kb).totalDemand !== undefined,
  fit: () => 2.5,
  run: (ctx, s) => {
    const [buyer] = s.ofKind('company', 'cloud', 'group');
    const figure = buyer === undefined ? undefined : figureOf(ctx, buyer, 'demand');
    const total = ctx.kb.facts.find((f) => f.metric === 'h100-demand-total');
    const value = articleFigures(ctx.kb).totalDemand;
    if (figure === undefined || figure.range || total === undefined || value === undefined) return undefined;
    return compareQuoted(
      ctx,
      { value, fact: total },
      { value: figure.value, ...(figure.facts[0] === undefined ? {} : { fact: figure.facts[0] }) },
    );
  },
  examples: {
    en: ['the total demand is how many times what openai wants?', 'ratio of the 432k to inflection’s ask'],
    zh: ['总需求大概是Inflection一家的多少倍', '43.2万是 Meta 需求的几倍'],
  },
} as const satisfies Intent;
