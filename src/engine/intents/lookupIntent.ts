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
    en: ['what does xAI use?', 'which provider does x.ai rely on'],
    zh: ['Character.ai 的云服务商是哪家', 'OpenAI 的 H100 需求'],
  },
} as const satisfies Intent;

/** The lookup's score: operations win only with wording of their own on top of their slots. */
export const LOOKUP_SCORE = 2;
