/**
 * How much input each entry point accepts, in code points (as Discord counts), checked before the
 * engine sees it. A real question fits in far less; past these the engine's cost is the attacker's
 * choice, so nothing longer reaches it.
 */
export const INPUT_LIMITS = {
  /** `/ask question:` (its `max_length`), and free text from mentions, DMs and the context menu. */
  question: 500,
  /** Entity options such as `/cloud company:` (their `max_length`); the longest name is far shorter. */
  entityName: 100,
  /**
   * The focused value of an autocomplete request: the longest name or alias in the knowledge is 32
   * characters, and names that long or longer cost the fuzzy matcher more and match nothing more.
   */
  autocomplete: 32,
} as const;

/**
 * Per-user budget for autocomplete, kept apart from the questions' limit: Discord sends one request
 * per pause in typing, so 40 at once and 10 a second more is never reached by a person typing,
 * yet caps a script at 10 lookups a second.
 */
export const AUTOCOMPLETE_BUDGET = { capacity: 40, refillPerSecond: 10 } as const;

/** The first `max` code points of `text`, and whether anything was cut. */
export function boundText(text: string, max: number): { readonly text: string; readonly cut: boolean } {
  // Counts code points in place: never walks more of a huge string than the bound needs, and
  // builds nothing but the one slice (the engine calls this on every question).
  let units = 0;
  for (let points = 0; points < max && units < text.length; points++) {
    units += (text.codePointAt(units) ?? 0) > 0xffff ? 2 : 1;
  }
  const cut = units < text.length;
  return { text: cut ? text.slice(0, units) : text, cut };
}
