import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { type Figure, figureOf } from './figures.js';

/** The measure a question compares, ranks or adds: holdings when it says "has", demand otherwise. */
export function measureOf(slots: Slots): 'demand' | 'holdings' {
  return slots.measure ?? 'demand';
}

/** The figures of every entity the question names that has one for the measure. */
export function namedFigures(ctx: AskContext, slots: Slots): Figure[] {
  const asked = slots.counts
    .map((c) => c.value)
    .concat(slots.amounts.filter((a) => a.role === 'bare').map((a) => a.value));
  return slots.named.flatMap((e) => figureOf(ctx, e, measureOf(slots), asked) ?? []);
}
