import { difference, share } from '../../calculator/compareAmounts.js';
import { buildAnswer } from '../answers/buildAnswer.js';
import { statingCount } from '../answers/factQueries.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';
import { SHARE_WORDS } from './signals.js';

/** A share said of two numbers outright: "what percent of 30k is 25k", "2.5万占3万的百分之几". */
const NUMBERS_SHARED =
  /(?:%|\bpercent(?:age)?|\bshare|\bfraction) of (?:the )?~?\$?\d[\d.,]*\s*(?:k|万)?\s+(?:is|are)\s+~?\$?\d|\d[\d.]*\s*(?:万|千|k)?\s*(?:张)?\s*(?:占|是)\s*\d[\d.]*\s*(?:万|千|k)?\s*(?:张)?\s*的/u;

/** What the part falls short by, asked too: "how many are missing?", "还差多少". */
export const SHORT_ASKED =
  /\bhow many (?:are|is|would be) (?:missing|short|lacking|left to go)\b|\bhow (?:many|much) short\b|还差(?:多少|几)|還差(?:多少|幾)|缺(?:多少|几|幾)/u;

/** "what % of X is Y": the whole said first, right after "of". */
const WHOLE_FIRST = /\bof (?:the )?~?\s*$/u;

/** The part and the whole of two counts, as the question puts them. */
function partAndWhole(s: Slots): [number, number] | undefined {
  // (A plain number beside a count is a count too: "what % of 432k is 312000".)
  const counts = s.amounts.filter((n) => n.role === 'count' || (n.role === 'bare' && n.value >= 100));
  // (Said outright of two numbers, those two, whatever the context said before them.)
  const said = NUMBERS_SHARED.exec(s.reading.text);
  const [a, b, ...more] =
    said === null
      ? counts
      : counts.filter((n) => n.start >= said.index && n.start <= said.index + said[0].length + 12);
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
  patterns: [{ re: SHARE_WORDS, weight: 1.5 }],
  // (Names beside the counts leave it to the share of their figures, unless the share is said of the
  // numbers themselves: "GCP holds ~25k while each big cloud wants ~30k. What percent of 30k is 25k?")
  needs: (s) =>
    (s.named.length === 0 || NUMBERS_SHARED.test(s.reading.text)) &&
    SHARE_WORDS.test(s.reading.text) &&
    partAndWhole(s) !== undefined &&
    !s.yesNo,
  fit: (s) => (NUMBERS_SHARED.test(s.reading.text) ? 4 : 1.5),
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
      calculations: [
        share({ value: part, unit: 'gpus' }, { value: whole, unit: 'gpus' }),
        // ("…and how many are missing?": what the part falls short of the whole by.)
        ...(SHORT_ASKED.test(s.reading.text)
          ? [difference({ value: whole, unit: 'gpus' }, { value: part, unit: 'gpus' })]
          : []),
      ],
    });
  },
  examples: {
    en: ['what % of 432k is 312k?'],
    zh: ['31.2万张占43.2万张的百分之几？'],
  },
} as const satisfies Intent;
