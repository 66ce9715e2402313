import { pricing } from '../answers/gap.js';
import { topic } from '../answers/topic.js';
import type { Intent } from './intent.js';

// Within this share of the article's price, a price put up for checking is the article's ("~35k").
const SAME_PRICE = 0.02;

/**
 * "The article prices H100 at ~35k USD each, yeah?", "文章是按每张4万美元算的吗?": a price per GPU put up
 * for checking against the one the article uses, answered yes or no with the article's own figure.
 */
export const priceCheckIntent = {
  id: 'price-check',
  cues: { value: 0.6, each: 0.4, total: -1, gap: -1 },
  patterns: [
    {
      re: /\bprices?\b|\bpriced\b|\bper (?:card|gpu|unit)\b|\beach\b|单价|每张|每块|一张|按.{0,10}算/u,
      weight: 0.8,
    },
  ],
  // A dollar price said per GPU, and nothing to value with it: no count, no buyer.
  needs: (s, ctx) =>
    s.yesNo &&
    s.price !== undefined &&
    s.price.yuan !== true &&
    s.counts.length === 0 &&
    s.named.length === 0 &&
    s.priceChange === undefined &&
    pricing(ctx.kb, undefined).facts.length > 0,
  fit: () => 2.6,
  run: (ctx, s) => {
    const article = pricing(ctx.kb, undefined);
    if (article.facts.length === 0 || s.price === undefined) return undefined;
    const same = Math.abs(s.price.value - article.value) <= article.value * SAME_PRICE;
    // (The price checked is the user's, and used: it is what the verdict is on.)
    return {
      ...topic(ctx, ['price']),
      verdict: same ? 'yes' : 'no',
      price: { value: s.price.value, fromUser: true },
    };
  },
  examples: {
    en: ['the article prices an H100 at about $35k, right?', 'is it $40k per card in the article?'],
    zh: ['文章是按每张4万美元算的吗？', '文中 H100 单价是3.5万美元对吧？'],
  },
} as const satisfies Intent;
