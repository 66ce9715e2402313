import type { Fact } from '../../knowledge/schema.js';
import { buildAnswer } from '../answers/buildAnswer.js';
import { endsOfQuantity } from '../answers/factQueries.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';

/**
 * Which of the two a figure is, put as a choice: "是已经有了还是想要?", "is that what they have or what
 * they want?", "holdings or demand?".
 */
const HAS_OR_WANTS =
  /(?:已经)?(?:有了?|手上|现有|拥有|买到|到手)[^?？]{0,6}还是[^?？]{0,6}(?:想要|要的|需要|需求|想买|预定|預定|订)|(?:想要|需要|需求|要的)[^?？]{0,6}还是[^?？]{0,6}(?:已经)?(?:有了?|手上|现有|拥有|到手)|\b(?:has|have|had|own|owns|holds?|holdings|in hand|already got)\b[^?.]{0,24}\bor\b[^?.]{0,24}\b(?:wants?|needs?|demand|asks?|on order|ordered)\b|\b(?:wants?|needs?|demand|asks?)\b[^?.]{0,24}\bor\b[^?.]{0,24}\b(?:has|have|own|owns|holds?|holdings|in hand|already got)\b/u;

/** The named one's demand and holding facts whose figure (either end of a range) the question quotes. */
function quotedFigures(ctx: AskContext, s: Slots): Fact[] {
  const [entity] = s.ofKind('company', 'cloud', 'model');
  const quoted = new Set(s.counts.map((a) => a.value));
  return entity === undefined
    ? []
    : ctx.kb.facts.filter(
        (f) =>
          f.subject === entity.id &&
          (f.topic === 'demand' || f.topic === 'holdings') &&
          f.quantity !== undefined &&
          endsOfQuantity(f.quantity).some((v) => quoted.has(v)),
      );
}

/**
 * "oai 手上有多少张 H100? 文章里写的 5 万张是已经有了还是想要?", "is openai's 50k what it has or what
 * it wants?": the figure quoted is one of the name's own, and which measure it is answers the choice,
 * with the article's words for it.
 */
export const figureMeasureIntent = {
  id: 'figure-measure',
  cues: { holdings: 0.5, demand: 0.5 },
  patterns: [{ re: HAS_OR_WANTS, weight: 2 }],
  needs: (s, ctx) => {
    const [, ...more] = s.ofKind('company', 'cloud', 'model');
    return more.length === 0 && HAS_OR_WANTS.test(s.reading.text) && quotedFigures(ctx, s).length > 0;
  },
  fit: () => 3,
  run: (ctx, s) => {
    const [entity] = s.ofKind('company', 'cloud', 'model');
    const facts = quotedFigures(ctx, s);
    const [first] = facts;
    if (entity === undefined || first === undefined) return undefined;
    return buildAnswer(ctx, {
      kind: first.topic === 'demand' ? 'demand' : 'holdings',
      found: true,
      topic: first.topic,
      subject: entity,
      related: [entity],
      facts,
    });
  },
  examples: {
    en: ["is openai's 50k what it has or what it wants?"],
    zh: ['文章里 OpenAI 的 5万张是已经有了还是想要的?'],
  },
} as const satisfies Intent;
