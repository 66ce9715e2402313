import { share } from '../../calculator/compareAmounts.js';
import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import { compareConverted } from '../answers/compareConverted.js';
import { compareFigures, RATIO_ASKED } from '../answers/compareFigures.js';
import { compareQuoted } from '../answers/compareQuoted.js';
import { compareRanges } from '../answers/compareRanges.js';
import { compareSums } from '../answers/compareSums.js';
import { demand } from '../answers/demand.js';
import { pricing } from '../answers/gap.js';
import { holdings } from '../answers/holdings.js';
import { notFound } from '../answers/notFound.js';
import type { AskContext } from '../context.js';
import { saidByOthers } from '../hearsay.js';
import type { Slots } from '../slots.js';
import { demandUnder, type Figure, figureOf, figureOfFact } from './figures.js';
import type { Intent } from './intent.js';
import { measureFor, mixedMeasures, namedFigures } from './measureOf.js';
import { applyChanges, factorSaid, readChanges, WHAT_IF } from './readChanges.js';
import { MINE_CHECKED, MONEY_ASKED, PERCENT_MORE } from './signals.js';

const COMPARING_WORDS = /\bmore\b|\bless\b|\bfewer\b|\bbigger\b|\blarger\b|\bsmaller\b|多|少|大/u;

/** Where one side ends and the other begins: "A, or B + C", "A 还是 B 加 C", "A vs B and C". */
const SIDE_BREAK =
  /\bor\b|\bvs\.?\b|\bversus\b|\bcompared (?:to|with)\b|\bthan\b|还是|比|对比|相比|(?:加起来|加在一起|合计|一共)[,，]?\s*(?:和|跟|与|同)/u;

/** "跟 B 加 C 加起来比": the second side of a comparison, added up. */
const SUMMED_AFTER_WITH =
  /(?:跟|和|与|同)[^,，?？]{1,30}(?:加起来|加在一起|合起来|加埋)(?:来|一起)?比|(?:跟|和|与|同)[^,，?？加+]{1,30}(?:加|\+)[^,，?？]{1,30}?\s*比/u;

/** The two sides of a comparison when one side has several names; undefined for a plain A against B. */
function sidesOf(s: Slots): [Entity[], Entity[]] | undefined {
  const mentions = s.reading.entities.filter((m) => s.named.includes(m.entity) && m.start >= 0);
  if (mentions.length < 3) return undefined;
  const text = s.reading.text;
  // ("meta 的 A100 跟 tesla + stability 加起来比": the side after 跟 is the one added up.)
  const summedSecond = SUMMED_AFTER_WITH.exec(text);
  const cutAfterWith = summedSecond === null ? -1 : mentions.findIndex((m) => m.start > summedSecond.index);
  const cut =
    cutAfterWith > 0
      ? cutAfterWith
      : mentions.findIndex(
          (m, i) =>
            i > 0 &&
            SIDE_BREAK.test(
              text.slice((mentions[i - 1]?.start ?? 0) + (mentions[i - 1]?.text.length ?? 0), m.start),
            ),
        );
  if (cut <= 0) return undefined;
  return [mentions.slice(0, cut).map((m) => m.entity), mentions.slice(cut).map((m) => m.entity)];
}

/**
 * A company named with its own model ("inflection's gpt-3.5-class run") is the GPUs the company used
 * for that model, not what the company wants.
 */
function ownModel(ctx: AskContext, side: readonly Entity[]): Figure[] | undefined {
  for (const model of side.filter((e) => e.kind === 'model')) {
    const fact = ctx.kb.facts.find(
      (f) =>
        f.objects.includes(model.id) &&
        f.quantity !== undefined &&
        'value' in f.quantity &&
        side.some((o) => o.id === f.subject),
    );
    const owner = ctx.kb.entityById.get(fact?.subject ?? '');
    const figure = owner === undefined || fact === undefined ? undefined : figureOfFact(owner, fact);
    if (figure !== undefined) return [figure];
  }
  return undefined;
}

/** "How many <name>s": names counted, which only a ratio answers ("how many Falcon-40B clusters is Meta's fleet"). */
const HOW_MANY_BEFORE = /(?:\bhow many|几个|幾個|多少个|多少個|相当于几|相當於幾)\s*$/u;

/** The question counts a named entity itself: "how many OpenAIs fit in the gap", "相当于几个 OpenAI". */
function countsNames(s: Slots): boolean {
  return s.reading.entities.some(
    (m) =>
      s.named.includes(m.entity) &&
      m.start > 0 &&
      HOW_MANY_BEFORE.test(s.reading.text.slice(Math.max(0, m.start - 12), m.start)),
  );
}

/** How far a claimed factor may be from the figures' own: "about 2x" of 50k against 22k is not. */
const RATIO_TOLERANCE = 0.05;

/** The same figure claimed of both: "as many as", "一样多", "相同". */
const SAME =
  /\bas (?:many|much) (?:h100s? |gpus? |cards? )?as\b|\bsame (?:as|amount|number|figure)\b|\bequal(?:ly)?\b|一样多|一樣多|(?:一样|一樣|相同)(?!\s*(?:用|使用|在|跑|上|係|系))|同样多|同樣多/u;

const LESS = /\bless\b|\bfewer\b|\bsmaller\b|少于|更少|比.{0,12}少/u;

/**
 * "Does Meta want more than Cohere?": of two names set against each other, the one with a figure is
 * told and the other said to have none, rather than the comparison dropped for a list.
 */
function oneSideTold(
  ctx: AskContext,
  s: Slots,
  a: Figure,
  measure: 'demand' | 'holdings',
): Answer | undefined {
  const owners = s.ofKind('company', 'cloud', 'group');
  const other = owners.find((e) => e !== a.entity);
  if (owners.length !== 2 || other === undefined || figureOf(ctx, other, measure) !== undefined)
    return undefined;
  const told = measure === 'holdings' ? holdings(ctx, a.entity) : demand(ctx, a.entity);
  return { ...told, parts: [told, notFound(ctx, { what: measure, entity: other }, [other])] };
}

/**
 * "How much more $ would OpenAI spend than Inflection?": the difference in H100s, valued at the user's
 * price or the article's, after the counts.
 */
function moneyOfDifference(ctx: AskContext, s: Slots, a: Figure, b: Figure, compared: Answer): Answer {
  const difference = Math.abs(a.value - b.value);
  if (!(MONEY_ASKED.test(s.asking.text) || s.price !== undefined) || a.gpu !== 'H100' || b.gpu !== 'H100')
    return compared;
  if (difference === 0) return compared;
  const used = pricing(ctx.kb, s.price?.value);
  return {
    ...compared,
    facts: [...compared.facts, ...used.facts.filter((f) => !compared.facts.includes(f))],
    calculations: [...compared.calculations, valueAtPrice(difference, used.value, 'demand-cost')],
    price: { value: used.value, fromUser: used.fromUser },
  };
}

/**
 * Of two figures, the one a factor at `at` is said of: the name standing last before it (the first when
 * neither does), but in "A 是 B 的 5 倍" B is what A is so many times.
 */
function saidOf(s: Slots, at: number, a: Figure, b: Figure): Figure {
  if (TIMES_OF_BASE.test(s.reading.text.slice(Math.max(0, at - 40), at))) {
    const base = lastNamed(s, at, a, b);
    return base === a ? b : a;
  }
  return lastNamed(s, at, a, b);
}

/** "…是 B 的 5 倍": the name before the factor is the base it multiplies. */
const TIMES_OF_BASE = /(?:是|为|為|係)[^,，?？是]{1,30}的\s*$/u;

/** Of two figures, the one whose name stands last before `at` (the first when neither does). */
function lastNamed(s: Slots, at: number, a: Figure, b: Figure): Figure {
  const last = (f: Figure) =>
    s.reading.entities
      .filter((m) => m.entity === f.entity)
      .flatMap((m) => [m.start, ...(m.others ?? []).map((o) => o.start)])
      .filter((start) => start >= 0 && start < at)
      .reduce((x, y) => Math.max(x, y), -1);
  return last(b) > last(a) ? b : a;
}

/** "…谁多？多百分之几？": the difference as a share of the smaller side, when asked in percent. */
function inPercent(s: Slots, compared: Answer): Answer {
  if (!PERCENT_MORE.test(s.reading.text)) return compared;
  const between = compared.calculations.find((c) => c.kind === 'difference');
  const smaller = between?.steps[0]?.operands[1];
  if (between === undefined || smaller === undefined || smaller.value === 0) return compared;
  return { ...compared, calculations: [...compared.calculations, share(between.result, smaller)] };
}

/** Both sides counted in one GPU, asked: "折成A100", "in A100 terms", "converted to H100s". */
const CONVERTED_INTO =
  /(?:折成|折合|折算成|换算成|換算成|换成|換成|算成|\bconvert(?:ed|ing)? (?:(?:it|them|both|everything) )?(?:to|into)|\bin|\bas)\s*(?:the\s+)?(a100|h100)(?:s|-equivalents?| terms| equivalents?)?\b/u;

/** Words that set one figure against another: "more than", "vs", "几倍", "落后". */
const COMPARING =
  /\bmore\b.{0,40}\bthan\b|\bless\b.{0,40}\bthan\b|\bfewer\b|\bhow many more\b|\bby how much\b|\bhow much more\b|\bvs\.?\b|\bversus\b|\bcompared? (?:to|with)\b|\bhow many times\b|\btimes (?:as|more)\b|\bmultiple of\b|\bwhat multiple\b|\bminus\b|\bbigger\b(?! (?:number|figure|estimate)s?\b)|\blarger\b(?! (?:number|figure|estimate)s?\b)|\bor\b(?!\s+(?:false|true|not|wrong|no)\b).{0,30}\?|\bwhich (?:one|of (?:them|the two|those|these))\b[^?.,]{0,24}\bmore\b|\bwhich (?:wants|needs|has|have|got|holds|owns) more\b|\bwho(?:'s| is)? (?:got|has|have|sits?|sitting|holds?|holding|wants?|needs?)\b[^?.]{0,12}\bmore\b|\bdiff(?:erence)?\b|\bgap between\b|\bratio\b|多多少|少多少|(?:^|[,，。?？\s])(?:那|咁)?(?:多|少)(?:几|幾)(?:张|張|块|塊|个|個)?\s*(?:呢)?[?？]|几倍|多少倍|比.{0,24}(?:多|少|大)|谁.{0,8}(?:多|大)|更多|(?:哪个|哪家|哪间|哪一个|哪一家)[^,，?？]{0,14}(?:多|少|大(?![云雲型]))|差多少|差几|差了多少|相差|差距|对比|(?:跟|和|与).{0,16}比(?!例|重)|比一比|比一下|比较|超过|超過|落后|领先|領先|\bbehind\b|\bahead of\b|\blead over\b|\bahead by\b|\bedge over\b|\bexceed|\bsurpass|\bovertake|\bpass\b|\bbeat\b|\bout(?:do|does|did|strip|strips|pace|paces|number|numbers)\b|追得上|追唔追得上|赶得上|趕得上/u;
const COMPARING_ALL = new RegExp(COMPARING.source, 'gu');

/**
 * Words of comparison said only outside the sentences that ask, or heard from others outside the
 * clauses that ask ("how many does AWS have? everyone says they're way behind Azure and GCP…, right?"):
 * talk around the question, not the question.
 */
function comparedOnlyAside(s: Slots): boolean {
  const said = [...s.reading.text.matchAll(COMPARING_ALL)];
  return (
    said.length > 0 &&
    said.every(
      (m) => !s.asking.says(m[0]) || (saidByOthers(s.reading.text, m.index) && !s.asking.says(m[0], true)),
    )
  );
}

/** Two named figures compared: which is larger, by how much, how many times. */
export const compareIntent = {
  id: 'compare',
  cues: { compare: 0.5 },
  // ("meta's bigger number" picks one of Meta's figures: no comparison.)
  patterns: [
    { re: COMPARING, weight: 3.2 },
    // (Not a what-if's: "if helsing wanted as many as inflection, how many more…".)
    { re: SAME, weight: 3.2 },
    {
      re: /(?:\bif\b|\bsuppose|如果|假如|要是|假设)[^?？]{0,40}(?:\bas (?:many|much)\b|一样多|一樣多)/u,
      weight: -3.2,
    },
    // ("which cloud does cohere use? aws or gcp?": a cloud asked for, with the user's guesses.)
    { re: /\b(?:which|what) clouds?\b|哪家云|哪家雲|哪个云|什么云|哪朵云/u, weight: -3 },
  ],
  needs: (s) => s.named.length >= 2,
  // Two sides set against each other ("A alone, or B + C together?") is a comparison, not a sum.
  // ("meta has exactly 3x the a100s tesla has, right?": a ratio claimed between two named figures.)
  fit: (s) =>
    (comparedOnlyAside(s) ? -3.2 : 0) +
    // ("converted to A100s for training, how many times bigger is inflection's cluster than falcon's?":
    // two named, counted in one GPU, set against each other.)
    (s.named.length === 2 && CONVERTED_INTO.test(s.reading.text) && COMPARING.test(s.reading.text) ? 3 : 0) +
    (s.yesNo ? 0.3 : 0) +
    (s.named.length === 2 && s.amounts.some((a) => a.role === 'ratio') ? 3.2 : 0) +
    (sidesOf(s) !== undefined && COMPARING_WORDS.test(s.reading.text) ? 2 : 0) +
    (countsNames(s) ? 3 : 0),
  run: (ctx, s) => {
    const measure = measureFor(ctx, s);
    // ("how many times bigger is Meta's than each?": the first against each of the others in turn.)
    const eachOther = againstEach(ctx, s, measure);
    if (eachOther !== undefined) return eachOther;
    // "Inflection alone, or Anthropic + Helsing + Mistral + Character together?": two sides, one of several.
    const sides = sidesOf(s);
    let sidesOfOne: Figure[] | undefined;
    if (sides !== undefined) {
      // ("lambda/coreweave and friends": names sharing one line item count it once.)
      const [left, right] = sides.map((side) =>
        (
          ownModel(ctx, side) ??
          // (A model's figure is the GPUs it was trained on, whatever the measure: Falcon-40B's 384.)
          side.flatMap(
            (e) =>
              (measure === 'demand' ? demandUnder(ctx, e, s.scenario) : figureOf(ctx, e, measure)) ??
              (e.kind === 'model' ? figureOf(ctx, e, 'holdings') : undefined) ??
              [],
          )
        )
          .filter((f, i, all) => all.findIndex((g) => g.facts[0] === f.facts[0]) === i)
          // (…and under the name of whoever the line item is: not "Lambda (100,000)".)
          .map((f) => {
            const owner = ctx.kb.entityById.get(f.facts[0]?.subject ?? '');
            return owner === undefined || owner.kind !== 'group' || f.entity.kind === 'group'
              ? f
              : { ...f, entity: owner };
          }),
      );
      // ("inflection … for its gpt-3.5-equivalent than falcon-40b": two names of one figure are one side.)
      const [one] = left ?? [];
      const [other] = right ?? [];
      if (left?.length === 1 && right?.length === 1 && one !== undefined && other !== undefined)
        sidesOfOne = [one, other];
      else if (left !== undefined && right !== undefined && left.length > 0 && right.length > 0) {
        const summed = compareSums(ctx, left, right, measure);
        return summed === undefined ? undefined : inPercent(s, summed);
      }
    }
    // "If Inflection's ask doubled, would it pass OpenAI?": the figures as the what-if changes them.
    const asked = sidesOfOne ?? namedFigures(ctx, s);
    // ("double inflection's ask and compare to openai's": a factor said of one changes it, "if" or not.)
    const { figures, working } =
      WHAT_IF.test(s.reading.text) || factorSaid(s)
        ? applyChanges(asked, readChanges(ctx, s))
        : { figures: asked, working: [] };
    const [a, b] = figures;
    if (a === undefined) return undefined;
    if (b === undefined) return oneSideTold(ctx, s, a, measure);
    // A range (CoreWeave's 35,000–40,000) is compared at both ends when it lies wholly above or below
    // the other figure; one that straddles it (Azure's 10,000–40,000 against 25,000) has no answer.
    // "More or fewer?" asks which, not whether: no verdict.
    const either = /\bmore or (?:less|fewer)\b|\b(?:less|fewer) or more\b|多还是少|少还是多/u.test(
      s.reading.text,
    );
    // ("同 Mistral 一樣多？", "as many as mistral?": the same figure claimed.)
    const claim =
      SAME.test(s.reading.text) && !either
        ? ('same' as const)
        : s.yesNo && !either
          ? LESS.test(s.reading.text)
            ? ('less' as const)
            : ('more' as const)
          : undefined;
    if (a.range || b.range)
      return compareRanges(
        ctx,
        a,
        b,
        measureFor(ctx, s),
        claim === 'same' ? undefined : claim,
        RATIO_ASKED.test(s.reading.text),
      );
    // ("how many more does inflection want than google cloud has?": a want set against a holding, said
    // as the two counts, neither worded as the other's measure.)
    const [wantA, hasB] = [a.facts[0], b.facts[0]];
    if (
      mixedMeasures(s) &&
      a.gpu === b.gpu &&
      wantA !== undefined &&
      hasB !== undefined &&
      working.length === 0
    )
      return compareQuoted(ctx, { value: a.value, fact: wantA }, { value: b.value, fact: hasB });
    // ("两边卡型不一样…如果都按训练速度折成A100, Inflection 是 Falcon 的多少倍"): counted in one GPU first.
    const into = CONVERTED_INTO.exec(s.reading.text)?.[1];
    if (into !== undefined && a.gpu !== b.gpu && working.length === 0) {
      const converted = compareConverted(
        ctx,
        a,
        b,
        into === 'a100' ? 'A100' : 'H100',
        s.workload ?? 'training',
      );
      // ("…大概是Falcon的多少倍? 我直觉是十倍左右, 不知道对不对": the factor the user guessed, checked.)
      const guessed = s.amounts.find((x) => x.role === 'ratio' || (x.role === 'aside' && x.ratio))?.value;
      const worked = converted?.calculations.findLast((c) => c.kind === 'ratio')?.result.value;
      if (
        converted !== undefined &&
        guessed !== undefined &&
        worked !== undefined &&
        (s.yesNo || MINE_CHECKED.test(s.reading.text))
      )
        return {
          ...converted,
          verdict: Math.abs(worked - guessed) <= guessed * RATIO_TOLERANCE ? 'yes' : 'no',
        };
      if (converted !== undefined) return converted;
    }
    const statedAmount = s.yesNo ? s.amounts.find((x) => x.role === 'ratio') : undefined;
    const stated = statedAmount?.value;
    if (
      statedAmount !== undefined &&
      stated !== undefined &&
      b.value > 0 &&
      a.value > 0 &&
      working.length === 0
    ) {
      // The claimed factor holds when it is the two figures' ratio, as the article's rough figures allow,
      // of the one it is said of: "…so openai wants like 2.3x as much" is OpenAI's over the other's.
      const [of, per] = saidOf(s, statedAmount.start, a, b) === b ? [b, a] : [a, b];
      const held = Math.abs(of.value / per.value - stated) <= stated * RATIO_TOLERANCE;
      return { ...compareFigures(ctx, a, b, measure), verdict: held ? 'yes' : 'no' };
    }
    const compared = compareFigures(ctx, a, b, measure, claim);
    const withWorking =
      working.length === 0 ? compared : { ...compared, calculations: [...working, ...compared.calculations] };
    return moneyOfDifference(ctx, s, a, b, withWorking);
  },
  examples: {
    en: [
      'Does Meta want more H100s than Inflection?',
      'how many more does openai want than anthropic',
      'who has more A100s, Meta or Tesla?',
    ],
    zh: ['OpenAI 的需求是 Anthropic 的几倍？', 'Meta 比 Inflection 多要多少张？'],
  },
} as const satisfies Intent;

/** The others set against the first one at a time: "than each", "each of them", "分别比". */
const THAN_EACH =
  /\bthan each\b|\bthan (?:either|both) of them\b|\bagainst each\b|\beach of (?:them|the others|those)\b|分别|分別|各自/u;

/**
 * "Meta's A100 fleet vs Tesla's and Stability AI's — how many times bigger is Meta's than each?": the
 * first named compared with each of the others, one comparison each, not with their sum.
 */
function againstEach(ctx: AskContext, s: Slots, measure: 'demand' | 'holdings'): Answer | undefined {
  if (s.named.length < 3 || !THAN_EACH.test(s.reading.text)) return undefined;
  const figures = namedFigures(ctx, s);
  const [first, ...others] = figures;
  if (first === undefined || figures.length !== s.named.length || figures.some((f) => f.range))
    return undefined;
  const compared = others.map((other) => compareFigures(ctx, first, other, measure));
  const [one] = compared;
  return one === undefined ? undefined : { ...one, parts: compared };
}
