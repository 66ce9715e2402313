import type { AskContext } from './context.js';
import type { Intent } from './intents/intent.js';
import type { Slots } from './slots.js';
import type { CueGroup } from './vocabulary.js';

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
  // One list, of the intents that score: this runs for every part of every question.
  const scored: ScoredIntent[] = [];
  const { cues, text } = slots.reading;
  // A cue that argues against an intent counts only where the message asks: "which companies … are on
  // Azure? I count like two" is no count asked. (Worked out on first need.)
  let asked: Set<CueGroup> | undefined;
  const askedCue = (cue: CueGroup) => {
    asked ??= askedCues(slots);
    return asked.has(cue);
  };
  for (const intent of intents) {
    if (!intent.needs(slots, ctx)) continue;
    let score = intent.fit?.(slots, ctx) ?? 0;
    for (const [cue, weight] of cueWeights(intent))
      if (cues.has(cue) && (weight >= 0 || askedCue(cue))) score += weight;
    for (const { re, weight } of intent.patterns) if (re.test(text)) score += weight;
    const rounded = Math.round(score * 100) / 100;
    if (rounded > threshold) scored.push({ intent, score: rounded });
  }
  return scored.sort((a, b) => b.score - a.score);
}

const weightsOf = new WeakMap<Intent, readonly (readonly [CueGroup, number])[]>();

/** An intent's cue weights as pairs, listed once per intent rather than once per question. */
function cueWeights(intent: Intent): readonly (readonly [CueGroup, number])[] {
  let pairs = weightsOf.get(intent);
  if (pairs === undefined) {
    pairs = (Object.keys(intent.cues) as CueGroup[]).map((cue) => [cue, intent.cues[cue] ?? 0] as const);
    weightsOf.set(intent, pairs);
  }
  return pairs;
}

/** The cue groups with a word in a sentence that asks (all of them when every sentence asks). */
function askedCues(slots: Slots): Set<CueGroup> {
  const groups = new Set<CueGroup>();
  for (const [cue, words] of slots.reading.cueWords)
    if (words.some((w) => slots.asking.says(w))) groups.add(cue as CueGroup);
  return groups;
}
