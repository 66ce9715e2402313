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
export function lookup(ctx: AskContext, reading: Reading): Answer {
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

  if (has('outOfScope')) return notFound(ctx, outOfScopeWords(reading), named);
  if (has('forecast')) return notFound(ctx, undefined, named);
  // A name the article lacks ("Apple", "RTX 4090"): answering about something else would mislead.
  if (unknownName !== undefined)
    return notFound(ctx, unknownName, ctx.lexicon.suggest(unknownName).slice(0, 3));
  if (first !== undefined && !first.inArticle) return notFound(ctx, first.name[ctx.lang]);

  if (has('help') && named.length === 0 && gpus.length === 0) return help(ctx);
  // "Summarise the article": its headline figures, the gap and what it is worth.
  if (has('summary') && named.length === 0) return gap(ctx, { scenario, focus: 'gap' });
  if (has('whereFrom') && !has('demand', 'holdings', 'value', 'howMany')) {
    // "Where does OpenAI get its GPUs?" asks for its cloud; "where is this from?" for the source.
    if (companies[0] !== undefined) return cloudOf(ctx, companies[0]);
    if (named.length === 0 && !has('cloud')) return topic(ctx, ['source']);
  }
  if (has('source') && !has('demand', 'holdings', 'cloud')) return topic(ctx, ['source']);
  // "Which cloud does Baidu / AMD use?" asks for a cloud the article does not give, not for the
  // exclusion of Chinese demand or the AMD question.
  const cloudQuestion = (has('cloud') || clouds.length > 0) && has('use', 'who') && companies.length > 0;
  if ((has('amd') || named.some((e) => e.id === 'amd')) && !cloudQuestion) return topic(ctx, ['why-not-amd']);
  // The article prices only the H100: an A100's or H800's price is not in it.
  const otherGpu = gpus.find((g) => g.id !== 'h100');
  if (has('value') && named.length === 0 && otherGpu !== undefined && !gpuIds.has('h100')) {
    return notFound(ctx, { what: 'price', entity: otherGpu });
  }
  const china = [...named, ...gpus].filter((e) => figures.notCounted.has(e.id));
  if ((has('china') || china.length > 0) && !cloudQuestion)
    return topic(
      ctx,
      ['not-counted'],
      china.find((e) => e.kind !== 'gpu'),
    );
  // "Why is the H100 so popular?" is about the choice of GPU, not about training criteria.
  if (has('popular') && named.length === 0 && !has('factors')) return topic(ctx, ['gpu-choice']);
  if (has('factors') || (has('prefer') && gpuIds.has('h100') && !has('gap', 'supply', 'foundry', 'compare')))
    return topic(ctx, ['training-factors'], gpu('a100'));
  // "Why is the H100 so scarce?": the article's answer is what limits supply.
  if (has('gap') && asksWhy) return topic(ctx, ['supply', 'foundry']);
  if (
    (gpuIds.has('h100') && gpuIds.has('a100') && named.length === 0) ||
    (has('compare') && gpus.length > 0 && named.length === 0) ||
    // "16位推理快多少": a speed-up by workload, even without naming the GPUs.
    (has('compare') && has('inference', 'training') && named.length === 0)
  ) {
    return compare(ctx, workloadOf(reading), count);
  }
  if (has('gap'))
    return gap(ctx, {
      scenario,
      focus: 'gap',
      ...(price === undefined ? {} : { price }),
    });
  // A foundry named with a cloud question ("does Samsung use Azure?") or a demand question ("TSMC需要多少H100")
  // is not asking who makes the H100.
  const foundryNamed =
    ofKind('foundry').length > 0 &&
    !((clouds.length > 0 || has('cloud')) && has('use', 'who', 'cloud')) &&
    !has('demand', 'holdings', 'value');
  if (foundryNamed || has('foundry')) return topic(ctx, ['foundry', 'supply'], ofKind('foundry')[0]);
  if (has('supply')) return topic(ctx, ['supply', 'foundry']);

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
  if (has('allocation') && target !== undefined && target.kind !== 'model')
    return holdings(ctx, target, (f) => f.metric === 'gpu-allocation');
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
  // "Who wants 22,000 H100s?", "谁有7000张A100": the line items that state that count.
  if (named.length === 0 && has('who', 'whoNeeds') && count !== undefined) {
    const topics = has('demand') ? ['demand'] : has('holdings') ? ['holdings'] : ['demand', 'holdings'];
    const stated = ctx.kb.facts.filter((f) => topics.includes(f.topic) && statesCount(f, count));
    if (stated[0] !== undefined) return factList(ctx, stated[0].topic, stated);
  }
  if (has('whoNeeds') || (has('who') && has('demand') && named.length === 0))
    return topic(ctx, ['who-needs'], target, has('cloud') ? (f) => involvesACloud(ctx, f) : statesANumber);

  const withPrice = price === undefined ? {} : { price };
  if (metaScenarioTotal) return gap(ctx, { scenario, focus: 'total', ...withPrice });
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
    if (has('total', 'demand')) return gap(ctx, { scenario, focus: 'total', ...withPrice });
    return topic(ctx, ['price']);
  }
  if (has('demand') && target?.kind !== 'model') {
    // "OpenAI 和 Inflection 一共要多少": each one's line item, added up.
    if (several.length > 1) return demandOfMany(ctx, several);
    if (target !== undefined) return demand(ctx, target, statesANumber);
    if (has('total')) return gap(ctx, { scenario, focus: 'total' });
    if (unknown.length > 0) return notFound(ctx, unknown.join(' '));
    return gap(ctx, { scenario, focus: 'total' });
  }
  if (has('total')) return gap(ctx, { scenario, focus: 'total' });
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
  if (has('compare', 'inference', 'training') && gpus.length > 0)
    return compare(ctx, workloadOf(reading), count);
  if (has('popular')) return topic(ctx, ['gpu-choice']);
  if (target !== undefined && unknown.length === 0) return overview(ctx, target);
  if (gpuIds.has('h100') && unknown.length === 0) return topic(ctx, ['gpu-choice']);
  // A number the article states ("what is the 15 billion figure?"): the facts that state it.
  const stating = ctx.kb.facts.find(statesANumber);
  if (stating !== undefined) return topic(ctx, [stating.topic], undefined, statesANumber);
  return notFound(ctx, unknown.length > 0 ? unknown.join(' ') : undefined, named);
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
