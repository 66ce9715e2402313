import type { Entity, Fact } from '../../knowledge/schema.js';
import type { MetaScenario } from '../answer.js';
import { demandFacts, mainLineItems } from '../answers/demand.js';
import { endsOfQuantity, factsAbout, quantityOf } from '../answers/factQueries.js';
import { articleFigures } from '../articleFigures.js';
import type { AskContext } from '../context.js';

/** One entity's figure for a measure, with the facts it rests on. */
export interface Figure {
  readonly entity: Entity;
  readonly value: number;
  /** The GPU the figure counts: H100 for demand; A100 or H100 for holdings. */
  readonly gpu: string;
  readonly facts: readonly Fact[];
  /** True when the figure is a range's top and the article gives a range. */
  readonly range: boolean;
}

// (GPT-5's "may need" is §03's too: the GPUs a model is trained on, as GPT-4's are.)
const HOLDING_METRICS = new Set(['a100-holdings', 'h100-holdings', 'training-gpus', 'training-gpus-needed']);

/**
 * An entity's figure for demand (its §02 line item; a group's members summed) or holdings (§03).
 * A count the question gives that is one of the entity's own figures picks that figure (Meta's 100k).
 */
export function figureOf(
  ctx: AskContext,
  entity: Entity,
  measure: 'demand' | 'holdings',
  asked: readonly number[] = [],
): Figure | undefined {
  if (asked.length > 0) return findFigure(ctx, entity, measure, asked);
  // Intents ask for the same few figures many times a question: the knowledge never changes, so each
  // is found once per knowledge base.
  let known = FIGURES.get(ctx.kb);
  if (known === undefined) {
    known = new Map();
    FIGURES.set(ctx.kb, known);
  }
  const key = `${entity.id}\u0000${measure}`;
  if (!known.has(key)) known.set(key, findFigure(ctx, entity, measure, asked));
  return known.get(key);
}

/** One fact's single figure as an entity's ("Inflection's 3,500 for its GPT-3.5-class model"); none for a range. */
export function figureOfFact(entity: Entity, fact: Fact): Figure | undefined {
  const q = fact.quantity;
  if (q === undefined || !('value' in q)) return undefined;
  return { entity, value: q.value, gpu: fact.gpu ?? 'H100', facts: [fact], range: false };
}

const FIGURES = new WeakMap<AskContext['kb'], Map<string, Figure | undefined>>();

function findFigure(
  ctx: AskContext,
  entity: Entity,
  measure: 'demand' | 'holdings',
  asked: readonly number[],
): Figure | undefined {
  if (measure === 'holdings') {
    const facts = factsAbout(ctx.kb, entity, ['holdings']).filter(
      (f) => f.subject === entity.id && HOLDING_METRICS.has(f.metric ?? ''),
    );
    const fact = facts[0];
    const value = fact === undefined ? undefined : quantityOf(fact);
    if (fact === undefined || value === undefined) return undefined;
    return {
      entity,
      value,
      gpu: fact.gpu ?? 'H100',
      facts: [fact],
      range: !('value' in (fact.quantity ?? {})),
    };
  }
  const own = demandFacts(ctx, entity);
  // (Of its own facts: a group's members' line items are no figure of its to pick, though one may
  // equal a count asked, as the private clouds' 100k equals Meta's.)
  const picked = own.find((f) => f.subject === entity.id && asked.includes(quantityOf(f) ?? -1));
  if (picked !== undefined)
    return { entity, value: quantityOf(picked) ?? 0, gpu: 'H100', facts: [picked], range: false };
  const items =
    entity.kind === 'group' && entity.members.length > 0
      ? mainLineItems(ctx, membersOf(ctx, entity))
      : mainLineItems(ctx, [entity]);
  if (items.length === 0) return undefined;
  const value = items.reduce((sum, f) => sum + (quantityOf(f) ?? 0), 0);
  return { entity, value, gpu: 'H100', facts: items, range: false };
}

/** A figure's low and high ends: its range's two ends, or the single figure twice. */
export function endsOf(figure: Figure): readonly [number, number] {
  const q = figure.facts[0]?.quantity;
  return !figure.range || q === undefined ? [figure.value, figure.value] : endsOfQuantity(q);
}

/**
 * A figure at one end of its range, when the question names an end ("Azure 的上限", "the low end"):
 * a single figure is its own both ends, so it is unchanged.
 */
export function atBound(figure: Figure, bound: 'low' | 'high' | undefined): Figure {
  if (bound === undefined || !figure.range) return figure;
  const [low, high] = endsOf(figure);
  return { ...figure, value: bound === 'low' ? low : high, range: false };
}

/** A group's member entities, as its knowledge entry lists them. */
export function membersOf(ctx: AskContext, group: Entity): Entity[] {
  return group.members.flatMap((id) => ctx.kb.entityById.get(id) ?? []);
}

/** Whether the article gives a price for this GPU (it prices the H100 alone). */
export function isPriced(ctx: AskContext, gpu: string): boolean {
  return ctx.kb.facts.some((f) => f.topic === 'price' && f.subject === gpu);
}

/**
 * An entity's demand under the question's scenario: Meta's higher figure when the question counts Meta
 * at it ("…是它现有 A100 的几倍? Meta 按 10 万张算"), its main figure otherwise.
 */
export function demandUnder(
  ctx: AskContext,
  entity: Entity,
  scenario: MetaScenario | undefined,
): Figure | undefined {
  const two = articleFigures(ctx.kb).scenario;
  return figureOf(
    ctx,
    entity,
    'demand',
    scenario === 'meta-100k' && two !== undefined && two.entityId === entity.id ? [two.high] : [],
  );
}

/**
 * Whether an entity is a model with a GPU figure of its own (Falcon-40B's 384 A100s, GPT-5's 30k–50k),
 * not one its maker's figure is told of ("Inflection's GPT-3.5-class model"): a side of its own.
 */
export function hasOwnModelFigure(ctx: AskContext, entity: Entity): boolean {
  return entity.kind === 'model' && figureOf(ctx, entity, 'holdings')?.facts[0]?.subject === entity.id;
}
