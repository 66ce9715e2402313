import { demandFacts } from '../answers/demand.js';
import { quantityOf } from '../answers/factQueries.js';
import { whatIf } from '../answers/whatIf.js';
import type { Intent } from './intent.js';

/** §02's total with one company's line item changed to the user's count. */
export const whatIfIntent = {
  id: 'what-if',
  cues: { total: 2.5, value: 0.3 },
  patterns: [{ re: /\bwhat if\b|\bif\b|\binstead\b|\bwith \S+ at\b|\bnew total\b|\bcounting \S+ at\b|\bsuppose|\bassum|\bsay\b|假如|如果|要是|假设|换成|改成|按.{0,10}算|真要|只要/u, weight: 1.5 }],
  needs: (s) => s.named.length === 1 && s.counts.length + s.amounts.filter((a) => a.role === 'bare').length > 0,
  run: (ctx, s) => {
    const [entity] = s.named;
    if (entity === undefined) return undefined;
    const current = demandFacts(ctx, entity).filter((f) => f.metric === 'h100-demand').map(quantityOf);
    const candidates = [...s.counts, ...s.amounts.filter((a) => a.role === 'bare' && a.value >= 1000)];
    const changed = candidates.find((c) => !current.includes(c.value)) ?? candidates[0];
    if (changed === undefined) return undefined;
    return whatIf(ctx, entity, changed.value, s.price?.value);
  },
  examples: {
    en: ["What if OpenAI wanted 100k instead of 50k, what's the new total?", 'if meta only wants 25k whats the total worth'],
    zh: ['Meta 按 2.5 万张算、每张 3 万美元，总价值多少？', '如果 OpenAI 要 10 万张，总需求变成多少？'],
  },
} as const satisfies Intent;
