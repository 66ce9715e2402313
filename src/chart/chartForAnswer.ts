import type { Answer, AnswerKind, MetaScenario } from '../engine/answer.js';
import { demandLineItems } from '../engine/answers/gap.js';
import type { Lang } from '../engine/lang.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Entity, Fact, GpuModel, SectionId, Topic } from '../knowledge/schema.js';
import { formatCount, formatQuantity } from '../render/formatNumber.js';
import { TOPIC_TITLES } from '../render/topicTitles.js';
import type { ChartBar, ChartGroup, ChartSpec } from './chartSpec.js';

/** Answers about §02's demand, charted as its line items. */
const DEMAND_KINDS: ReadonlySet<AnswerKind> = new Set(['gap', 'demand', 'cost']);
/** Topic answers that are about demand too. */
const DEMAND_TOPICS: ReadonlySet<Topic> = new Set(['demand', 'demand-total', 'gap']);
/** §03's figures that count GPUs someone has, trained on, or needs to train. */
const HOLDING_METRICS = ['a100-holdings', 'h100-holdings', 'training-gpus', 'training-gpus-needed'] as const;
type HoldingMetric = (typeof HOLDING_METRICS)[number];

/** Group colours of the holdings chart: blue for H100, teal for A100. */
const GPU_GROUPS: readonly { gpu: GpuModel; color: string }[] = [
  { gpu: 'H100', color: '#3b5bdb' },
  { gpu: 'A100', color: '#0ca678' },
];

/**
 * The chart that goes with an answer, in `lang`, or undefined when the answer has none.
 *
 * - `gap`, `demand`, `cost` (and topic answers about demand): §02's demand line items, Meta per the
 *   answer's scenario (100,000 unless it says 25,000), the asked-for entity or else Meta highlighted,
 *   the total (432,000 or 357,000) and the source in the caption.
 * - `holdings`: §03's figures, H100 and A100 as separate groups (never added), ranges kept as ranges,
 *   the asked-for entity highlighted.
 *
 * Every figure on the chart is a fact's quantity, or (the total) their sum.
 */
export function chartForAnswer(answer: Answer, kb: KnowledgeBase, lang: Lang): ChartSpec | undefined {
  if (!answer.found) return undefined;
  if (answer.kind === 'holdings') return holdingsChart(answer, kb, lang);
  const aboutDemand =
    DEMAND_KINDS.has(answer.kind) ||
    (answer.kind === 'topic' && answer.topic !== undefined && DEMAND_TOPICS.has(answer.topic));
  return aboutDemand ? demandChart(answer, kb, lang) : undefined;
}

function demandChart(answer: Answer, kb: KnowledgeBase, lang: Lang): ChartSpec | undefined {
  const t = (en: string, zh: string) => (lang === 'en' ? en : zh);
  const scenario: MetaScenario = answer.scenario ?? 'meta-100k';
  const other: MetaScenario = scenario === 'meta-100k' ? 'meta-25k' : 'meta-100k';
  const items = demandLineItems(kb, scenario).filter(({ fact }) => fact.quantity !== undefined);
  if (items.length === 0) return undefined;
  const total = items.reduce((sum, item) => sum + item.gpus, 0);
  const otherItems = demandLineItems(kb, other);
  const otherTotal = otherItems.reduce((sum, item) => sum + item.gpus, 0);
  // The article's own total (about 432,000), to say which scenario matches it.
  const articleTotal = kb.facts.find((f) => f.metric === 'h100-demand-total')?.quantity;
  const articleValue = articleTotal !== undefined && 'value' in articleTotal ? articleTotal.value : undefined;
  const isArticleTotal = articleValue === total;
  const otherIsArticle = articleValue === otherTotal;
  // The line item whose figure depends on the scenario (Meta: 25,000 or, some say, 100,000).
  const swing = items.find((item, i) => otherItems[i] !== undefined && otherItems[i].gpus !== item.gpus);
  const swingOther = swing === undefined ? undefined : otherItems[items.indexOf(swing)];

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
    highlightLabel = askedAbout(subject, lang);
  } else {
    highlighted = (fact) => fact === swing?.fact;
    if (swing !== undefined) {
      const name = entityName(kb, swing.fact.subject, lang) ?? '';
      const amount = formatCount(swing.gpus, lang);
      highlightLabel =
        swing.fact.hedge === 'some-say'
          ? t(`${name} at ${amount}, the figure “some say”`, `${name} 按“也有人说”的 ${amount}张计`)
          : t(`${name} at ${amount}, its main figure`, `${name} 按其主要数字 ${amount}张计`);
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

  const amount = formatCount(total, lang);
  const summary = isArticleTotal
    ? t(
        `Total: ${amount} H100s, the article’s “about ${amount}”`,
        `合计：${amount}张 H100，即文中的“约${amount}张”`,
      )
    : t(`Total: ${amount} H100s`, `合计：${amount}张 H100`);

  const caption: string[] = [];
  if (swing !== undefined && swingOther !== undefined) {
    const name = entityName(kb, swing.fact.subject, lang) ?? '';
    const [now, then, alt] = [swing.gpus, swingOther.gpus, otherTotal].map((n) => formatCount(n, lang));
    caption.push(
      swing.fact.hedge === 'some-say'
        ? t(
            `${name} is counted at ${now}, the figure “some say”; at its main figure of ${then} the total is ${alt}.`,
            `${name} 按“也有人说”的 ${now}张计；按其主要数字 ${then}张计，合计为 ${alt}张。`,
          )
        : t(
            `${name} is counted at its main figure of ${now}; some say ${then}, which makes the total ${alt}${otherIsArticle ? ', the article’s figure' : ''}.`,
            `${name} 按其主要数字 ${now}张计；也有人说 ${then}张，那样合计为 ${alt}张${otherIsArticle ? '，即文中的数字' : ''}。`,
          ),
    );
  }
  caption.push(
    t(
      'Clouds’ and their customers’ figures overlap (OpenAI gets its GPUs via Azure), so the sum can count some GPUs twice.',
      '云厂商与其客户的数字有重叠（OpenAI 通过 Azure 获得 GPU），合计可能把同一批 GPU 算两次。',
    ),
  );
  caption.push(sourceLine(kb, lang));

  return {
    title: TOPIC_TITLES.demand[lang],
    subtitle: `${sectionTitle(kb, '02', lang)} · ${t('H100s each company or cloud may want', '各公司与云厂商可能需要的 H100 数量')}`,
    lang,
    ...(highlightLabel === undefined ? {} : { highlightLabel }),
    bars,
    summary,
    caption,
  };
}

function holdingsChart(answer: Answer, kb: KnowledgeBase, lang: Lang): ChartSpec | undefined {
  const t = (en: string, zh: string) => (lang === 'en' ? en : zh);
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
      // What they have first, then what models were trained on or need; larger figures first.
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
    title: TOPIC_TITLES.holdings[lang],
    subtitle: `${sectionTitle(kb, '03', lang)} · ${t(
      'A100 and H100 are different GPUs, so their counts are never added',
      'A100 与 H100 是不同的 GPU，数量从不相加',
    )}`,
    lang,
    groups,
    ...(subject !== undefined && bars.some((bar) => bar.highlight)
      ? { highlightLabel: askedAbout(subject, lang) }
      : {}),
    bars,
    caption: [
      t(
        'Rough, second-hand estimates, often hedged (“maybe”, “about”, booked rather than in stock): the article’s least reliable figures.',
        '粗略的二手估计，常带“可能”“约”“预定而非现货”等限定，是文章中最不可靠的数字。',
      ),
      sourceLine(kb, lang),
    ],
  };
}

/** A §03 bar's label: who, and what the figure is when it is not simply what they have. */
function holdingLabel(kb: KnowledgeBase, fact: Fact, lang: Lang): string {
  const t = (en: string, zh: string) => (lang === 'en' ? en : zh);
  const name = label(entityName(kb, fact.subject, lang) ?? fact.id, lang);
  if (fact.metric === 'training-gpus') return t(`${name} (training)`, `${name}（训练）`);
  if (fact.metric === 'training-gpus-needed') {
    return fact.hedge === 'per-musk'
      ? t(
          `${name} (needs, per ${entityName(kb, 'musk', 'en') ?? 'Musk'})`,
          `${name}（所需，据${entityName(kb, 'musk', 'zh') ?? '马斯克'}）`,
        )
      : t(`${name} (needs)`, `${name}（所需）`);
  }
  if (fact.hedge === 'booked-not-delivered') return t(`${name} (booked)`, `${name}（预定）`);
  if (fact.hedge === 'similar') {
    const like = entityName(kb, fact.objects[0], lang);
    // Chinese puts a space between a Latin name and the Han after it: 与微软 Azure 类似.
    const space = /[A-Za-z0-9]$/.test(like ?? '') ? ' ' : '';
    if (like !== undefined) return t(`${name} (like ${like})`, `${name}（与${like}${space}类似）`);
  }
  return name;
}

function askedAbout(subject: Entity, lang: Lang): string {
  return lang === 'en' ? `Asked about: ${label(subject.name.en, lang)}` : `所问：${subject.name.zh}`;
}

function entityName(kb: KnowledgeBase, id: string | undefined, lang: Lang): string | undefined {
  const entity: Entity | undefined = id === undefined ? undefined : kb.entityById.get(id);
  return entity?.name[lang];
}

/** English names such as "other private clouds" start a label with a capital. */
function label(name: string, lang: Lang): string {
  return lang === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

function sectionTitle(kb: KnowledgeBase, id: SectionId, lang: Lang): string {
  return kb.source.sections.find((s) => s.id === id)?.title[lang] ?? `§${id}`;
}

/** The article, its site and the summary the facts come from. */
function sourceLine(kb: KnowledgeBase, lang: Lang): string {
  const { author, title, url, via } = kb.source;
  const site = new URL(url).host;
  return lang === 'en'
    ? `Source: ${author}, “${title.en}” (${site}), via ${via.en}`
    : `来源：${author}《${title.zh}》（${site}），经${via.zh}`;
}
