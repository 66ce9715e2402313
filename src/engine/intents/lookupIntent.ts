import { lookup } from '../lookup.js';
import type { Intent } from './intent.js';

/**
 * The plain lookup of one fact (a company's cloud, a cloud's users, a demand, a holding, a topic): the
 * reading most questions get, at a fixed score that operations must beat with their own wording.
 */
export const lookupIntent = {
  id: 'lookup',
  cues: {},
  patterns: [],
  needs: () => true,
  fit: () => LOOKUP_SCORE,
  run: (ctx, s) => lookup(ctx, s.reading),
  examples: {
    en: ['which cloud does Anthropic use?', 'who uses azure', 'how many H100s does OpenAI want?'],
    zh: ['OpenAI 用的是哪家云？', '谁在用 AWS', 'Meta 有多少张 A100？'],
  },
} as const satisfies Intent;

/** The lookup's score: operations win only with wording of their own on top of their slots. */
export const LOOKUP_SCORE = 2;
