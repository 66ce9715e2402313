import type { Entity } from '../../knowledge/schema.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { atBound, type Figure, figureOf } from './figures.js';

/** A count of GPUs named by its noun: "GCP H100 count", "卡数量" (not "count meta at 25k"). */
const GPU_COUNT = /\b(?:h100|a100|gpu|card)s?\s+(?:count|counts|number|numbers)\b|(?:h100|a100|卡)\s*数量/u;

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
  // ("GCP H100 count vs Azure's?": a count, with no word of wanting, of what both hold, as a look-up of
  // one of them reads it.)
  const counted = !slots.has('demand') && GPU_COUNT.test(slots.reading.text);
  // ("so meta's 21k A100s is more than GCP's 25k H100s right?": each name quoted at what it holds.)
  const quoted = slots.counts.map((c) => c.value);
  const quotesHoldings =
    held &&
    !slots.has('demand') &&
    quoted.length >= slots.named.length &&
    slots.named.every((e) => {
      const figure = figureOf(ctx, e, 'holdings');
      const holding = figure?.range === false ? figure.value : undefined;
      return (
        holding !== undefined && quoted.includes(holding) && figureOf(ctx, e, 'demand')?.value !== holding
      );
    });
  // ("假如甲骨文只要1万张，三大云加甲骨文一共要多少": wanting said outright is demand, whatever the names.)
  const noOwnDemand = !slots.has('demand') && slots.named.some((e) => !ownDemand(e));
  // ("Meta 的 A100 和谷歌云的 H100 差几张": an A100 said of a name is held, and so what both hold is set.)
  const a100Said = slots.named.some((e) => A100_BESIDE.test(textAfter(slots, e)));
  // ("Azure 可能有的上限同 Oracle 嘅下限": having said beside one name, and wanting beside none.)
  const besides = slots.named.map((e) => measureBeside(slots, e));
  const heldBeside = besides.includes('holdings') && !besides.includes('demand');
  return held && (counted || quotesHoldings || noOwnDemand || a100Said || heldBeside) ? 'holdings' : 'demand';
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
  // ("OpenAI 要的量比 Google 云端手上的多几张?": each name with its own measure said beside it, when
  // they differ.)
  const own = slots.named.map((e) => measureBeside(slots, e));
  const mixed = mixedMeasures(slots);
  return slots.named.flatMap((e, i) => {
    const beside = mixed ? own[i] : undefined;
    const figure =
      (beside === undefined ? undefined : figureOf(ctx, e, beside, asked)) ??
      quotedOther(ctx, e, measure, asked) ??
      figureOf(ctx, e, measure, asked) ??
      // (A model's GPUs are what it was trained on or needs, whichever the question's verb.)
      (slots.measure === undefined || e.kind === 'model' ? figureOf(ctx, e, other, asked) : undefined) ??
      // ("OpenAI 的需求量是特斯拉 A100 数量的几倍": A100s named are only ever held.)
      a100Held(ctx, slots, e, asked);
    // ("GPT-4 的上限和 GPT-5 的下限": an end said of each name is that name's.)
    return figure === undefined ? [] : [atBound(figure, boundBeside(slots, e) ?? slots.bound)];
  });
}

/**
 * The name's figure in the other measure when the question quotes it and not the measure's own:
 * "GCP's 25k H100s — what percent of the 432k demand is that?" is what Google Cloud has (25k), not
 * what it wants (30k), though demand is said of the total.
 */
export function quotedOther(
  ctx: AskContext,
  e: Entity,
  measure: 'demand' | 'holdings',
  asked: readonly number[],
): Figure | undefined {
  if (asked.length === 0) return undefined;
  const other = figureOf(ctx, e, measure === 'demand' ? 'holdings' : 'demand');
  const own = figureOf(ctx, e, measure);
  if (other === undefined || other.range || !asked.includes(other.value)) return undefined;
  return own !== undefined && asked.includes(own.value) ? undefined : other;
}

/** What a name holds in A100s, when the question names the A100 and the name has no other figure. */
function a100Held(ctx: AskContext, slots: Slots, e: Entity, asked: readonly number[]): Figure | undefined {
  if (!slots.gpus.some((g) => g.id === 'a100')) return undefined;
  const held = figureOf(ctx, e, 'holdings', asked);
  return held?.gpu === 'A100' ? held : undefined;
}

/** Words of wanting and of having said right beside a name: "OpenAI 要的", "Google 云端手上的", "gcp has". */
const WANT_BESIDE = /^(?:\s|的|'s|’s)*(?:要的|想要的?|需要的?|要|想要|需要|wants?|needs?|ask|demand|需求)/u;
// ("CoreWeave 嗰批 H100 預訂": a booking is what it has.)
const HAVE_BESIDE =
  /^(?:\s|的|'s|’s|云端|雲端|云|cloud|现在|現在|目前|而家|now|currently|那批|嗰批|那些|h100s?|可能|大概|大約|大约|约|約|may|might)*(?:手上|手里|手頭|手头|现有|現有|已有|有的|has|have|holds?|fleet|on hand|in hand|holdings|预订|預訂|预定|預定|booked|bookings?|on order|reserved|count\b|stock\b|inventory\b|数量|數量)/u;

/** An A100 said right after a name ("Meta 的 A100", "tesla's a100s"): A100s are only ever held. */
const A100_BESIDE = /^(?:\s|的|嘅|'s|’s|那些|嗰啲)*a100/u;

/** The few characters after a name's first mention ("'s h100 count"). */
function textAfter(slots: Slots, e: Entity): string {
  const m = slots.reading.entities.find((x) => x.entity === e && x.start >= 0);
  return m === undefined
    ? ''
    : slots.reading.text.slice(m.start + m.text.length, m.start + m.text.length + 16);
}

/** The measure said right after a name, if any: "GCP's H100 count" holds, "OpenAI 要的" wants. */
export function measureBeside(slots: Slots, e: Entity): 'demand' | 'holdings' | undefined {
  const after = textAfter(slots, e);
  return WANT_BESIDE.test(after)
    ? 'demand'
    : HAVE_BESIDE.test(after) || A100_BESIDE.test(after)
      ? 'holdings'
      : undefined;
}

/** Whether the names compared each have their own measure said beside them, and they differ. */
export function mixedMeasures(slots: Slots): boolean {
  const own = slots.named.map((e) => measureBeside(slots, e));
  return own.includes('demand') && own.includes('holdings');
}

const HIGH_BEFORE =
  /\b(?:top|upper end|high end|upper bound|upper limit|max(?:imum)?|ceiling) of (?:the )?$/u;
const LOW_BEFORE = /\b(?:bottom|lower end|low end|lower bound|lower limit|min(?:imum)?|floor) of (?:the )?$/u;
const HIGH_AFTER = /上限|上界|最高|高端|高的那头|\b(?:upper|high|top)[- ](?:end|bound|limit)\b/u;
const LOW_AFTER = /下限|下界|最低|低端|低的那头|\b(?:lower|low|bottom)[- ](?:end|bound|limit)\b/u;

/**
 * The end of a range said of one name, before it ("the top of gpt-4's range") or after it in its own
 * clause ("GPT-4 训练用的 A100 区间上限"), when the question sets different ends of two names against
 * each other.
 */
function boundBeside(slots: Slots, e: Entity): 'low' | 'high' | undefined {
  const mentions = slots.reading.entities.filter((m) => m.start >= 0).sort((a, b) => a.start - b.start);
  const i = mentions.findIndex((m) => m.entity === e);
  const m = mentions[i];
  if (m === undefined) return undefined;
  const text = slots.reading.text;
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  if (HIGH_BEFORE.test(before)) return 'high';
  if (LOW_BEFORE.test(before)) return 'low';
  // (Up to the next owner named or the clause's end: "GPT-4 训练用的 A100 区间上限, 和…".)
  const next = mentions.slice(i + 1).find((n) => n.entity.kind !== 'gpu' && n.entity.kind !== 'person');
  const after =
    text.slice(m.start + m.text.length, next?.start ?? text.length).split(/[,，;；。?？]/u)[0] ?? '';
  return HIGH_AFTER.test(after) ? 'high' : LOW_AFTER.test(after) ? 'low' : undefined;
}
