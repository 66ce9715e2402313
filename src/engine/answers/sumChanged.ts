import type { Calculation } from '../../calculator/calculation.js';
import { sumGpus } from '../../calculator/sumGpus.js';
import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import type { Figure } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';
import type { Pricing } from './gap.js';

/**
 * Several entities' demand added up after a what-if changed some of them ("if each big cloud doubled,
 * what would the four want together?"): each change worked first, then the sum of the new figures,
 * and its value when a price is given ("…OpenAI 同 Inflection 加埋? 三萬五一張計值幾錢?").
 */
export function sumChanged(
  ctx: AskContext,
  figures: readonly Figure[],
  working: readonly Calculation[],
  priced?: Pricing,
): Answer {
  const sum = sumGpus(figures.map((f) => ({ label: f.entity.id, gpus: f.value })));
  return buildAnswer(ctx, {
    kind: priced === undefined ? 'demand' : 'cost',
    found: true,
    topic: 'demand',
    related: figures.map((f) => f.entity),
    facts: [...figures.flatMap((f) => f.facts), ...(priced?.facts ?? [])],
    calculations: [
      ...working,
      sum,
      ...(priced === undefined ? [] : [valueAtPrice(sum.result.value, priced.value, 'demand-cost')]),
    ],
    ...(priced === undefined ? {} : { price: { value: priced.value, fromUser: priced.fromUser } }),
    extraCaveats: ['double-counting'],
  });
}
