import { valueAtPrice } from '../calculator/valueAtPrice.js';
import type { Answer, AnswerKind, MetaScenario } from '../engine/answer.js';
import { demandLineItems } from '../engine/answers/gap.js';
import type { ReplyLang } from '../i18n/langs.js';
import { localize } from '../i18n/localize.js';
import { t } from '../i18n/t.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Entity, Fact, GpuModel, SectionId, Topic } from '../knowledge/schema.js';
import { formatCount, formatQuantity, formatUsd } from '../render/formatNumber.js';
import { sourceLine } from '../render/sourceLine.js';
import type { ChartBar, ChartGroup, ChartSpec } from './chartSpec.js';

/** Answers about §02's demand, charted as its line items. */
const DEMAND_KINDS: ReadonlySet<AnswerKind> = new Set(['gap', 'demand', 'cost']);
/** Topic answers that are about demand too. */
const DEMAND_TOPICS: ReadonlySet<Topic> = new Set(['demand', 'demand-total', 'gap']);
/** §03's figures that count GPUs someone has or trained on; what someone needs is not a holding. */
const HOLDING_METRICS = ['a100-holdings', 'h100-holdings', 'training-gpus'] as const;
type HoldingMetric = (typeof HOLDING_METRICS)[number];

/** Group colours of the holdings chart: blue for H100, teal for A100. */
const GPU_GROUPS: readonly { gpu: GpuModel; color: string }[] = [
  { gpu: 'H100', color: '#3b5bdb' },
  { gpu: 'A100', color: '#0ca678' },
];

/**
 * The chart that goes with an answer, in `lang`, or undefined when the answer has none.
 *
 * - `gap`, `demand`, `cost` (and topic answers about demand): §02's demand line items, the line item
 *   with two figures (Meta) drawn at the figure the text uses and its other figure as a variant bar,
 *   the asked-for entity or else that line item highlighted, the total, and for `gap` the total's
 *   value at the asked price, both scenarios' values in the caption.
 * - `holdings`: §03's figures, H100 and A100 as separate groups (never added), ranges kept as ranges,
 *   the asked-for entity highlighted.
 *
 * Every figure on the chart is a fact's quantity, their sum, or a sum times the asked price.
 */
export function chartForAnswer(answer: Answer, kb: KnowledgeBase, lang: ReplyLang): ChartSpec | undefined {
  if (!answer.found) return undefined;
  if (answer.kind === 'holdings') return holdingsChart(answer, kb, lang);
  const aboutDemand =
    DEMAND_KINDS.has(answer.kind) ||
    (answer.kind === 'topic' && answer.topic !== undefined && DEMAND_TOPICS.has(answer.topic));
  return aboutDemand ? demandChart(answer, kb, lang) : undefined;
}

/**
 * The scenario the answer's text speaks of: its own, or for a question about the company with two
 * figures (Meta), the one its text states first, which is the main one.
 */
function scenarioOf(answer: Answer, kb: KnowledgeBase): MetaScenario {
  if (answer.scenario !== undefined) return answer.scenario;
  const main = demandLineItems(kb, 'meta-25k');
  const high = demandLineItems(kb, 'meta-100k');
  const swing = main.find((item, i) => high[i] !== undefined && high[i].gpus !== item.gpus);
  return answer.kind === 'demand' && swing !== undefined && answer.subject?.id === swing.fact.subject
    ? 'meta-25k'
    : 'meta-100k';
}

function demandChart(answer: Answer, kb: KnowledgeBase, lang: ReplyLang): ChartSpec | undefined {
  const scenario = scenarioOf(answer, kb);
  const other: MetaScenario = scenario === 'meta-100k' ? 'meta-25k' : 'meta-100k';
  const items = demandLineItems(kb, scenario).filter(({ fact }) => fact.quantity !== undefined);
  if (items.length === 0) return undefined;
  const total = items.reduce((sum, item) => sum + item.gpus, 0);
  const otherItems = demandLineItems(kb, other);
  const otherTotal = otherItems.reduce((sum, item) => sum + item.gpus, 0);
  // The article's own total (about 432,000), to say which scenario matches it.
  const articleTotal = kb.facts.find((f) => f.metric === 'h100-demand-total')?.quantity;
  const articleValue = articleTotal !== undefined && 'value' in articleTotal ? articleTotal.value : undefined;
  // The line item whose figure depends on the scenario (Meta: 25,000 or, some say, 100,000).
  const swing = items.find((item, i) => otherItems[i] !== undefined && otherItems[i].gpus !== item.gpus);
  const swingOther = swing === undefined ? undefined : otherItems[items.indexOf(swing)];
  const swingName = swing === undefined ? '' : (entityName(kb, swing.fact.subject, lang) ?? '');

  // Highlight what was asked about; with nothing asked about, the scenario's line item.
  let highlighted: (fact: Fact) => boolean;
  let highlightLabel: string | undefined;
  if (answer.subject !== undefined) {
    const subject = answer.subject;
    const asked = new Set(answer.facts.map((f) => f.id));
    const own = items.some(({ fact }) => fact.subject === subject.id);
    highlighted = own ? (fact) => fact.subject === subject.id : (fact) => asked.has(fact.id);
    // A cost for a company §02 does not list (with the user's own count): nothing to show it on.
    if (!items.some(({ fact }) => highlighted(fact))) return undefined;
    highlightLabel = t(lang, 'chart.askedAbout', { name: label(localize(subject.name, lang), lang) });
  } else {
    highlighted = (fact) => fact === swing?.fact;
    if (swing !== undefined) {
      const vars = { name: swingName, amount: formatCount(swing.gpus, lang) };
      highlightLabel = t(
        lang,
        swing.fact.hedge === 'some-say' ? 'chart.swingSomeSay' : 'chart.swingMain',
        vars,
      );
    }
  }

  const bars: ChartBar[] = items
    .map(({ fact, gpus }, order) => ({ fact, gpus, order }))
    .sort((a, b) => b.gpus - a.gpus || a.order - b.order)
    .map(({ fact, gpus }) => ({
      label: label(entityName(kb, fact.subject, lang) ?? fact.id, lang),
      value: gpus,
      valueLabel:
        fact.quantity === undefined ? formatCount(gpus, lang) : formatQuantity(fact.quantity, 'gpus', lang),
      ...(highlighted(fact) ? { highlight: true } : {}),
    }));
  if (swingOther !== undefined) {
    // The swing item's other figure, drawn beside the line items but not counted in the total.
    const key = swingOther.fact.hedge === 'some-say' ? 'chart.variant' : 'chart.variantMain';
    bars.push({
      label: t(lang, key, { name: label(swingName, lang) }),
      value: swingOther.gpus,
      valueLabel: formatCount(swingOther.gpus, lang),
      variant: true,
    });
  }

  const amount = formatCount(total, lang);
  const price = answer.kind === 'gap' ? answer.price?.value : undefined;
  const summary =
    price !== undefined
      ? t(lang, 'chart.totalAtPrice', {
          amount,
          price: formatUsd(price, lang),
          value: formatUsd(valueAtPrice(total, price).result.value, lang),
        })
      : t(lang, articleValue === total ? 'chart.totalArticle' : 'chart.total', { amount });

  const caption: string[] = [];
  if (swing !== undefined && swingOther !== undefined) {
    const alt = formatCount(otherTotal, lang);
    const vars = {
      name: swingName,
      now: formatCount(swing.gpus, lang),
      other: formatCount(swingOther.gpus, lang),
      alt,
    };
    const key =
      swing.fact.hedge === 'some-say'
        ? 'chart.captionSomeSay'
        : articleValue === otherTotal
          ? 'chart.captionMainArticle'
          : 'chart.captionMain';
    caption.push(t(lang, key, vars));
    if (price !== undefined) {
      caption.push(
        t(lang, 'chart.captionValues', {
          price: formatUsd(price, lang),
          now: amount,
          nowValue: formatUsd(valueAtPrice(total, price).result.value, lang),
          alt,
          altValue: formatUsd(valueAtPrice(otherTotal, price).result.value, lang),
        }),
      );
    }
  }
  caption.push(t(lang, 'chart.overlap'), sourceLine(kb, lang));

  return {
    title: t(lang, 'topic.demand'),
    subtitle: `${sectionTitle(kb, '02', lang)} · ${t(lang, 'chart.demandSubtitle')}`,
    lang,
    ...(highlightLabel === undefined ? {} : { highlightLabel }),
    bars,
    summary,
    caption,
  };
}

function holdingsChart(answer: Answer, kb: KnowledgeBase, lang: ReplyLang): ChartSpec | undefined {
  const metricOrder = (fact: Fact) => HOLDING_METRICS.indexOf(fact.metric as HoldingMetric);
  const facts = kb.facts.filter(
    (f) =>
      f.section === '03' &&
      metricOrder(f) >= 0 &&
      f.quantity !== undefined &&
      f.unit === 'gpus' &&
      GPU_GROUPS.some((g) => g.gpu === f.gpu),
  );
  if (facts.length === 0) return undefined;

  const subject = answer.subject;
  const asked = new Set(answer.facts.map((f) => f.id));
  const own = subject !== undefined && facts.some((f) => f.subject === subject.id);
  const highlighted = (fact: Fact) =>
    subject !== undefined && (own ? fact.subject === subject.id : asked.has(fact.id));

  const top = (f: Fact) =>
    f.quantity === undefined ? 0 : 'value' in f.quantity ? f.quantity.value : f.quantity.max;
  const bottom = (f: Fact) =>
    f.quantity === undefined ? 0 : 'value' in f.quantity ? f.quantity.value : f.quantity.min;
  const groups: ChartGroup[] = [];
  const bars: ChartBar[] = [];
  for (const { gpu, color } of GPU_GROUPS) {
    const inGroup = facts
      .filter((f) => f.gpu === gpu)
      .map((fact, order) => ({ fact, order }))
      // What they have first, then what models were trained on; larger figures first.
      .sort(
        (a, b) =>
          metricOrder(a.fact) - metricOrder(b.fact) ||
          top(b.fact) - top(a.fact) ||
          bottom(b.fact) - bottom(a.fact) ||
          a.order - b.order,
      );
    if (inGroup.length === 0) continue;
    groups.push({ id: gpu, label: gpu, color });
    for (const { fact } of inGroup) {
      const quantity = fact.quantity;
      if (quantity === undefined) continue;
      bars.push({
        label: holdingLabel(kb, fact, lang),
        ...('value' in quantity ? { value: quantity.value } : { min: quantity.min, max: quantity.max }),
        group: gpu,
        valueLabel: formatQuantity(quantity, 'gpus', lang),
        ...(highlighted(fact) ? { highlight: true } : {}),
      });
    }
  }

  return {
    title: t(lang, 'topic.holdings'),
    subtitle: `${sectionTitle(kb, '03', lang)} · ${t(lang, 'chart.holdingsSubtitle')}`,
    lang,
    groups,
    ...(subject !== undefined && bars.some((bar) => bar.highlight)
      ? { highlightLabel: t(lang, 'chart.askedAbout', { name: label(localize(subject.name, lang), lang) }) }
      : {}),
    bars,
    caption: [t(lang, 'chart.holdingsCaption'), sourceLine(kb, lang)],
  };
}

/** A §03 bar's label: who, and what the figure is when it is not simply what they have. */
function holdingLabel(kb: KnowledgeBase, fact: Fact, lang: ReplyLang): string {
  const name = label(entityName(kb, fact.subject, lang) ?? fact.id, lang);
  if (fact.metric === 'training-gpus') return t(lang, 'chart.training', { name });
  if (fact.hedge === 'booked-not-delivered') return t(lang, 'chart.booked', { name });
  const like = fact.hedge === 'similar' ? entityName(kb, fact.objects[0], lang) : undefined;
  return like === undefined ? name : t(lang, 'chart.like', { name, like });
}

function entityName(kb: KnowledgeBase, id: string | undefined, lang: ReplyLang): string | undefined {
  const entity: Entity | undefined = id === undefined ? undefined : kb.entityById.get(id);
  return entity === undefined ? undefined : localize(entity.name, lang);
}

/** English names such as "other private clouds" start a label with a capital. */
function label(name: string, lang: ReplyLang): string {
  return lang === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

function sectionTitle(kb: KnowledgeBase, id: SectionId, lang: ReplyLang): string {
  const section = kb.source.sections.find((s) => s.id === id);
  return section === undefined ? `§${id}` : localize(section.title, lang);
}
