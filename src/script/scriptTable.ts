/**
 * One Chinese script converter's dictionaries, as `npm run build` writes them from OpenCC's: each a
 * `"key value|key value"` string whose overlaps are already settled (OpenCC lets the first
 * dictionary of a group win). Held as plain strings, the tables cost a few MB at run time instead
 * of the 13 MB (Traditional → Simplified) and 80 MB (Simplified → Traditional) of OpenCC's tries,
 * which make a `Map` of every character of every phrase.
 */
export interface ScriptTable {
  /** Applied in turn to the whole text first (OpenCC's normalization chain). */
  readonly normalize: readonly string[];
  /**
   * The index in `chain` of the dictionary whose phrases (keys longer than one character) cut the
   * text into segments, each converted on its own; `null` converts the text whole.
   */
  readonly segmentation: number | null;
  /** Applied in turn to each segment (OpenCC's conversion chain). */
  readonly chain: readonly string[];
}

/** The converters the bot uses: Taiwan Traditional (with its phrasing) to Simplified, and back. */
export const SCRIPT_TABLES = ['t2cn', 'cn2t'] as const;
export type ScriptTableName = (typeof SCRIPT_TABLES)[number];
