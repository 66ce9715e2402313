import type { ReplyLang } from '../i18n/langs.js';

/** One passage of the article, verbatim, with its section and (in English replies) the fact's English wording. */
export interface PresentedQuote {
  readonly text: string;
  readonly section: string;
  /** The facts' English wording beside a Chinese quote, in English replies: a translation, marked as one. */
  readonly translation?: string;
}

/** An answer laid out for display in one language; text and Discord renderers both start here. */
export interface Presentation {
  readonly lang: ReplyLang;
  readonly title: string;
  /** One or two sentences that answer the question: what a reader sees first. */
  readonly summary: string;
  /** The facts the answer rests on, one sentence each. */
  readonly facts: readonly string[];
  /** Shown arithmetic, one line per step. */
  readonly steps: readonly string[];
  readonly caveats: readonly string[];
  /** The article's own words, each with its section. */
  readonly quotes: readonly PresentedQuote[];
  /** Offers for a near miss: "Did you mean …?" and "The article covers instead: …", each on its own line. */
  readonly suggestions: readonly string[];
  /** Source, sections and date. */
  readonly footer: string;
  readonly found: boolean;
  readonly isError: boolean;
}
