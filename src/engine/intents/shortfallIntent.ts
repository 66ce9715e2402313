import { scaleGpus } from '../../calculator/scaleGpus.js';
import { shortfall } from '../answers/shortfall.js';
import { articleFigures } from '../articleFigures.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { endsOf, figureOf } from './figures.js';
import type { Intent } from './intent.js';
import { FACTORS } from './readChanges.js';
import { MONEY_ASKED } from './signals.js';

/** How many are missing: "how many short", "还差多少", "to reach its target". */
const SHORT_ASKED =
  /\bshort\b|\bshortfall\b|\bto reach\b|\bstill (?:need|missing|lack)|\bleft to (?:get|buy|go)\b|\bmissing\b|还差|還差|仲差|差多少|差幾|差几|缺多少|缺幾|缺几|还缺|還缺|仲缺/u;
/** The count is what the entity has or gets, not what it wants. */
const HAS_OR_GETS =
  /\bhas\b|\bhave\b|\bhad\b|\bgot\b|\bgets?\b|\blands?\b|\blanded\b|\bsecures?\b|\bsecured\b|\breceiv|\bdeliver|\bsits? on\b|\bsitting on\b|\bowns?\b|\bin hand\b|已经有|已經有|已有|手上|手里|手頭|手头|拿到|得到|到手|收到|只有|有/u;
/** A conversion to the other GPU is asked ("按训练等效换成 H100"): the convert intent's, not this. */
const CONVERTING =
  /换成|換成|换算|換算|折合|相当于|相當於|等效|\bequivalent\b|\bin h100s?\b|\bworth of h100/u;
/** Fractions said in words: "a third of its ask", "三分之一". */
const FRACTIONS: readonly { readonly re: RegExp; readonly factor: number }[] = [
  { re: /\ba third\b|\bone third\b|三分之一/u, factor: 1 / 3 },
  { re: /\ba quarter\b|\bone quarter\b|四分之一/u, factor: 0.25 },
  { re: /\btwo thirds\b|三分之二/u, factor: 2 / 3 },
  { re: /\bthree quarters\b|四分之三/u, factor: 0.75 },
];

/** What the entity has or gets, as a share of what it wants ("only got half", "拿到 60%"). */
function shareGot(s: Slots): number | undefined {
  const text = s.reading.text;
  const percent = s.amounts.find((a) => a.percent && a.value > 0 && a.value < 100);
  if (percent !== undefined) return percent.value / 100;
  const factor = [...FACTORS, ...FRACTIONS].find((f) => f.factor > 0 && f.factor < 1 && f.re.test(text));
  return factor?.factor;
}

/** The entity, the figure it wants, and what it has or gets; undefined when the question gives no such pair. */
function pairOf(ctx: AskContext, s: Slots) {
  const owners = s.ofKind('company', 'cloud', 'group');
  const [entity] = owners;
  if (owners.length !== 1 || entity === undefined) return undefined;
  const wanted = figureOf(
    ctx,
    entity,
    'demand',
    s.counts.map((c) => c.value),
  );
  if (wanted === undefined || wanted.range) return undefined;
  const own = new Set([...endsOf(wanted), articleFigures(ctx.kb).totalDemand]);
  const given = s.counts.filter((c) => !own.has(c.value) && c.range === undefined && c.model !== 'a100');
  const factor = shareGot(s);
  if (given.length === 1 && given[0] !== undefined) return { entity, wanted, had: given[0].value };
  if (given.length === 0 && factor !== undefined) return { entity, wanted, factor };
  return undefined;
}

/** The price the missing GPUs are valued at, when their value is asked (the article's when none is given). */
function pricedOf(s: Slots): { price: number | undefined } | undefined {
  return s.price !== undefined || MONEY_ASKED.test(s.reading.text) ? { price: s.price?.value } : undefined;
}

/**
 * What an entity has or gets set against what it wants: "if Meta only got half of its 25k ask, how
 * many short?", "Azure already has 15k H100s, how far short of its need?", "OpenAI 只拿到一半, 还差多少张?".
 */
export const shortfallIntent = {
  id: 'shortfall',
  cues: {},
  patterns: [],
  needs: (s, ctx) =>
    SHORT_ASKED.test(s.asking.text) &&
    HAS_OR_GETS.test(s.reading.text) &&
    !CONVERTING.test(s.reading.text) &&
    pairOf(ctx, s) !== undefined,
  // Strict needs: a named entity's figure, a count or share it has, and "short" asked of them.
  fit: (s) => 4 + (pricedOf(s) === undefined ? 0 : 0.6),
  run: (ctx, s) => {
    const pair = pairOf(ctx, s);
    if (pair === undefined) return undefined;
    const { entity, wanted } = pair;
    if ('had' in pair) {
      // "I remember Meta has 21,000 H100s": a count the article states of the entity's holdings, kept
      // beside the answer so its GPU (A100s) is seen.
      const held = figureOf(ctx, entity, 'holdings');
      const facts = held !== undefined && endsOf(held).includes(pair.had) ? held.facts : [];
      return shortfall(ctx, entity, wanted, { value: pair.had, facts }, pricedOf(s));
    }
    const working = scaleGpus(wanted.value, pair.factor, entity.id);
    return shortfall(ctx, entity, wanted, { value: working.result.value, working }, pricedOf(s));
  },
  examples: {
    en: [
      'if meta only got half of its 25k ask, how many cards would it be short?',
      'azure already has 15k h100s, how many short of what it needs?',
    ],
    zh: ['如果 OpenAI 只拿到一半，还差多少张？', 'Inflection 手上已经有一万张，离它要的还差多少'],
  },
} as const satisfies Intent;
