import { share } from '../../calculator/compareAmounts.js';
import { buildAnswer } from '../answers/buildAnswer.js';
import { statingCount } from '../answers/factQueries.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';

/** A share asked of counts alone: "what % of 432k is 312k", "31.2万张占43.2万张的百分之几". */
const COUNT_SHARE =
  /%|\bpercent(?:age)?\b|\bshare\b|\bfraction\b|占比|比例|百分之|百分比|(?:占|佔)[^?？]{0,14}(?:多少|几|幾)/u;

/** "what % of X is Y": the whole said first, right after "of". */
const WHOLE_FIRST = /\bof (?:the )?~?\s*$/u;

/** The part and the whole of two counts, as the question puts them. */
function partAndWhole(s: Slots): [number, number] | undefined {
  // (A plain number beside a count is a count too: "what % of 432k is 312000".)
  const [a, b, ...more] = s.amounts.filter(
    (n) => n.role === 'count' || (n.role === 'bare' && n.value >= 100),
  );
  if (a === undefined || b === undefined || more.length > 0 || a.value === b.value) return undefined;
  // ("312k 占 432k": the part first; "what % of 432k is 312k": the whole first.)
  const wholeFirst = WHOLE_FIRST.test(s.reading.text.slice(Math.max(0, a.start - 12), a.start));
  return wholeFirst ? [b.value, a.value] : [a.value, b.value];
}

/**
 * Two counts, no names: one as a share of the other ("除开四大云的 12 万, 剩下的 31.2 万占 43.2 万的百分之几?"),
 * with the article's fact when the whole is one of its figures.
 */
export const countShareIntent = {
  id: 'count-share',
  cues: { portion: 1 },
  patterns: [{ re: COUNT_SHARE, weight: 1.5 }],
  needs: (s) =>
    s.named.length === 0 && COUNT_SHARE.test(s.reading.text) && partAndWhole(s) !== undefined && !s.yesNo,
  fit: () => 1.5,
  run: (ctx, s) => {
    const pair = partAndWhole(s);
    if (pair === undefined) return undefined;
    const [part, whole] = pair;
    if (part > whole) return undefined;
    const fact = statingCount(ctx.kb.facts, whole);
    return buildAnswer(ctx, {
      kind: 'comparison',
      found: true,
      topic: fact?.topic ?? 'demand',
      facts: fact === undefined ? [] : [fact],
      calculations: [share({ value: part, unit: 'gpus' }, { value: whole, unit: 'gpus' })],
    });
  },
  examples: {
    en: ['what % of 432k is 312k?'],
    zh: ['31.2万张占43.2万张的百分之几？'],
  },
} as const satisfies Intent;
