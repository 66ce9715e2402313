import { gapFilled } from '../answers/gapFilled.js';
import { articleFigures } from '../articleFigures.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';

/** GPUs delivered: "got all 50k", "拿到了它要的", "if 100k were shipped". */
const DELIVERED =
  /\b(?:got|gets|get|received?|receives|delivered|shipped|supplied|filled|fulfill(?:ed)?|satisf(?:y|ied)|land(?:s|ed)?|arrived?|arrives|came in|showed up|turned up)\b|拿到|到手|到了|到货|到貨|交付|交货|交貨|满足|滿足|补上|補上|供上|发货|發貨/u;
/** Said of the one sending GPUs out: "nvidia shipped", "英伟达发货". */
const SHIPS =
  /^\s*(?:(?:could|can|would|will|just|actually|somehow)\s+)*(?:ship|ships|shipped|supplied|supplies|delivered|delivers|pumped out|made|produced)\b|^\s*(?:明天|今天|马上|立刻|立即|下个月|今年|一下子|能|再|多|又)*(?:发货|發貨|出货|出貨|交付|供应|供應|生产|生產|造)/u;

/** A bare number this large, beside a word of delivery, counts GPUs. */
const MIN_BARE_COUNT = 1000;

/** What is left of the shortage. */
const LEFT =
  /\bleft\b|\bremain|\bstill short\b|\bdent\b|\bclose the gap\b|还剩|還剩|剩下|剩多少|还差|還差|还缺|還缺/u;

/** The headline shortage itself: "the shortage", "the gap", "缺口", "the 430k". */
const SHORTAGE_NAMED =
  /\bshortage\b|\bgap\b|\bshortfall\b|缺口|43(?:\.2)?万|43(?:\.2)?萬|\b43[02](?:k|,000| ?000)\b/u;

/**
 * "If OpenAI got all 50k it wants, what's left of the 430k shortage?": the headline shortage less the
 * GPUs delivered, a count given or a named entity's demand.
 */
export const gapFilledIntent = {
  id: 'gap-filled',
  cues: { gap: 1.5 },
  patterns: [
    { re: DELIVERED, weight: 1.5 },
    { re: LEFT, weight: 1 },
  ],
  // The shortage named outright: "还差多少张" alone asks what the entity itself still lacks.
  needs: (s) =>
    (s.has('gap') || SHORTAGE_NAMED.test(s.reading.text)) &&
    SHORTAGE_NAMED.test(s.reading.text) &&
    DELIVERED.test(s.reading.text) &&
    LEFT.test(s.reading.text) &&
    s.named.length <= 1,
  fit: () => 0.5,
  run: (ctx, s) => {
    // ("if nvidia shipped 100k…": the name shipping them is no recipient.)
    const shipper = (e: (typeof s.named)[number]) =>
      s.reading.entities.some(
        (m) =>
          m.entity.id === e.id &&
          m.start >= 0 &&
          SHIPS.test(s.reading.text.slice(m.start + m.text.length, m.start + m.text.length + 14)),
      );
    const [entity] = s.named.filter((e) => !shipper(e));
    const figure = entity === undefined ? undefined : figureOf(ctx, entity, 'demand');
    // The shortage quoted ("the 430k shortage") is what shrinks, not what is delivered.
    const { gap, totalDemand } = articleFigures(ctx.kb);
    // ("if nvidia shipped another 200k": a bare number of GPUs delivered is a count.)
    const counts = s.amounts.filter(
      (a) => a.role === 'count' || (a.role === 'bare' && a.value >= MIN_BARE_COUNT),
    );
    const count = counts.find((a) => a.value !== figure?.value && a.value !== gap && a.value !== totalDemand);
    // ("…of the 432k gap": §02's total quoted as the shortage.)
    const from = counts.some((a) => a.value === totalDemand) ? 'total' : 'headline';
    if (figure !== undefined && count === undefined)
      return gapFilled(ctx, { value: figure.value, entity: figure.entity, facts: figure.facts }, from);
    if (count === undefined) return undefined;
    return gapFilled(
      ctx,
      { value: count.value, ...(entity === undefined ? {} : { entity }), facts: [] },
      from,
    );
  },
  examples: {
    en: [
      "if openai got all the h100s it wants, what's left of the shortage?",
      'if 100k h100s were delivered tomorrow, how much of the gap would remain?',
    ],
    zh: ['如果 OpenAI 拿到了它要的卡，缺口还剩多少？', '假如到货 10 万张，缺口还差多少？'],
  },
} as const satisfies Intent;
