import { buildAnswer } from '../answers/buildAnswer.js';
import type { Slots } from '../slots.js';
import { endsOf, type Figure, figureOf } from './figures.js';
import type { Intent } from './intent.js';

/** A figure put inside another's range: "fall inside that range", "within GPT-4's range", "在…范围内". */
const WITHIN =
  /\b(?:fall|falls|fit|fits|land|lands|sit|sits|lie|lies|is|are)\s+(?:inside|within|in)\b[^?]{0,30}\brange\b|\b(?:within|inside) (?:the |that |its |their |[\w.-]+'s )?range\b|\bin (?:that|the same|its|their) range\b|(?:范围|範圍|区间|區間)(?:之?内|內|里|裡|入面|中)|(?:落在|介乎|介于|介於|在)[^,，?？]{0,20}之间/u;

/** Of two names, the one with a range and the one with a single figure, held or wanted. */
function sides(ctx: Parameters<Intent['run']>[0], s: Slots): [Figure, Figure] | undefined {
  // (The range may be named in the context before the question: "GPT-4 was trained on some range of
  // A100s. Does Meta's count fall inside that range?")
  const named = [
    ...new Set(
      s.reading.entities
        .map((m) => m.entity)
        .filter(
          (e) => e.kind === 'company' || e.kind === 'cloud' || e.kind === 'group' || e.kind === 'model',
        ),
    ),
  ];
  const figures = named.map(
    (e) =>
      figureOf(ctx, e, s.measure ?? 'holdings') ?? figureOf(ctx, e, 'holdings') ?? figureOf(ctx, e, 'demand'),
  );
  if (figures.length !== 2) return undefined;
  const ranged = figures.find((f) => f?.range === true);
  const single = figures.find((f) => f !== undefined && !f.range);
  return ranged === undefined || single === undefined ? undefined : [single, ranged];
}

/**
 * "Does Meta's A100 count fall inside GPT-4's range?": one name's figure checked against the range
 * another's is given as, yes or no, with both figures and the GPU each counts.
 */
export const withinRangeIntent = {
  id: 'within-range',
  cues: {},
  patterns: [{ re: WITHIN, weight: 2 }],
  needs: (s, ctx) => s.yesNo && WITHIN.test(s.reading.text) && sides(ctx, s) !== undefined,
  // A range named outranks the look-up of the one figure, which the yes/no reader would also check.
  fit: () => 3,
  run: (ctx, s) => {
    const both = sides(ctx, s);
    if (both === undefined) return undefined;
    const [single, ranged] = both;
    const [low, high] = endsOf(ranged);
    // (Counts of different GPUs are no match: A100s inside an H100 range would compare unlike things.)
    const inside = single.gpu === ranged.gpu && single.value >= low && single.value <= high;
    return buildAnswer(ctx, {
      kind: 'holdings',
      found: true,
      topic: single.facts[0]?.topic ?? 'holdings',
      subject: single.entity,
      related: [ranged.entity],
      facts: [...single.facts, ...ranged.facts],
      verdict: inside ? 'yes' : 'no',
    });
  },
  examples: {
    en: ["Does Meta's A100 count fall inside GPT-4's training range?"],
    zh: ['Meta 的 A100 数量在 GPT-4 用的 A100 范围内吗？'],
  },
} as const satisfies Intent;
