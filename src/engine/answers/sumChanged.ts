import type { Calculation } from '../../calculator/calculation.js';
import { sumGpus } from '../../calculator/sumGpus.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import type { Figure } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';

/**
 * Several entities' demand added up after a what-if changed some of them ("if each big cloud doubled,
 * what would the four want together?"): each change worked first, then the sum of the new figures.
 */
export function sumChanged(
  ctx: AskContext,
  figures: readonly Figure[],
  working: readonly Calculation[],
): Answer {
  return buildAnswer(ctx, {
    kind: 'demand',
    found: true,
    topic: 'demand',
    related: figures.map((f) => f.entity),
    facts: figures.flatMap((f) => f.facts),
    calculations: [...working, sumGpus(figures.map((f) => ({ label: f.entity.id, gpus: f.value })))],
    extraCaveats: ['double-counting'],
  });
}
