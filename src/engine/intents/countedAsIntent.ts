import { demand } from '../answers/demand.js';
import { articleFigures } from '../articleFigures.js';
import type { Intent } from './intent.js';

/**
 * How a figure is counted in the total: "按多少张算", "算成几万", "已经把Meta算成10万张了", "counts meta at", "which meta figure",
 * or a figure put up for checking: "meta是按25000算的吧".
 */
const COUNTED_AS =
  /按多少(?:张)?算|按几万|是按\s*\d[\d.]*\s*万?\s*张?\s*算|算成(?:多少|几)|(?:算|计)(?:成|作|做|为)\s*\d[\d.]*\s*万?|当成\s*\d|是按(?:哪个|多少)|用的是(?:哪个|多少)|\bcounts? (?:\w+ )?(?:at|as)\b|\bcounted (?:\w+ )?(?:at|as)\b|\b(?:which|what) (?:meta )?(?:figure|number)\b|\b(?:in there|in it|included|in the total) (?:at|as)\b/u;

/** A figure set rather than asked: "if Meta counts as 100k", "按10万张算的话", "what percent". */
const SETTING = /\bif\b|如果|假如|要是|的话|\bpercent|%|\bshare\b|占比|百分/u;

/**
 * "43.2万这个总数里, Meta 是按多少张算的? 2.5万还是10万?", "does the 432k count meta at 25k or 100k?":
 * the figure of the entity with two (Meta) that the article's total counts, its higher one, with the
 * working that shows it.
 */
export const countedAsIntent = {
  id: 'counted-as',
  cues: { total: 1 },
  patterns: [{ re: COUNTED_AS, weight: 2 }],
  needs: (s, ctx) => {
    const { scenario: two, totalDemand } = articleFigures(ctx.kb);
    return (
      two !== undefined &&
      s.named.length === 1 &&
      s.named[0]?.id === two.entityId &&
      (s.has('total') || s.amounts.some((a) => a.value === totalDemand)) &&
      COUNTED_AS.test(s.reading.text) &&
      !SETTING.test(s.reading.text)
    );
  },
  fit: () => 3,
  run: (ctx, s) => {
    const [entity] = s.named;
    const two = articleFigures(ctx.kb).scenario;
    if (entity === undefined || two === undefined) return undefined;
    const led = demand(ctx, entity, (f) => f.metric === 'h100-demand-high');
    // The total itself is what the figure is counted in: stated beside it.
    const total = ctx.kb.facts.find((f) => f.metric === 'h100-demand-total');
    const answer = total === undefined ? led : { ...led, facts: [...led.facts, total] };
    // "does the 432k count meta at 100k?": yes for the higher figure alone; a choice of both has no verdict.
    const low = s.amounts.some((a) => a.value === two.low);
    const high = s.amounts.some((a) => a.value === two.high);
    return s.yesNo && low !== high ? { ...answer, verdict: high ? 'yes' : 'no' } : answer;
  },
  examples: {
    en: ['does the 432k count meta at 25k or 100k?', 'which meta figure does the total use?'],
    zh: ['43.2万这个总数里，Meta 是按多少张算的？', '总需求是把 Meta 算成几万张？'],
  },
} as const satisfies Intent;
