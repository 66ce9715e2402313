import type { Entity } from '../../knowledge/index.js';
import { demand, demandFacts, demandOfMany } from '../answers/demand.js';
import { holdings } from '../answers/holdings.js';
import { notFound } from '../answers/notFound.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';
import { namedWhereAsked, statesANumber } from './signals.js';

/** Its own figure, apart from any it shares: "单独", "by itself", "on its own", "alone". */
const ALONE =
  /单独|單獨|自己|独自|獨自|\bnot (?:the )?(?:combined|total|group|lumped)\b|\balone\b|\bby itself\b|\bon its own\b|\bindividually\b|\bits own (?:number|figure)\b/u;

/**
 * A bar of the article's lists said where the message asks ("Is Tesla on the 1000+ list?"); one in the
 * context around it ("they're on the 1000+ list but i want current inventory") asks nothing.
 */
function barAsked(s: Slots): boolean {
  return s.amounts.some((a) => a.role === 'threshold' && s.asking.at(a.start));
}

/** True when the first two names are joined as a list ("A 和 B", "A, B", "A and B"). */
function listedTogether(s: Slots): boolean {
  const [a, b] = s.reading.entities.filter((m) => m.entity.kind !== 'gpu' && m.start >= 0);
  if (a === undefined || b === undefined) return true;
  return /^\s*(?:和|与|及|跟|同|、|,|，|&|\+|and|plus)?\s*$/u.test(
    s.reading.text.slice(a.start + a.text.length, b.start),
  );
}

/** True when the question quotes a demand figure of the one company it names. */
function quotesOwnDemand(ctx: AskContext, s: Slots): boolean {
  const [only, ...others] = s.named;
  if (only === undefined || others.length > 0) return false;
  const own = ctx.kb.facts.filter(
    (f) => f.subject === only.id && f.topic === 'demand' && f.quantity !== undefined && 'value' in f.quantity,
  );
  return s.amounts.some((a) =>
    own.some((f) => f.quantity !== undefined && 'value' in f.quantity && f.quantity.value === a.value),
  );
}

/** How many H100s one named company or group wants (§02). */
export const demandIntent = {
  id: 'demand',
  cues: { demand: 1.5, howMany: 0.8, cloud: -1, value: -1.5, compare: -0.5 },
  // "xAI要买多少张": a count to buy is wanted, though 买 is also a word of money.
  // ("how much is lambda alone asking for?": an amount wanted, not money.)
  patterns: [
    { re: /要买(?:多少|几)张|想买(?:多少|几)张|\bwants? to buy how many\b/u, weight: 1.5 },
    { re: /\bhow much (?:is|are|does|do) (?:[\w'’]+ ){1,4}(?:asking for|want|need)\b/u, weight: 1.5 },
  ],
  // A count the question quotes ("like 22k or smth?") is fine; the answer states the article's figure.
  // Several named ("Lambda 和 CoreWeave 要多少张") are each one's line item, listed and added up.
  // "Is Tesla on the 1000+ list?": a bar of GPUs asks about what it needs too.
  // ("…how many each?" says neither: for names the article gives only a demand figure, that is the count.)
  needs: (s, ctx) =>
    s.named.length > 0 &&
    (s.measure === 'demand' ||
      barAsked(s) ||
      // "I've seen people say twenty five thousand and others a hundred thousand, which one is it": its
      // demand figures quoted, with no word for demand.
      (s.measure === undefined && quotesOwnDemand(ctx, s)) ||
      (s.measure === undefined &&
        s.has('howMany') &&
        s.named.every(
          (e) => figureOf(ctx, e, 'demand') !== undefined && figureOf(ctx, e, 'holdings') === undefined,
        ))) &&
    s.named[0]?.kind !== 'model',
  // A price per GPU asks what the demand is worth ("如果 $35k 一张要多少钱"), not how large it is.
  // (Read from the figures alone, with no word for demand, it outranks a holding the article lacks.)
  fit: (s) => (s.price !== undefined ? -1.5 : 0) + (barAsked(s) ? 1.5 : s.measure === undefined ? 0.6 : 0),
  run: (ctx, s) => {
    // Names listed together ("Lambda 和 CoreWeave") are each answered; "xAI … from Oracle" asks about xAI.
    const several = s.ofKind('company', 'cloud', 'group');
    if (several.length > 1 && listedTogether(s)) {
      // ("how many do bytedance and openai need?": a name the article gives no figure for is said to
      // lack one, not dropped from the reply.)
      const lacking = several.filter((e) => demandFacts(ctx, e).length === 0);
      const counted = several.filter((e) => !lacking.includes(e));
      // ("how many H800s does bytedance need? wondering if it's bigger than openai's": the names the
      // message asks about lack one, so the reply is that, not the figure of a name from its aside.)
      const asked = namedWhereAsked(s);
      const [first] = asked;
      if (first !== undefined && asked.every((e) => lacking.includes(e)))
        return notFound(ctx, { what: 'demand', entity: first }, [first]);
      const answer = demandOfMany(ctx, counted.length > 0 ? counted : several, s.scenario);
      if (lacking.length === 0 || counted.length === 0) return answer;
      const missing = lacking.map((entity) => notFound(ctx, { what: 'demand', entity }, [entity]));
      return { ...answer, parts: [answer, ...missing] };
    }
    const [entity] = s.named;
    if (entity === undefined) return undefined;
    // "Lambda 单独要多少?": its own figure is asked, and the article gives only a line item it shares.
    const shared = figureOf(ctx, entity, 'demand')?.facts.every((f) => f.subject !== entity.id) === true;
    // (A group's own members each have theirs: "the hyperscalers … each of them, not the total".)
    if (shared && entity.kind !== 'group' && ALONE.test(s.reading.text))
      return notFound(ctx, { what: 'demand', entity }, [entity]);
    // "Meta's rumoured number", "Meta 传闻要多少": the higher of its two figures leads.
    const answer = demand(
      ctx,
      entity,
      s.scenario === 'meta-100k' ? (f) => f.metric === 'h100-demand-high' : statesANumber(s),
    );
    // "Is Tesla one of those needing 1,000+?": yes when §01 lists it at that bar or above.
    const bar = s.amounts.find((a) => a.role === 'threshold');
    const listed =
      bar !== undefined &&
      answer.facts.some(
        (f) =>
          f.topic === 'who-needs' &&
          f.quantity !== undefined &&
          'value' in f.quantity &&
          f.quantity.value >= bar.value,
      );
    if (s.yesNo && listed) return { ...answer, verdict: 'yes' };
    // ("OpenAI話要5萬張，Musk又講GPT-5要幾多張H100？": a model asked of where it asks, the company before
    // it said in passing; the model's GPUs are its own figure, not a demand line item.)
    const saidWhereAsked = (e: Entity) =>
      s.reading.entities.some((m) => m.entity === e && s.asking.says(m.text, true));
    const model = s
      .ofKind('model')
      .find((e) => saidWhereAsked(e) && figureOf(ctx, e, 'holdings') !== undefined);
    return model === undefined || saidWhereAsked(entity)
      ? answer
      : { ...answer, parts: [answer, holdings(ctx, model)] };
  },
  examples: {
    en: ['fb wants how many h100s again?', 'how many H100s does Inflection need'],
    zh: ['OpenAI 需要多少张 H100？', '私有云要多少张 H100'],
  },
} as const satisfies Intent;
