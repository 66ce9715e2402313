import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import type { CueGroup } from '../vocabulary.js';

/** Wording a cue group cannot express ("more than", "几倍"), with the weight it adds when present. */
export interface IntentPattern {
  readonly re: RegExp;
  readonly weight: number;
}

/**
 * One thing a question can ask, as data: what it needs, what raises or lowers its score, how it is
 * answered, and example questions in both languages. Intents never refer to each other: each is scored
 * on its own, and the best above the threshold wins.
 */
export interface Intent {
  readonly id: string;
  /** Cue groups and their weights; a negative weight counts against the intent. */
  readonly cues: Partial<Record<CueGroup, number>>;
  readonly patterns: readonly IntentPattern[];
  /** The slots the intent cannot run without; when false its score is zero. */
  readonly needs: (slots: Slots, ctx: AskContext) => boolean;
  /** Extra score from the slots (a yes/no form, two entities with figures). */
  readonly fit?: (slots: Slots, ctx: AskContext) => number;
  /** Answers the question; undefined when this reading cannot be answered, so the next intent is tried. */
  readonly run: (ctx: AskContext, slots: Slots) => Answer | undefined;
  readonly examples: { readonly en: readonly string[]; readonly zh: readonly string[] };
}
