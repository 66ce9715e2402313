import type { Calculation } from '../../calculator/calculation.js';
import { sumGpus } from '../../calculator/sumGpus.js';
import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase.js';
import type { Fact } from '../../knowledge/schema.js';
import type { Answer, MetaScenario } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { factsOnTopics, quantityOf } from './factQueries.js';

/** The price H100s are valued at: the user's, or else the article's, with the fact that states it. */
export interface Pricing {
  readonly value: number;
  readonly fromUser: boolean;
  /** The article's price fact, cited whichever price is used. */
  readonly facts: readonly Fact[];
}

/** Chooses the price for a valuation: `price` when the user named one, the article's ~$35,000 otherwise. */
export function pricing(kb: KnowledgeBase, price: number | undefined): Pricing {
  const fact = kb.facts.find((f) => f.metric === 'h100-price');
  const facts = fact === undefined ? [] : [fact];
  if (price !== undefined) return { value: price, fromUser: true, facts };
  return { value: (fact && quantityOf(fact)) ?? 35_000, fromUser: false, facts };
}

/** §02's line items added up with Meta at one of its figures: 432k at 100k, 357k at 25k. */
export function lineItemsTotal(kb: KnowledgeBase, scenario: MetaScenario): number {
  return demandLineItems(kb, scenario).reduce((sum, item) => sum + item.gpus, 0);
}

/**
 * §02's line items, one per company or group. With Meta at 100k they add up to the article's 432k;
 * with Meta at 25k, to 357k.
 */
export function demandLineItems(kb: KnowledgeBase, scenario: MetaScenario): { fact: Fact; gpus: number }[] {
  const high = new Map(
    kb.facts
      .filter((f) => f.metric === 'h100-demand-high' && f.subject !== undefined)
      .map((f) => [f.subject, f]),
  );
  return kb.facts
    .filter((f) => f.metric === 'h100-demand')
    .map((fact) => {
      const chosen = scenario === 'meta-100k' ? (high.get(fact.subject) ?? fact) : fact;
      return { fact: chosen, gpus: quantityOf(chosen) ?? 0 };
    });
}

export interface GapRequest {
  readonly scenario: MetaScenario;
  /** US dollars per H100 chosen by the user; the article's ~$35,000 otherwise. */
  readonly price?: number;
  /** Lead with the headline's supply gap, or with §02's total demand. */
  readonly focus: 'gap' | 'total';
}

/**
 * The shortage: the headline's 43万, §02's line items summed under the chosen Meta scenario, and
 * what that many H100s are worth at a price (asked of the shortage, the headline's count priced too).
 *
 * @throws UserInputError for a price out of range
 */
export function gap(ctx: AskContext, { scenario, price, focus }: GapRequest): Answer {
  const items = demandLineItems(ctx.kb, scenario);
  const total = sumGpus(
    items.map(({ fact, gpus }) => ({ label: fact.subject ?? fact.id, gpus })),
    'gap-total',
  );
  const used = pricing(ctx.kb, price);
  const calculations: Calculation[] = [total, valueAtPrice(total.result.value, used.value, 'gap-value')];
  const headline = factsOnTopics(ctx.kb, ['gap']);
  // "What's the shortage worth at $30k?": the headline's own count priced too, beside §02's line items.
  const gapFact = headline.find((f) => f.metric === 'h100-gap');
  const gapCount = gapFact === undefined ? undefined : quantityOf(gapFact);
  if (focus === 'gap' && gapFact !== undefined && gapCount !== undefined)
    calculations.push(valueAtPrice(gapCount, used.value, 'gap-value', gapFact.id));
  const totals = factsOnTopics(ctx.kb, ['demand-total', 'price']);
  return buildAnswer(ctx, {
    kind: 'gap',
    found: true,
    topic: focus === 'gap' ? 'gap' : 'demand-total',
    facts: focus === 'gap' ? [...headline, ...totals] : [...totals, ...headline],
    calculations,
    scenario,
    price: { value: used.value, fromUser: used.fromUser },
    extraCaveats: ['meta-scenario', 'gap-vs-demand', 'double-counting', 'not-counted'],
  });
}
