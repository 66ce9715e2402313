import type { Entity } from '../../knowledge/schema.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { atBound, type Figure, figureOf } from './figures.js';

/** The measure a question compares, ranks or adds: holdings when it says "has", demand otherwise. */
export function measureOf(slots: Slots): 'demand' | 'holdings' {
  return slots.measure ?? 'demand';
}

/**
 * The measure to compare or add when the question does not say: what they hold when every entity
 * named has a holding of its own and one of them has no demand line of its own ("GCP vs CoreWeave":
 * CoreWeave's demand is only the private clouds' shared 100k), else demand.
 */
export function measureFor(ctx: AskContext, slots: Slots): 'demand' | 'holdings' {
  if (slots.measure !== undefined) return slots.measure;
  const ownDemand = (e: Entity) =>
    figureOf(ctx, e, 'demand')?.facts.every((f) => f.subject === e.id) === true;
  const held = slots.named.length > 0 && slots.named.every((e) => figureOf(ctx, e, 'holdings') !== undefined);
  return held && slots.named.some((e) => !ownDemand(e)) ? 'holdings' : 'demand';
}

/**
 * The figures of every entity the question names that has one for the measure; one with none for it
 * (GPT-5's H100s are wanted, GPT-4's A100s were used) gives its other figure, when the question does
 * not say which measure it compares or the entity is a model.
 */
export function namedFigures(ctx: AskContext, slots: Slots): Figure[] {
  const asked = slots.counts
    .map((c) => c.value)
    .concat(slots.amounts.filter((a) => a.role === 'bare').map((a) => a.value));
  const measure = measureFor(ctx, slots);
  const other = measure === 'demand' ? 'holdings' : 'demand';
  return slots.named.flatMap((e) => {
    const figure =
      figureOf(ctx, e, measure, asked) ??
      // (A model's GPUs are what it was trained on or needs, whichever the question's verb.)
      (slots.measure === undefined || e.kind === 'model' ? figureOf(ctx, e, other, asked) : undefined);
    return figure === undefined ? [] : [atBound(figure, slots.bound)];
  });
}
