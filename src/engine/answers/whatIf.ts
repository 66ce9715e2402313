import type { Calculation } from '../../calculator/calculation.js';
import { difference } from '../../calculator/compareAmounts.js';
import { sumGpus } from '../../calculator/sumGpus.js';
import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { changeWorking } from './changeWorking.js';
import { factsOnTopics } from './factQueries.js';
import { demandLineItems, pricing } from './gap.js';

/** One line item changed: the entity whose own §02 line item becomes `count`. */
export interface LineItemChange {
  readonly entity: Entity;
  readonly count: number;
  /** Said as a change by a count ("20k more", "少要一万"): the count added (negative: taken away). */
  readonly by?: number;
  /** Said as a factor ("doubles", "砍一半"): what the article's figure is multiplied by. */
  readonly factor?: number;
}

/**
 * §02's total with line items changed: "what if OpenAI wanted 100k?", "Meta at 25k and OpenAI at 40k",
 * "each big cloud at 40k". The article's total counts Meta at 100k; each changed entity's line item is
 * replaced, the rest stay, and the new total is valued at the price (the user's or the article's).
 *
 * @returns undefined when no change names an entity with a line item of its own
 * @throws UserInputError for a count or price out of range
 */
export function whatIf(
  ctx: AskContext,
  changes: readonly LineItemChange[],
  price?: number,
  {
    valueChange = false,
    countChange = false,
    baseline,
  }: {
    valueChange?: boolean;
    countChange?: boolean;
    /** The counts the user says the changed ones were ("Meta at 100k instead of 25k"), by entity id. */
    baseline?: ReadonlyMap<string, number>;
  } = {},
): Answer | undefined {
  const items = demandLineItems(ctx.kb, 'meta-100k');
  const byId = new Map(changes.map((c) => [c.entity.id, c.count]));
  const replaced = items.filter(({ fact }) => fact.subject !== undefined && byId.has(fact.subject));
  // "Add Cohere at 10k": an entity with no line item of its own joins the list.
  const counted = new Set(items.map(({ fact }) => fact.subject));
  const added = changes.filter((c) => !counted.has(c.entity.id) && c.count > 0);
  if (replaced.length === 0 && added.length === 0) return undefined;
  const total = sumGpus(
    [
      ...items.map(({ fact, gpus }) => ({
        label: fact.subject ?? fact.id,
        gpus: byId.get(fact.subject ?? '') ?? gpus,
      })),
      ...added.map((c) => ({ label: c.entity.id, gpus: c.count })),
    ],
    'gap-total',
  );
  const used = pricing(ctx.kb, price);
  const value = valueAtPrice(total.result.value, used.value, 'gap-value');
  const [first] = changes;
  return buildAnswer(ctx, {
    kind: 'what-if',
    found: true,
    topic: 'demand-total',
    ...(changes.length === 1 && first !== undefined ? { subject: first.entity } : {}),
    related: [
      ...replaced.flatMap(({ fact }) => ctx.kb.entityById.get(fact.subject ?? '') ?? []),
      ...added.map((c) => c.entity),
    ],
    facts: [...replaced.map(({ fact }) => fact), ...factsOnTopics(ctx.kb, ['demand-total']), ...used.facts],
    calculations: [
      ...changes.flatMap((c) => changeWorking(c) ?? []),
      total,
      value,
      ...(valueChange || countChange
        ? againstBefore(items, total, value, used.value, baseline, {
            // (Asked only in money, the count moved is left out, as it always was.)
            count: countChange && (!valueChange || baseline !== undefined),
            value: valueChange,
          })
        : []),
    ],
    price: { value: used.value, fromUser: used.fromUser },
    extraCaveats: ['meta-scenario', 'double-counting'],
  });
}

/**
 * "总需求增加多少张?", "多花多少钱?": how many GPUs, or how much money at the same price, the change
 * adds to or takes from the article's own total, or from the total with the figures the user says it
 * had before ("Meta at 100k instead of 25k": from 357k).
 */
function againstBefore(
  items: ReturnType<typeof demandLineItems>,
  total: Calculation,
  value: Calculation,
  price: number,
  baseline: ReadonlyMap<string, number> | undefined,
  asked: { readonly count: boolean; readonly value: boolean },
): Calculation[] {
  const differs = items.some(({ fact, gpus }) => {
    const was = baseline?.get(fact.subject ?? '');
    return was !== undefined && was !== gpus;
  });
  const steps: Calculation[] = [];
  let before: { value: number; unit: 'gpus'; label: string };
  if (baseline === undefined || !differs) {
    before = { value: items.reduce((sum, item) => sum + item.gpus, 0), unit: 'gpus', label: 'article-total' };
  } else {
    const summed = sumGpus(
      items.map(({ fact, gpus }) => ({
        label: fact.subject ?? fact.id,
        gpus: baseline.get(fact.subject ?? '') ?? gpus,
      })),
    );
    steps.push(summed);
    before = { ...summed.result, unit: 'gpus', label: 'baseline-total' };
  }
  if (asked.count) steps.push(difference(total.result, before));
  if (asked.value) {
    const was = valueAtPrice(before.value, price, 'gap-value', before.label);
    steps.push(was, difference(value.result, { ...was.result, label: before.label }));
  }
  return steps;
}
