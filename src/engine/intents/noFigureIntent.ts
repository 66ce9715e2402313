import type { Entity } from '../../knowledge/schema.js';
import { notFound } from '../answers/notFound.js';
import { articleFigures } from '../articleFigures.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';
import { WHAT_IF } from './readChanges.js';
import { INCLUSION_ASKED } from './signals.js';

/**
 * "How many H800s does ByteDance want?": the article names the demand but gives no number, so the
 * count asked for is not in it.
 */
export const noFigureIntent = {
  id: 'no-figure',
  cues: { howMany: 1.5, demand: 0.5 },
  patterns: [],
  // ("假设字节要5万张, 总需求变成多少?" gives the figure itself: a what-if, not a question of it.)
  // ("does the 43.2万 count the finance firms?" asks whether they are in a total, not their number.)
  needs: (s, ctx) =>
    !(WHAT_IF.test(s.reading.text) && s.counts.length > 0) &&
    !(s.yesNo && INCLUSION_ASKED.test(s.reading.text)) &&
    (uncounted(s, ctx) !== undefined ||
      // ("字节今年给英伟达下了多少张H800的单": Nvidia, who sells them, is no buyer asked of.)
      (buyersOf(ctx, s).length === 1 &&
        buyersOf(ctx, s).every((e) => {
          const facts = ctx.kb.facts.filter((f) => f.subject === e.id);
          return (
            facts.length > 0 &&
            facts.every((f) => f.quantity === undefined) &&
            facts.some((f) => f.topic === 'not-counted')
          );
        }))),
  fit: () => 1.5,
  run: (ctx, s) => {
    const gpuAlone = uncounted(s, ctx);
    if (gpuAlone !== undefined) return notFound(ctx, { what: 'count', entity: gpuAlone });
    const [entity] = s.named;
    if (entity === undefined) return undefined;
    const [gpu] = s.gpus;
    return notFound(ctx, { what: 'demand', entity, ...(gpu === undefined ? {} : { gpu }) }, [entity]);
  },
  examples: {
    en: ['how many h800s does bytedance want', 'how many GPUs do the finance companies need?'],
    zh: ['百度要多少张h800', '腾讯需要几张 H800', '中国公司要的 H800 占总需求百分之几'],
  },
} as const satisfies Intent;

/**
 * "中国公司需要的 H800 占总需求百分之几": a number asked of a GPU no fact counts (the H800), with no
 * company or group named that has a figure of its own.
 */
function uncounted(s: Slots, ctx: AskContext): Entity | undefined {
  // A number asked ("how many", "百分之几"), not which companies ("which chinese companies need H800s").
  const asksNumber =
    PORTION.test(s.reading.text) || /多少|几|\bhow many\b|\bhow much\b/u.test(s.reading.text);
  if (s.named.length > 0 || s.has('who') || !asksNumber) return undefined;
  return s.gpus.find(
    (g) => !ctx.kb.facts.some((f) => f.gpu?.toLowerCase() === g.id && f.quantity !== undefined),
  );
}

const PORTION = /%|\bpercent|\bshare\b|占比|比例|百分/u;

/** The names asked of, leaving out who makes the GPUs. */
function buyersOf(ctx: AskContext, s: Slots) {
  const { makerIds } = articleFigures(ctx.kb);
  return s.named.filter((e) => !makerIds.has(e.id));
}
