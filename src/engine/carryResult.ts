import type { Answer } from './answer.js';
import { SHARE_WORDS } from './intents/signals.js';
import type { Lexicon } from './lexicon.js';
import { type Reading, readQuestion } from './readQuestion.js';
import { statedCount, workedCount } from './workedCount.js';

/** A reference back to the count the part before worked out: "those h100s", "that many", "这些卡". */
const THOSE =
  /\b(?:those|these|that many|them)\b(?: (?:h100s?|a100s?|cards?|gpus?))?|(?:这些|那些|這些|它们|它們|这么多|這麼多)(?:张|張|块|塊)?(?:\s*(?:h100|a100|卡))?/u;

/** A reference back to a difference the part before worked out: "the extra", "the rest", "差的那些". */
const THE_DIFFERENCE =
  /\bthe (?:extra|rest|remainder|difference|missing ones|shortfall|gap between them)\b(?: (?:h100s?|cards?|gpus?|ones))?|差(?=多少(?:钱|錢))|(?<=(?:钱|錢)\s*)差(?=多少)|(?:差的|缺的|剩下的|多出来的|多出來的|多出的|差额|差額)(?:那些|这些|這些)?(?:张|張|块|塊)?(?:h100|卡)?/u;

/** A conversion to the other GPU: "折合多少张 H100", "in H100 terms?". */
const CONVERTS =
  /折合|折成|折算|换算|换成|换做|换用|改用|改成|相当于|等效|顶替|頂替|替换|替換|\b(?:done|do|did|doing) the same (?:training |inference )?(?:job|work|run)\b|\b(?:in|as) (?:h100|a100)s\b|\bused? (?:h100|a100)s? instead\b|\bwith (?:h100|a100)s? instead\b|\b(?:re-?did|redo|re-?ran|rerun|re-?run) (?:that|it|this) on\b|\b(?:(?:were|was|got|is|gets) )?(?:redone|re-done|rerun|re-run) on (?:h100|a100)s?\b|\bequivalent\b|\b(?:give|gives|match|deliver|get)s? the same\b|\bsame (?:16-bit )?(?:training |inference )?(?:throughput|performance|compute|speed)\b|\bin (?:h100|a100) terms\b|\bworth of (?:h100|a100)s?\b|\b(?:h100|a100)s? worth\b|\bhow many (?:h100|a100)s? (?:is|are|would be|would) (?:that|those|they)\b|\b(?:match|equal|replace|replicate|keep up with) (?:that|those|them|it|this)\b/u;

/** A bare number is a price after "at" or "@": "what would the rest cost at 30k". */
export const PRICE_BEFORE = /(?:\bat|@|按|每张|每張)\s*$/u;

/** A share asked of what the part before worked out: "what % of inflection's 22k is that?", "那占 OpenAI 需求的百分之几". */
const SHARE_OF_THAT =
  /\bwhat (?:%|percent(?:age)?|share|fraction) of\b[^?]{1,40}\b(?:is|are|would be) (?:that|it|those|this)\b|\bhow many times\b[^?]{1,40}\b(?:is|are|would be) (?:that|it|those|this)\b|^\s*(?:那|这|這)?(?:这些|這些|那些|这|這|那|它)?\s*(?=(?:占|佔)[^?？]{1,24}(?:百分之几|百分之幾|多少|几成|幾成))/u;
/**
 * What is left of a whole the answer worked out: a remainder ("其余各方合计 31.2万"), or §02's total with
 * line items taken out by a what-if (its new total, under the article's).
 */
function leftOf(before: Answer | undefined): { part: number; whole: number } | undefined {
  if (before?.found !== true) return undefined;
  const last = before.calculations.at(-1);
  const [whole] = last?.steps[0]?.operands ?? [];
  if (last?.kind === 'remainder' && whole !== undefined)
    return { part: last.result.value, whole: whole.value };
  if (before.kind !== 'what-if') return undefined;
  const total = before.facts.find((f) => f.metric === 'h100-demand-total')?.quantity;
  const now = before.calculations.find((c) => c.kind === 'gap-total')?.result.value;
  return total !== undefined && 'value' in total && now !== undefined && now < total.value
    ? { part: now, whole: total.value }
    : undefined;
}

/** Whose figure a count just worked out is asked: "whose demand does that match?", "哪家云的数量和这个一样". */
const WHO_MATCHES =
  /\bwho(?:se)?\b[^?]{0,50}\b(?:match(?:es)?|equals?|same|lines? up)\b|\bwhich (?:company|cloud|one|line|item|part|group)\b[^?]{0,40}\b(?:match(?:es)?|equals?|same|is that)\b|哪(?:家|个|個|部分|一项|一項|一部分|些)[^?？]{0,24}(?:一样|一樣|相同|对应|對應|相等|吻合|对得上|對得上)|(?:对应|對應|相当于|相當於)[^?？]{0,12}哪(?:家|个|個|部分|一项|一項|一部分|些)/u;
const HELD_WORDS = /\b(?:has|have|holds?|on hand)\b|手上|手里|手頭|手头|现有|現有|持有/u;

/** A worked count set against one quoted, pointed back at: "how far is it below the 432k", "那离 43.2 万差多少". */
const FAR_FROM =
  /\bhow (?:far|much|many)(?: (?:more|fewer|less))? (?:is|are|would be) (it|that|this|those)\b(?= (?:below|above|under|over|from|off|short of|than)\b)|^\s*(?:那|这|這)?\s*(它|这|這|那)(?=\s*(?:离|離|距离|距離|比|跟|和)[^?？]{1,16}(?:差|少|多))/u;

/** The pronoun a share asked in English points back with. */
const POINTER = /\b(?:that|it|those|this)$/u;

const THAT = /\bthat(?: (?:combined )?(?:total|sum|number|figure|amount))?\b|\bit\b|这些|這些/u;
const COST_ASKED =
  /\bcost\b|\b(?:dollar|money|\$|usd) (?:difference|gap|diff|delta)\b|\bworth\b|\bprice\b|\bhow much money\b|\bhow much more (?:money|cash|\$|in dollars)|\bhow much extra\b|\bextra (?:money|cash|dollars|\$)|\$\$|多多少钱|多花多少|\bbudget\b|多少钱|多少錢|值多少|花多少|预算|預算|多少亿?(?:美元|美金|刀|人民币)/u;

/**
 * A part that points back at the count the part before worked out ("$10M buys how many H100s, and how
 * many A100s would those be for training?"), read again with that count written in, so the follow-up
 * is worked from the figure just shown rather than from nothing.
 */
export function carryResult(
  before: Answer | undefined,
  reading: Reading,
  lexicon: Lexicon,
  gap?: number,
): Reading | undefined {
  // ("43.2万张里, 四大云总共12万, 剩下的是多少张? 占比多少?", "…扣掉私有云的10万, 还剩多少? 占多少百分比?": what
  // is left, just worked out, as a share of the whole it was taken from.)
  const left = leftOf(before);
  if (
    left !== undefined &&
    reading.numbers.length === 0 &&
    !reading.entities.some((m) => m.entity.kind !== 'gpu' && m.start >= 0) &&
    SHARE_WORDS.test(reading.text)
  )
    return readQuestion(
      /\p{Script=Han}/u.test(reading.text)
        ? `${left.part}张占${left.whole}张的百分之几`
        : `what % of ${left.whole} is ${left.part}`,
      lexicon,
    );
  // ("1亿美元能买多少张? 能填上43万缺口的百分之多少?", "…what % of the shortage would that cover?": the count
  // just worked out, as a share of the article's gap.)
  const ofGap = gap === undefined ? undefined : gapShared(before, reading, gap);
  if (ofGap !== undefined)
    return readQuestion(
      /\p{Script=Han}/u.test(reading.text)
        ? `${ofGap}张占${gap}张的百分之几`
        : `what % of ${gap} is ${ofGap}`,
      lexicon,
    );
  // ("$1.75B buys how many? and whose demand estimate does that match?", "…文中哪家云手上的数量和这个一样?":
  // who the article says wants (or has) the count just worked out.)
  const matched = WHO_MATCHES.test(reading.text) ? workedCount(before) : undefined;
  if (matched !== undefined && !reading.entities.some((m) => m.entity.kind !== 'gpu' && m.start >= 0)) {
    const held = HELD_WORDS.test(reading.text);
    const n = Math.round(matched.value);
    const gpu = matched.gpu.toLowerCase();
    return readQuestion(
      /\p{Script=Han}/u.test(reading.text)
        ? `谁${held ? '有' : '要'}${n}张${gpu}`
        : `who ${held ? 'has' : 'wants'} ${n} ${gpu}s`,
      lexicon,
    );
  }
  // ("$2M buys how many? and what % of inflection's 22k is that?": the count just worked out, as a share
  // of the figure named, which may be quoted.)
  // (Of a name's figure only: a share of the total is the part before's to answer, as it is.)
  const namesOwn = reading.entities.some((m) => m.entity.kind !== 'gpu' && m.start >= 0);
  const counted = workedCount(before);
  const shareOf =
    namesOwn || before?.kind === 'holdings' || counted !== undefined
      ? SHARE_OF_THAT.exec(reading.text)
      : null;
  // ("GCP has 25k H100s right? what % of the 432k is that": what it has, as just told, not what it wants;
  // "OpenAI 50k + Meta 25k + Inflection 22k — what's that sum, and what percent of the 432k is it?": the
  // sum at the figures it took.)
  const shared = shareOf === null ? undefined : (counted ?? (namesOwn ? undefined : statedCount(before)));
  if (shareOf !== null && shared !== undefined) {
    // In English the pronoun gives way to the count; in Chinese the count stands before 占.
    const pointer = POINTER.exec(shareOf[0])?.[0] ?? shareOf[0];
    const at = shareOf.index + shareOf[0].length - pointer.length;
    const worked = ` ${Math.round(shared.value)} ${shared.gpu.toLowerCase()}s `;
    return readQuestion(
      `${reading.text.slice(0, at)}${worked}${reading.text.slice(at + pointer.length)}`,
      lexicon,
    );
  }
  // (A price of its own, "what'd that cost at $35k each?", is fine: a count would be a new one.)
  // A count of its own makes a new question; a price ("at 30k", "$35k each") does not.
  // ("…using the 2.3x figure": a factor is no count.)
  // ("What's the sum, and how far is it below the ~432k headline?": the count just worked out, set against
  // the one quoted.)
  const against = FAR_FROM.exec(reading.text);
  const far = against === null ? undefined : workedCount(before);
  if (
    against !== null &&
    far !== undefined &&
    reading.numbers.length === 1 &&
    !reading.entities.some((m) => m.entity.kind !== 'gpu' && m.start >= 0)
  ) {
    const pointer = against[1] ?? '';
    const at = against.index + against[0].length - pointer.length;
    return readQuestion(
      `${reading.text.slice(0, at)}${Math.round(far.value)}${reading.text.slice(at + pointer.length)}`,
      lexicon,
    );
  }
  // ("…what would the extra cards (22k minus 3.5k) cost?": the difference's own two counts, said again, are
  // no new count.)
  const restated = THE_DIFFERENCE.test(reading.text) ? differenceOperands(before) : new Set<number>();
  if (
    reading.numbers.some(
      (n) =>
        !n.currency &&
        !n.perUnit &&
        !n.ratio &&
        !n.percent &&
        !restated.has(n.value) &&
        !PRICE_BEFORE.test(reading.text.slice(0, n.start)),
    )
  )
    return undefined;
  // ("what's the shortage figure and what's it worth at 30 grand each?": the gap just told, priced.)
  if (
    before?.kind === 'gap' &&
    COST_ASKED.test(reading.text) &&
    THAT.test(reading.text) &&
    reading.entities.length === 0 &&
    !reading.cues.has('gap') &&
    !reading.cues.has('total')
  )
    // (The total as the part before counted it: "using meta at 25k, what's total demand and what's it worth".)
    return readQuestion(
      `the shortage${before.scenario === 'meta-25k' ? ' (meta at the lower figure)' : ''}: ${reading.text}`,
      lexicon,
    );
  const extra = THE_DIFFERENCE.exec(reading.text);
  // (A conversion naming nothing converts the count a look-up stated too: "…用了多少张 H100? 如果换成
  // A100 要多少张?".)
  const count =
    workedCount(before, extra === null ? 'last' : 'difference') ??
    (extra === null && CONVERTS.test(reading.text) ? statedCount(before, true) : undefined) ??
    (extra === null ? countOfGpuNamed(before, THOSE.exec(reading.text)?.[0]) : undefined);
  if (count === undefined) return undefined;
  // "…, and what'd that cost at $35k?": a bare "that" points back only when a cost is asked of it.
  const match =
    extra ?? THOSE.exec(reading.text) ?? (COST_ASKED.test(reading.text) ? THAT.exec(reading.text) : null);
  const high = 'high' in count && typeof count.high === 'number' ? count.high : undefined;
  const worked = `${Math.round(count.value)}${high === undefined ? '' : `-${Math.round(high)}`} ${count.gpu.toLowerCase()}`;
  if (match === null) {
    // "Meta + Tesla 的 A100 加起来多少? 按推理折合多少张 H100?": a conversion naming nothing converts the
    // count just worked out; "…一半是多少? 值多少钱?": after a what-if, a cost naming nothing prices it.
    const converts = CONVERTS.test(reading.text) && reading.entities.every((m) => m.entity.kind === 'gpu');
    // ("A100 换成 H100 要几张? 按每张 35k 刀预算大概多少?": the H100s a conversion just worked out, priced.)
    const prices =
      COST_ASKED.test(reading.text) &&
      reading.entities.every((m) => m.entity.kind === 'gpu') &&
      (before?.kind === 'what-if' ||
        // ("meta 25k vs 100k — how many more GPUs is that and how much more money at 35k each?")
        (before?.kind === 'comparison' && count.gpu === 'H100') ||
        (count.gpu === 'H100' && before?.calculations.at(-1)?.kind === 'h100-equivalents'));
    if (!converts && !prices) return undefined;
    // "at $35k a card, … how many H100s, and how much money?": the price the part before gave and
    // could not use prices the count it worked out.
    const priceBefore =
      prices && !reading.numbers.some((n) => n.currency || n.perUnit) ? unusedPrice(before) : undefined;
    const at = priceBefore === undefined ? '' : ` $${priceBefore} each`;
    return readQuestion(`${worked}${at} ${reading.text}`, lexicon);
  }
  const text = `${reading.text.slice(0, match.index)} ${worked} ${reading.text.slice(match.index + match[0].length)}`;
  // (The difference's counts said again in brackets, "(22k minus 3.5k)", are the worked count's own.)
  return readQuestion(restated.size > 0 ? text.replace(RESTATED_DIFFERENCE, ' ') : text, lexicon);
}

/** A difference written out in brackets: "(22k minus 3.5k)", "（2.2万减3500）". */
const RESTATED_DIFFERENCE =
  /[(（]\s*[\d.,]+\s*(?:k|万|萬)?\s*(?:minus|less|-|−|–|减|減|减去|減去)\s*[\d.,]+\s*(?:k|万|萬)?\s*[)）]/u;

/** The two counts of the last difference the answer worked out. */
function differenceOperands(before: Answer | undefined): Set<number> {
  const last = before?.calculations.findLast((c) => c.kind === 'difference');
  return new Set((last?.steps[0]?.operands ?? []).map((o) => o.value));
}

/** A price the answer before was given and did not use (its trace names each amount's role). */
function unusedPrice(before: Answer | undefined): number | undefined {
  const unused = new Set(before?.unused ?? []);
  return before?.trace?.slots.amounts.find((a) => a.role === 'price' && unused.has(a.text))?.value;
}

/** A share of the gap asked, naming no one, of an H100 count the part before worked out: that count. */
function gapShared(before: Answer | undefined, reading: Reading, gap: number): number | undefined {
  if (
    !reading.cues.has('gap') ||
    !SHARE_WORDS.test(reading.text) ||
    reading.entities.some((m) => m.entity.kind !== 'gpu' && m.start >= 0) ||
    reading.numbers.some((n) => n.value !== gap)
  )
    return undefined;
  const worked = workedCount(before);
  return worked === undefined || worked.gpu !== 'H100' ? undefined : Math.round(worked.value);
}

/**
 * The one count of the GPU a pointer names among the facts the answer before stated ("Meta 要的 H100 比
 * 它的 A100 多几张? 那些 H100 等于多少张 A100": its 25,000 H100s, not the 4,000 between two GPUs).
 */
function countOfGpuNamed(
  before: Answer | undefined,
  pointer: string | undefined,
): { value: number; gpu: 'H100' | 'A100' } | undefined {
  const gpu = /h100/u.test(pointer ?? '') ? 'H100' : /a100/u.test(pointer ?? '') ? 'A100' : undefined;
  if (before?.found !== true || gpu === undefined) return undefined;
  const values = new Set(
    before.facts.flatMap((f) =>
      f.gpu === gpu && f.unit === 'gpus' && f.quantity !== undefined && 'value' in f.quantity
        ? [f.quantity.value]
        : [],
    ),
  );
  const [value] = values;
  if (values.size === 1 && value !== undefined) return { value, gpu };
  // ("Falcon-40B was trained on 384 A100s … what would that many H100s cost?": the number, as the GPU named.)
  const stated = values.size === 0 && SO_MANY.test(pointer ?? '') ? statedCount(before) : undefined;
  return stated === undefined ? undefined : { value: stated.value, gpu };
}

/** A number pointed back at, not the GPUs themselves: "that many", "这么多". */
const SO_MANY = /\b(?:that|this) many\b|这么多|這麼多/u;
