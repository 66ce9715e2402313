/** An answer laid out for display in one language; text and Discord renderers both start here. */
export interface Presentation {
  readonly title: string;
  /** One or two sentences that answer the question. */
  readonly summary: string;
  /** The facts the answer rests on, one sentence each. */
  readonly facts: readonly string[];
  /** Shown arithmetic, one line per step. */
  readonly steps: readonly string[];
  readonly caveats: readonly string[];
  /** The article's own words, each with its section. */
  readonly quotes: readonly { readonly text: string; readonly section: string }[];
  /** "Did you mean" or "the article covers" line, when there is one. */
  readonly suggestions?: string;
  /** Source, sections and date. */
  readonly footer: string;
  readonly found: boolean;
  readonly isError: boolean;
}
