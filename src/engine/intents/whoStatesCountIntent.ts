import type { Entity, Fact } from '../../knowledge/schema.js';
import { demandOfMany } from '../answers/demand.js';
import { factList } from '../answers/topic.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { figureOf, membersOf } from './figures.js';
import type { Intent } from './intent.js';
import { namedWhereAsked, topicScore } from './signals.js';

const WHICH_COMPANIES =
  /\bwhich (?:compan|orgs|firms|labs|startups)|\bwho are the\b|\bwho (?:were|are) (?:they|those|these|them)\b|\bwho were the\b|哪几家|哪些公司|哪幾家|邊幾間/u;

/** "Who wants 22,000 H100s?", "谁有7000张A100": the line items that state that count. */
export const whoStatesCountIntent = {
  id: 'who-states-count',
  cues: {},
  patterns: [],
  needs: (s, ctx) => {
    const count = quotedCount(s) ?? likenedCount(ctx, s);
    return (
      (likenedTo(s) !== undefined ||
        // ("ngl I never heard of Helsing before this. who are the 'maybe 10k each' companies": a name in
        // the chatter around the question is not what it asks about.)
        namedWhereAsked(s).length === 0) &&
      s.has('who', 'whoNeeds') &&
      count !== undefined &&
      (ctx.kb.facts.some(
        (f) => onTopic(s.has('demand'), s.has('holdings'))(f) && statesQuoted(f, s, count),
      ) ||
        groupWanting(ctx, s, count) !== undefined)
    );
  },
  // ("which companies want 10k each": the companies a figure is said of, not §01's lists.)
  fit: (s) => topicScore(3) + (WHICH_COMPANIES.test(s.reading.text) ? 1.5 : 0),
  run: (ctx, s) => {
    const count = quotedCount(s) ?? likenedCount(ctx, s);
    if (count === undefined) return undefined;
    // ("which companies want exactly as many as Anthropic?": the others said to want its figure.)
    const likened = likenedTo(s);
    const stated = ctx.kb.facts.filter(
      (f) =>
        onTopic(s.has('demand'), s.has('holdings'))(f) &&
        statesQuoted(f, s, count) &&
        (likened === undefined || f.subject !== likened.id),
    );
    const [first] = stated;
    if (first !== undefined) return factList(ctx, first.topic, stated);
    // ("正好对应文中哪部分需求?" of 12万: no line item says it, but the big clouds' four add up to it.)
    const group = groupWanting(ctx, s, count);
    return group === undefined ? undefined : demandOfMany(ctx, membersOf(ctx, group));
  },
  examples: {
    en: ['Which company wants 22,000 H100s?', 'who has 7000 A100s'],
    zh: ['谁要5万张H100', '谁有7000张A100'],
  },
} as const satisfies Intent;

/**
 * The group whose members' line items add up to the count asked, when no line item states it: "which
 * part of the demand is 120,000?" is the big clouds' four at 30,000. Demand only; a lone count is no group.
 */
function groupWanting(ctx: AskContext, s: Slots, count: number): Entity | undefined {
  if (s.has('holdings') && !s.has('demand')) return undefined;
  if (s.counts.some((c) => c.range !== undefined)) return undefined;
  const matching = ctx.kb.entities.filter(
    (e) => e.kind === 'group' && e.members.length > 1 && figureOf(ctx, e, 'demand')?.value === count,
  );
  return matching.length === 1 ? matching[0] : undefined;
}

/** The count the question gives. */
function quotedCount(s: Slots): number | undefined {
  return s.counts[0]?.value ?? s.reading.numbers[0]?.value;
}

/** The one name a count is likened to: "as many as Anthropic", "跟 Anthropic 一样多". */
function likenedTo(s: Slots) {
  if (s.named.length !== 1 || s.reading.numbers.length > 0) return undefined;
  return /\bas (?:many|much)(?: h100s?| gpus?)? as\b|\bsame (?:number|amount|count) as\b|一样多|一樣多|同样多|同樣多/u.test(
    s.reading.text,
  )
    ? s.named[0]
    : undefined;
}

/** The figure of the name a count is likened to. */
function likenedCount(ctx: AskContext, s: Slots): number | undefined {
  const one = likenedTo(s);
  return one === undefined ? undefined : figureOf(ctx, one, s.has('holdings') ? 'holdings' : 'demand')?.value;
}

function onTopic(demand: boolean, holdings: boolean): (f: Fact) => boolean {
  const topics = demand ? ['demand'] : holdings ? ['holdings'] : ['demand', 'holdings'];
  return (f) => topics.includes(f.topic);
}

/**
 * True when a fact states what the question quotes: a range as that range ("1万到2.5万张A100训练出来的是
 * 哪个模型" is GPT-4's), else exactly the count (a single figure, not an end of a range).
 */
function statesQuoted(fact: Fact, s: Slots, count: number): boolean {
  const low = s.counts.find((c) => c.range === 'low');
  const high = s.counts.find((c) => c.range === 'high');
  if (low === undefined || high === undefined) return statesCount(fact, count);
  const q = fact.quantity;
  return q !== undefined && 'min' in q && q.min === low.value && q.max === high.value;
}

/** True when a fact states exactly this count (a single figure, not an end of a range). */
function statesCount(fact: Fact, count: number): boolean {
  return fact.quantity !== undefined && 'value' in fact.quantity && fact.quantity.value === count;
}
