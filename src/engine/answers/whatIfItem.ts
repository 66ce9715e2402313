import type { Calculation } from '../../calculator/calculation.js';
import { difference } from '../../calculator/compareAmounts.js';
import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import type { Figure } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';
import { changeWorking } from './changeWorking.js';
import { pricing } from './gap.js';
import type { LineItemChange } from './whatIf.js';

/** What a question about one changed figure asks besides the new count. */
export interface ItemAsks {
  /** How much the change adds or takes away ("how many extra", "多要多少"). */
  readonly change: boolean;
  /** What the new count costs, at the user's price or the article's. */
  readonly value: boolean;
  /** Priced is the change itself, not the new count ("多出来的那部分值多少钱", "what do the extra ones cost"). */
  readonly valueOfChange?: boolean;
  readonly price?: number;
}

/**
 * One entity's own figure under a what-if, not §02's total: "if OpenAI doubled, how many would it want
 * and what would that cost?", "if Anthropic wanted what OpenAI wants, how many extra is that?". The
 * change is worked first; then, as asked, the difference from the article's figure and the new count
 * priced.
 *
 * @throws UserInputError for a count or price out of range
 */
export function whatIfItem(ctx: AskContext, change: LineItemChange, was: Figure, asks: ItemAsks): Answer {
  const working = changeWorking(change);
  const calculations: Calculation[] = working === undefined ? [] : [working];
  // A change by a count already shows the difference as its own step. The article's figure is labelled
  // with its fact, so the new count is the one labelled with the entity.
  const article = { value: was.value, unit: 'gpus', label: was.facts[0]?.id ?? 'article' } as const;
  const now = { value: change.count, unit: 'gpus', label: change.entity.id } as const;
  if (asks.change && change.by === undefined)
    calculations.push(change.count >= was.value ? difference(now, article) : difference(article, now));
  const used = asks.value ? pricing(ctx.kb, asks.price) : undefined;
  const priced = asks.valueOfChange === true ? Math.abs(change.count - was.value) : change.count;
  if (used !== undefined && priced > 0)
    calculations.push(valueAtPrice(priced, used.value, 'demand-cost', change.entity.id));
  return buildAnswer(ctx, {
    kind: 'what-if',
    found: true,
    topic: 'demand',
    subject: change.entity,
    related: [change.entity],
    facts: [...was.facts, ...(used?.facts ?? [])],
    calculations,
    ...(used === undefined ? {} : { price: { value: used.value, fromUser: used.fromUser } }),
  });
}
