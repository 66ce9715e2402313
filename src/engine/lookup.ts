import type { EntityKind, Fact } from '../knowledge/schema.js';
import type { NumberMention } from './amounts.js';
import type { Answer, MetaScenario } from './answer.js';
import { cloudOf } from './answers/cloudOf.js';
import { cloudUsers } from './answers/cloudUsers.js';
import { compare, type Workload } from './answers/compare.js';
import { cost, costOfMany } from './answers/cost.js';
import { demand, demandFacts, demandOfMany, mainLineItems } from './answers/demand.js';
import { quantityOf } from './answers/factQueries.js';
import { gap } from './answers/gap.js';
import { help } from './answers/help.js';
import { holdings } from './answers/holdings.js';
import { notFound } from './answers/notFound.js';
import { overview } from './answers/overview.js';
import { factList, topic } from './answers/topic.js';
import { type ArticleFigures, articleFigures } from './articleFigures.js';
import type { AskContext } from './context.js';
import type { Reading } from './readQuestion.js';
import { CUES, USER_NOUNS } from './vocabulary.js';


/**
 * The lookup intent: which fact a question asks for (a cloud, its users, a demand, a holding, a topic),
 * from its cues and entities. The order of
 * the checks matters: specific signals ("gap", "H800", "faster") win over general ones ("need", "have").
 */
export function lookup(ctx: AskContext, reading: Reading): Answer | undefined {
  const { cues, entities, names, unknown } = reading;
  const has = (...groups: Parameters<typeof cues.has>[0][]) => groups.some((g) => cues.has(g));
  const ofKind = (...kinds: EntityKind[]) =>
    entities.map((m) => m.entity).filter((e) => kinds.includes(e.kind));
  const gpus = ofKind('gpu');
  const clouds = ofKind('cloud');
  // Foundries are companies too: "does Samsung use Azure?" is a cloud question the article cannot answer.
  const companies = ofKind('company', 'group', 'foundry');
  const named = entities.map((m) => m.entity).filter((e) => e.kind !== 'gpu');
  const first = named[0];
  const unknownName = names[0];
  const { price, count } = amountsIn(reading);
  const gpuIds = new Set(gpus.map((g) => g.id));
  const gpu = (id: string) => gpus.find((g) => g.id === id);
  // Facts stating a number the question names ("100+", "the 150 billion figure"), to lead with.
  const statesANumber = (f: Fact) => {
    const q = f.quantity;
    if (q === undefined) return false;
    return reading.numbers.some((n) =>
      'value' in q ? q.value === n.value : q.min === n.value || q.max === n.value,
    );
  };
  const figures = articleFigures(ctx.kb);
  const scenario = scenarioOf(reading, figures);
  const asksWhy = /\bwhy\b|为什么|为何|为啥/.test(reading.text);
  // "Has", "owns", "有多少" ask what someone holds; "use" alone (also a holdings word) asks who uses what.
  const owning = (reading.cueWords.get('holdings') ?? []).some(
    (w) => !(CUES.use as readonly string[]).includes(w),
  );
  // "each" prices only when there is a price: "50k H100s at 30k each", not "what do they each want".
  const valuing = has('value') || (has('each') && price !== undefined);
  // "What is the total if Meta only wants 25k?" asks for the total under a scenario, not for Meta's demand.
  const metaScenarioTotal =
    has('total') &&
    named.length === 1 &&
    first?.id === figures.scenario?.entityId &&
    reading.numbers.some((n) => n.value === figures.scenario?.low || n.value === figures.scenario?.high);

  const company = companies[0];
  const cloud = clouds[0];
  const target = company ?? cloud ?? first;
  // "Does Google Cloud use Azure?", "Does GPT-4 use Azure?": the first is asked about as a user of the
  // second; the article lists no cloud for a cloud or a model.
  const user = named[0];
  if (
    company === undefined &&
    user !== undefined &&
    (user.kind === 'cloud' || user.kind === 'model') &&
    has('use') &&
    !owning &&
    !has('who', 'howMany', 'demand') &&
    // "Azure and AWS users": the nouns ask who uses them.
    !(reading.cueWords.get('use') ?? []).some((w) => USERS_NOUNS.has(w))
  ) {
    const other = named.find((e) => e !== user && e.kind === 'cloud');
    if (other !== undefined) return cloudOf(ctx, user, other);
  }
  // "What does xAI use?": with no GPU, count or ownership word, "use" asks for the company's cloud.
  const usesWhat =
    has('use') &&
    !owning &&
    !has('training', 'inference') &&
    gpus.length === 0 &&
    count === undefined &&
    !/\bgpus?\b|\bcards?\b|\bchips?\b|显卡|卡|芯片/.test(reading.text) &&
    company !== undefined &&
    ctx.kb.facts.some((f) => f.topic === 'cloud-usage' && f.subject === company.id);
  if (
    company !== undefined &&
    (cloud !== undefined || has('cloud') || usesWhat) &&
    !has('howMany', 'demand')
  ) {
    return cloudOf(ctx, company, cloud);
  }
  if (
    cloud !== undefined &&
    company === undefined &&
    has('use', 'who') &&
    !has('howMany', 'demand', 'value')
  ) {
    return cloudUsers(ctx, cloud);
  }
  if (
    named.length === 0 &&
    has('cloud') &&
    has('use', 'who') &&
    !owning &&
    !has('demand', 'whoNeeds', 'value')
  ) {
    if (unknown.length > 0) return notFound(ctx, unknown.join(' '));
    return cloudUsers(ctx, undefined);
  }
  const withPrice = price === undefined ? {} : { price };
  // "How many A100s is OpenAI's demand worth for inference?": its line item, in A100s.
  if (
    gpuIds.has('a100') &&
    target !== undefined &&
    (has('compare') || (has('inference', 'training') && has('howMany')))
  ) {
    const [line] = mainLineItems(ctx, [target]);
    const gpusWanted = line === undefined ? undefined : quantityOf(line);
    if (line !== undefined && gpusWanted !== undefined)
      return compare(ctx, workloadOf(reading), gpusWanted, [line]);
  }
  const several = named.filter((e) => e.kind === 'company' || e.kind === 'cloud' || e.kind === 'group');
  if (valuing && several.length > 1) return costOfMany(ctx, several, price);
  if (valuing && target !== undefined && target.kind !== 'model') {
    // "Meta's 100k at $30k": a number that is one of the company's own figures picks the count.
    const figures = demandFacts(ctx, target).flatMap((f) => quantityOf(f) ?? []);
    const own = amountsIn(reading, figures);
    return cost(ctx, target, own.price, own.count);
  }
  if (valuing && named.length === 0) {
    // "What would 432,000 H100s cost at $25k?": the article's total; any other count is priced as given.
    if (count !== undefined && count === figures.totalDemand) return gap(ctx, { scenario, focus: 'total', ...withPrice });
    const h100 = ctx.kb.entityById.get('h100');
    if (count !== undefined && h100 !== undefined) return cost(ctx, h100, price, count);
    return undefined;
  }
  if (has('demand') && target?.kind !== 'model') {
    // "OpenAI 和 Inflection 一共要多少": each one's line item, added up.
    if (several.length > 1) return demandOfMany(ctx, several);
    if (target !== undefined) return demand(ctx, target, statesANumber);
    return undefined;
  }
  if (has('total')) return undefined;
  // "Which cloud does GPT-4 use?": the article names no model's cloud.
  if (target?.kind === 'model' && has('cloud')) return cloudOf(ctx, target);
  if (has('holdings', 'howMany', 'training') || target?.kind === 'model') {
    if (target === undefined && unknown.length > 0) return notFound(ctx, unknown.join(' '));
    // "Does Azure have more H100s than Google Cloud?": both holdings, side by side.
    return holdings(
      ctx,
      target,
      undefined,
      named.filter((e) => e !== target),
    );
  }
  return undefined;
}

/** True when a fact is about a cloud, or about a group of clouds ("which clouds need 1,000+?"). */
function involvesACloud(ctx: AskContext, fact: Fact): boolean {
  return [fact.subject, ...fact.objects].some((id) => ctx.kb.entityById.get(id ?? '')?.kind === 'cloud');
}

/** True when a fact states exactly this count (a single figure, not an end of a range). */
function statesCount(fact: Fact, count: number): boolean {
  return fact.quantity !== undefined && 'value' in fact.quantity && fact.quantity.value === count;
}

/**
 * The price and GPU count a question states. A number equal to one of `figures` (a company's own demand
 * figures) is the count when another number can be the price: "Meta's 100k at 30k".
 */
function amountsIn(reading: Reading, figures: readonly number[] = []): { price?: number; count?: number } {
  const priceLike = (n: NumberMention) => n.currency || (n.value >= 100 && reading.cues.has('value'));
  const figure = reading.numbers.find((n) => !n.currency && figures.includes(n.value));
  const countMention =
    reading.numbers.find((n) => n.gpus && !n.currency) ??
    (figure !== undefined && reading.numbers.some((n) => n !== figure && priceLike(n)) ? figure : undefined);
  const priceMention =
    reading.numbers.find((n) => n.currency) ??
    reading.numbers.find(
      // A zero or negative amount is kept, for the calculator to reject, rather than ignored.
      (n) =>
        n !== countMention &&
        !n.gpus &&
        (n.value >= 100 || n.value <= 0) &&
        (reading.cues.has('value') || (reading.cues.has('each') && countMention !== undefined)),
    );
  return {
    ...(priceMention === undefined ? {} : { price: priceMention.value }),
    ...(countMention === undefined ? {} : { count: countMention.value }),
  };
}

function workloadOf(reading: Reading): Workload | undefined {
  if (reading.cues.has('inference') && !reading.cues.has('training')) return 'inference';
  if (reading.cues.has('training') && !reading.cues.has('inference')) return 'training';
  return undefined;
}

const USERS_NOUNS: ReadonlySet<string> = new Set(USER_NOUNS);

// "with Meta at 25k" picks the low scenario; otherwise the article's 432k (Meta at 100k).
function scenarioOf(reading: Reading, figures: ArticleFigures): MetaScenario {
  const { scenario } = figures;
  if (scenario === undefined) return 'meta-100k';
  const named = reading.entities.some((m) => m.entity.id === scenario.entityId);
  return named && reading.numbers.some((n) => n.value === scenario.low) ? 'meta-25k' : 'meta-100k';
}

function outOfScopeWords(reading: Reading): string {
  return reading.cueWords.get('outOfScope')?.[0] ?? reading.text;
}
