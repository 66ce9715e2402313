import type { Amount } from '../../calculator/calculation.js';
import { type ArithmeticOperator, evaluateArithmetic } from '../../calculator/evaluateArithmetic.js';
import type { Fact } from '../../knowledge/schema.js';
import type { NumberMention } from '../amounts.js';
import { buildAnswer } from '../answers/buildAnswer.js';
import { statesFigure } from '../answers/factQueries.js';
import { lineItemsTotal } from '../answers/gap.js';
import { articleFigures } from '../articleFigures.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';

/** The GPUs a number counts, said after it: "21k A100s", "7000 张". */
const COUNTED = String.raw`^\s*(?:(?:张|張|块|塊)\s*(?:(?:h100|a100|gpu|card|卡)s?)?\s*|(?:h100|a100|gpu|card|卡)s?\s*)?`;
/** What may stand between two numbers of the user's arithmetic: an operator, after the GPUs counted. */
const OPERATOR = new RegExp(
  String.raw`${COUNTED}(?:(?<plus>\+|\bplus\b|加上?)|(?<minus>[-−]|\bminus\b|减去?)|(?<times>[*×x]|\btimes\b|乘以?)|(?<over>[/÷]|\bdivided by\b|\bover\b|\bsplit (?:over|across)\b|除以))\s*$`,
  'u',
);
/** What puts the user's result after it: "= 432k", "is 6,000", "等于 7000". */
const CLAIMED = new RegExp(
  String.raw`${COUNTED}(?:=|==|≈|~=|\bis\b|\bequals\b|\bcomes to\b|\bgives\b|等于|得)\s*(?:about|around|roughly|like|~|约|大约)?\s*$`,
  'u',
);

// A result put up for checking matches when it is within a percent of the one worked out ("~15B").
const SAME_RESULT = 0.01;
const ROUNDED_RESULT = 0.05;

interface Arithmetic {
  readonly operands: readonly NumberMention[];
  readonly operators: readonly ArithmeticOperator[];
  /** The result the user gives, when they give one ("= 432k"); none when they ask it ("432k ÷ 4 = ?"). */
  readonly claimed?: NumberMention;
}

/** The result asked rather than given, after the last number: "= ?", "等于多少", "divided by 4?". */
const RESULT_ASKED =
  /^\s*(?:张|張|块|塊|卡|个|個|家|间|間|h100s?|a100s?|gpus?|cards?)?\s*(?:[=＝]\s*)?(?:[?？]+|\bequals what\b|\bis what\b|[,，]?\s*(?:平均)?(?:单价|單價|每张|每張|每块|每塊)?\s*(?:是|等于|等於)?\s*(?:多少|几|幾)(?:钱|錢|美元|张|張)?)?[\s?？]*$/u;

/** What a division implies, asked right after it: "…432k cards — what per-card price does that imply?". */
const IMPLIED_ASKED =
  /^[^?？\d]{0,60}\b(?:imply|implies|implied|work(?:s)? out to|come(?:s)? out to)\b[^?？\d]{0,20}(?:[?？]|$)|^[^?？\d]{0,40}(?:意味着|相当于|相當於|算下来|算下來)[^?？\d]{0,20}(?:多少|几|幾)/u;

/** The operator a stretch of text between two numbers is, or undefined. */
function operatorOf(between: string): ArithmeticOperator | undefined {
  const g = OPERATOR.exec(between)?.groups;
  if (g === undefined) return undefined;
  return g.plus !== undefined ? '+' : g.minus !== undefined ? '-' : g.times !== undefined ? '*' : '/';
}

/** The place of a number's last non-zero digit: 3000 → 1000, 50,600 → 100, 2.5 → 0.1. */
function precisionOf(value: number): number {
  const digits = String(Math.abs(value));
  if (digits.includes('.')) return 10 ** -(digits.split('.')[1]?.length ?? 0);
  return 10 ** (digits.length - digits.replace(/0+$/u, '').length);
}

/**
 * The user's arithmetic with the result they claim: "21k a100s / 3.5 = 7000", or undefined.
 * (Read again by the runner rather than kept per part in a WeakMap: a weak table gaining a young key
 * on every question makes every young-generation garbage collection walk it, and most parts have
 * fewer than three numbers, where reading stops at once.)
 */
function arithmeticOf(s: Slots): Arithmetic | undefined {
  const { numbers } = s.reading;
  // (Two numbers worked and a result, or two and the result asked: fewer, and there is nothing to work.)
  if (numbers.length < 2) return undefined;
  let run: NumberMention[] = [];
  let operators: ArithmeticOperator[] = [];
  // Brackets open around the numbers since the run began: "+(4×30)+" brackets a product, which is
  // worked first anyway; a bracketed sum ("(50+22)×2") would change the order, and is not read.
  let open = false;
  let bracketedSum = false;
  for (const [i, n] of numbers.entries()) {
    const next = numbers[i + 1];
    if (run.length === 0) run = [n];
    // ("150亿美元 ÷ 43.2万张 = ?", "what's 432k divided by 4": the result asked, not given. A hyphen
    // between two numbers is as often a range as a minus: only a result given checks a subtraction.)
    if (next === undefined) {
      const asked =
        run.length >= 2 &&
        !operators.includes('-') &&
        (RESULT_ASKED.test(withoutNames(s, n.end, s.reading.text.length)) ||
          IMPLIED_ASKED.test(withoutNames(s, n.end, s.reading.text.length)));
      return asked ? { operands: run, operators } : undefined;
    }
    // (Names said with the numbers are skipped: "coreweave 40k minus gcp 25k = 20k".)
    const raw = withoutNames(s, n.end, next.start);
    const closes = /[)）]/u.test(raw);
    const opens = /[(（]/u.test(raw);
    const between = raw.replace(/[()（）]/gu, ' ');
    const op = operatorOf(between);
    if (open && (op === '+' || op === '-') && !closes) bracketedSum = true;
    if (closes) open = false;
    if (opens) open = true;
    if (bracketedSum) return undefined;
    if (op !== undefined) {
      run.push(next);
      operators.push(op);
      continue;
    }
    if (run.length >= 2 && CLAIMED.test(between)) return { operands: run, operators, claimed: next };
    // ("150亿 dollars / 43.2万 cards — what per-card price does that imply? the article says ~35k":
    // the result asked before the chatter's own number.)
    if (run.length >= 2 && !operators.includes('-') && IMPLIED_ASKED.test(between))
      return { operands: run, operators };
    run = [];
    operators = [];
    open = false;
  }
  return undefined;
}

/** The text between two positions with the names the reading found in it taken out. */
function withoutNames(s: Slots, from: number, to: number): string {
  let text = s.reading.text.slice(from, to);
  for (const m of s.reading.entities)
    if (m.start >= from && m.start + m.text.length <= to && m.entity.kind !== 'gpu')
      text = text.replace(m.text, '').replace(/^\s*(?:'s|’s)/u, '');
  return text;
}

/** A number of the arithmetic with its unit, as its role in the question says. */
function amountOf(s: Slots, n: NumberMention): Amount {
  const role = s.amounts.find((a) => a.start === n.start)?.role;
  const money = n.currency || n.perUnit || role === 'price' || role === 'money';
  return { value: n.value, unit: n.ratio || role === 'ratio' ? 'times' : money ? 'usd' : 'gpus' };
}

/**
 * The article's facts that state one of the numbers: about what the question names, or about the GPU
 * itself (the article's total, its price, its speed-ups).
 */
function factsBehind(ctx: AskContext, s: Slots, values: readonly number[]): Fact[] {
  const named = new Set(s.named.map((e) => e.id));
  return ctx.kb.facts.filter(
    (f) =>
      values.some((v) => statesFigure(f, v)) &&
      (f.subject === undefined || named.has(f.subject) || ctx.kb.entityById.get(f.subject)?.kind === 'gpu'),
  );
}

/**
 * "my math: 50k + 22k + 100k + 4*30k + … = 432k, checks out?", "21k A100s / 3.5 = 7000 H100s, right?":
 * the user's own arithmetic worked again, and the result they give checked against it.
 */
export const arithmeticCheckIntent = {
  id: 'arithmetic-check',
  cues: {},
  patterns: [],
  needs: (s) => arithmeticOf(s) !== undefined,
  // Arithmetic written out with its result is the most specific reading a message can have.
  fit: () => 5,
  run: (ctx, s) => {
    const found = arithmeticOf(s);
    if (found === undefined) return undefined;
    // A result claimed in money ("= 12.9B") makes the factor after a "×" a price, if none is one already.
    const amounts = found.operands.map((n) => amountOf(s, n));
    const { claimed } = found;
    const claimedMoney = ['money', 'price'].includes(
      s.amounts.find((a) => a.start === claimed?.start)?.role ?? '',
    );
    // (Asked with no result, "120k × 35k = ?": a count times thousands more is cards at a price.)
    const perCard = (a: Amount, i: number) =>
      claimed === undefined &&
      i > 0 &&
      found.operators[i - 1] === '*' &&
      a.value >= 1000 &&
      amounts[i - 1]?.unit === 'gpus';
    const priced =
      (claimedMoney || amounts.some(perCard)) && !amounts.some((a) => a.unit === 'usd')
        ? amounts.map((a, i) =>
            i > 0 && found.operators[i - 1] === '*' && a.unit === 'gpus' ? { ...a, unit: 'usd' as const } : a,
          )
        : amounts;
    let calc: ReturnType<typeof evaluateArithmetic>;
    try {
      calc = evaluateArithmetic(priced, found.operators);
    } catch {
      return undefined;
    }
    // "50+22+25+(4×30)+100+(4×10) = 357k": worked in thousands, the "k" said only of the result.
    const inThousands =
      claimed !== undefined &&
      claimed.value >= 1000 &&
      found.operands.every((n) => n.value < 1000 && n.end - n.start <= 4) &&
      Math.abs(calc.result.value * 1000 - claimed.value) <= claimed.value * ROUNDED_RESULT;
    if (inThousands) {
      const thousand: Amount = { value: 1000, unit: calc.result.unit };
      const scaled: Amount = { value: calc.result.value * 1000, unit: calc.result.unit };
      calc = {
        ...calc,
        result: scaled,
        steps: [...calc.steps, { op: 'multiply', operands: [calc.result, thousand], result: scaled }],
      };
    }
    const result = calc.result.value;
    // A result rounded as written ("3000" for 3,043.5) holds to its last non-zero digit, but never
    // past a few percent ("20k" is not 15,000).
    const rounding =
      claimed === undefined ? 0 : Math.min(precisionOf(claimed.value) / 2, Math.abs(result) * ROUNDED_RESULT);
    const holds =
      claimed === undefined ||
      Math.abs(result - claimed.value) <= Math.max(Math.abs(result) * SAME_RESULT, rounding);
    // ("…= 357k. article says 432k. so the article is cooked??": §02's line items at either of Meta's
    // figures, with why the article's total is the higher one.)
    const lineTotals = [articleFigures(ctx.kb).totalDemand, lineItemsTotal(ctx.kb, 'meta-25k')];
    const ofTheList =
      lineTotals.includes(result) || (claimed !== undefined && lineTotals.includes(claimed.value));
    const totalFacts = ofTheList ? ctx.kb.facts.filter((f) => f.metric === 'h100-demand-total') : [];
    return buildAnswer(ctx, {
      kind: 'arithmetic',
      found: true,
      facts: [
        ...factsBehind(
          ctx,
          s,
          found.operands.map((n) => (inThousands ? n.value * 1000 : n.value)),
        ),
        ...totalFacts,
      ],
      ...(ofTheList ? { extraCaveats: ['meta-scenario'] } : {}),
      calculations: [calc],
      ...(claimed === undefined
        ? {}
        : { claimed: claimed.value, verdict: holds ? ('yes' as const) : ('no' as const) }),
    });
  },
  examples: {
    en: ['my math: 50k + 22k + 100k = 172k, right?', 'meta 21k A100s / 3.5 = 7000 H100s for inference?'],
    zh: ['5万加2.2万等于7.2万对吗', '2.1万张A100除以3.5等于6000张,对吧'],
  },
} as const satisfies Intent;
