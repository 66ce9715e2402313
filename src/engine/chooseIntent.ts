import type { AskContext } from './context.js';
import type { Intent } from './intents/intent.js';
import type { Slots } from './slots.js';

/** An intent with the score it earned on a question. */
export interface ScoredIntent {
  readonly intent: Intent;
  readonly score: number;
}

/**
 * Scores every intent on the question's slots: its cue weights, its patterns' weights and its fit, or
 * zero when the slots lack what it needs. Best first; intents at or below `threshold` are left out.
 */
export function scoreIntents(
  ctx: AskContext,
  slots: Slots,
  intents: readonly Intent[],
  threshold = 0,
): ScoredIntent[] {
  const scored = intents.map((intent) => {
    if (!intent.needs(slots, ctx)) return { intent, score: 0 };
    let score = intent.fit?.(slots) ?? 0;
    for (const [cue, weight] of Object.entries(intent.cues)) {
      if (slots.reading.cues.has(cue as keyof typeof intent.cues)) score += weight ?? 0;
    }
    for (const { re, weight } of intent.patterns) if (re.test(slots.reading.text)) score += weight;
    return { intent, score: Math.round(score * 100) / 100 };
  });
  return scored.filter((s) => s.score > threshold).sort((a, b) => b.score - a.score);
}
