import type { Entity, EntityKind } from '../knowledge/schema.js';
import type { NumberMention } from './amounts.js';
import type { Workload } from './answers/compare.js';
import { articleFigures } from './articleFigures.js';
import type { AskContext } from './context.js';
import type { Reading } from './readQuestion.js';
import { type CueGroup, OWNING } from './vocabulary.js';

/** What an amount in a question stands for, read from its unit and its neighbours. */
export type AmountRole = 'price' | 'count' | 'money' | 'percent' | 'ratio' | 'duration' | 'bare';

/** An amount with the role it plays in the question. */
export interface RoledAmount extends NumberMention {
  readonly role: AmountRole;
}

/** A question read into typed slots: what intents score against and runners take. */
export interface Slots {
  readonly reading: Reading;
  /** Every non-GPU entity named, in the question's order. */
  readonly named: readonly Entity[];
  readonly gpus: readonly Entity[];
  readonly amounts: readonly RoledAmount[];
  /** The price per GPU the user gave, if any. */
  readonly price?: RoledAmount;
  /** GPU counts the user gave, in order. */
  readonly counts: readonly RoledAmount[];
  readonly workload?: Workload;
  /** Asked as a yes/no question ("does…", "is…", "…吗", "…right?"). */
  readonly yesNo: boolean;
  /** Demand ("wants", "需要") or holdings ("has", "有"), when the question says which. */
  readonly measure?: 'demand' | 'holdings';
  has(...groups: CueGroup[]): boolean;
  ofKind(...kinds: EntityKind[]): Entity[];
}

// An auxiliary opening a clause, after at most a couple of interjections: "yo does Meta…",
// "going with 25k, does Meta…", "ok so is Oracle…"; "this is…" or "how many does it want" are not.
const YES_NO_EN =
  /(?:^|[,.;:!?]\s*)(?:(?:yo|ok|okay|so|hey|hi|wait|lol|btw|and|but|also|quick q|q|um|uh|bro|guys|pls|please|sorry|hmm|oh|well|then|now|real quick)[,:]?\s+){0,3}(?:is|are|was|were|does|do|did|can|could|will|would|has|have|had|should|isn't|aren't|doesn't|don't|didn't|can't|won't)\b/;
const YES_NO_TAIL = /(?:,?\s*(?:right|correct|true|yes or no|no)\s*\??[\s\p{Extended_Pictographic}\p{P}]*$)|(?:吗|(?<![什怎多那这要])么|嘛)[啊呀呢哈哦喔嘛]*(?!\p{Script=Han})|是不是|是否|有没有|对不对|对吗|对吧|是吧|没错吧|算不算|能不能|可不可以|会不会|行不行/u;

/** Measure words for prices that are not GPU counts even when 张/块 follows ("3万块一张"). */
// Not 按 or 以 alone: "按两万五算" counts as often as it prices; 每张 and currencies say price.
const PRICE_CUES_BEFORE = /(?:\bat|@|price|priced|costs?|售价|价格|单价)\s*(?:约|大约|about|around|~)?\s*$/u;

/**
 * Reads the slots of a question: its entities by kind, its amounts with their roles, its workload,
 * and whether it asks yes or no.
 */
export function readSlots(ctx: AskContext, reading: Reading): Slots {
  const all = reading.entities.map((m) => m.entity);
  // The article's own author and publisher ("the GPU Utils article") are where facts come from, not
  // what they are about.
  const { gpuCounts: figures, sourceIds } = articleFigures(ctx.kb);
  const named = all.filter((e) => e.kind !== 'gpu' && !sourceIds.has(e.id));
  const gpus = all.filter((e) => e.kind === 'gpu');
  const has = (...groups: CueGroup[]) => groups.some((g) => reading.cues.has(g));
  const amounts = reading.numbers.map((n) => ({ ...n, role: roleOf(n, reading) }));
  // A bare number is a count when it is one the article states for what the question names (Meta's
  // 100k, the 432k), and a price when it comes with a value word and a count is already given.
  const counted = amounts.filter((b) => b.role === 'count' || figures.has(b.value)).length;
  // Counted once, so that each amount asks "is another one a count?" in constant time.
  const countLike = (b: (typeof amounts)[number]) =>
    b.role === 'count' || (b.role === 'bare' && figures.has(b.value));
  const countsLike = amounts.filter(countLike).length;
  const resolved = amounts.map((a): RoledAmount => {
    // "With Meta at 100k": a figure of the article's after "at" is a count, not a price.
    const otherCount = countsLike - (countLike(a) ? 1 : 0) > 0;
    if (a.role === 'price' && !a.currency && !a.perUnit && figures.has(a.value) && !otherCount)
      return { ...a, role: 'count' };
    if (a.role !== 'bare') return a;
    if (figures.has(a.value)) return { ...a, role: 'count' };
    const countGiven = counted - (figures.has(a.value) ? 1 : 0) > 0;
    if (a.value >= 1000 && (has('value') || has('each')) && countGiven) return { ...a, role: 'price' };
    if (a.value >= 100 && has('demand', 'holdings', 'compare', 'howMany')) return { ...a, role: 'count' };
    return a;
  });
  const price = resolved.find((a) => a.role === 'price');
  const counts = resolved.filter((a) => a.role === 'count');
  const text = reading.text;
  const training = has('training');
  const inference = has('inference');
  const workload = training && !inference ? 'training' : inference && !training ? 'inference' : undefined;
  // "Trained on", "used", "手上" say holdings even beside a demand word ("not asking what they want");
  // a bare "has" does only when nothing asks about demand ("which company has the most demand").
  const holdsFirmly = STRONG_HOLDING.test(text);
  const holdsLoosely = (reading.cueWords.get('holdings') ?? []).some((w) => HOLD_WORDS.has(w));
  // The article counts A100s only as holdings: "meta + tesla, total a100s?" asks what they have.
  const a100Only = gpus.some((g) => g.id === 'a100') && !gpus.some((g) => g.id === 'h100');
  const measure = holdsFirmly
    ? 'holdings'
    : a100Only && !has('demand')
      ? 'holdings'
    : has('demand')
      ? 'demand'
      : holdsLoosely
        ? 'holdings'
        : undefined;
  return {
    reading,
    named,
    gpus,
    amounts: resolved,
    ...(price === undefined ? {} : { price }),
    counts,
    ...(workload === undefined ? {} : { workload }),
    yesNo: YES_NO_EN.test(text) || YES_NO_TAIL.test(text),
    ...(measure === undefined ? {} : { measure }),
    has,
    ofKind: (...kinds) => named.filter((e) => kinds.includes(e.kind)),
  };
}

const STRONG_HOLDING =
  /拥有|持有|有多少|有几|有\s*\d|囤|现货|手上|手里|手头|用了|\bsitting on\b|\bin hand\b|\bon hand\b|\btrained\b.{0,40}\b(?:on|with)\b|\bused\b|训练.{0,10}(?:用|在)|在.{0,12}上.{0,4}训练/u;

const HOLD_WORDS: ReadonlySet<string> = new Set(OWNING);

function roleOf(n: NumberMention, reading: Reading): AmountRole {
  if (n.percent) return 'percent';
  if (n.ratio) return 'ratio';
  if (n.duration !== undefined) return 'duration';
  const before = reading.text.slice(Math.max(0, n.start - 12), n.start);
  if (n.currency && Math.abs(n.value) > 1_000_000) return 'money';
  if (n.model !== undefined && !n.currency) return 'count';
  if (n.currency || n.perUnit) return 'price';
  if (n.gpus) return 'count';
  if (PRICE_CUES_BEFORE.test(before) && Math.abs(n.value) >= 1000) return 'price';
  return 'bare';
}
