import { gap } from '../answers/gap.js';
import type { Intent } from './intent.js';
import { scenarioOf, topicScore, withPrice } from './signals.js';

const BETWEEN = /\b(?:gap|difference) between\b|\bbetween (?:the two|them|both)\b|差距|相差/u;

/** "How big is the shortage?", "缺口有多大": §02's total against what is supplied, and its value. */
export const gapIntent = {
  id: 'gap',
  cues: { gap: topicScore(6) },
  patterns: [],
  needs: (s) => s.has('gap'),
  // "the gap between the two", "两家差距多大": a difference of the names, not the shortage.
  fit: (s) => (s.named.length >= 2 && BETWEEN.test(s.reading.text) ? -3 : 0),
  run: (ctx, s) => gap(ctx, { scenario: scenarioOf(s), focus: 'gap', ...withPrice(s) }),
  examples: {
    en: ['How big is the H100 shortage?', 'Is there really a shortage of H100s?'],
    zh: ['H100 缺口有多大', '短缺多少张'],
  },
} as const satisfies Intent;
