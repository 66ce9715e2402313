import type { Calculation } from '../calculator/calculation.js';
import type { UserInputErrorCode } from '../errors/UserInputError.js';
import type { Bilingual, Caveat, Entity, Fact, SectionId, Topic } from '../knowledge/schema.js';
import type { Lang } from './lang.js';

/** What an answer is about; each kind has its own summary line in the renderers. */
export type AnswerKind =
  | 'cloud-users'
  | 'cloud-of'
  | 'demand'
  | 'gap'
  | 'cost'
  | 'holdings'
  | 'compare'
  | 'comparison'
  | 'ranking'
  | 'share'
  | 'what-if'
  /** The user's own arithmetic worked again, and the result they gave checked. */
  | 'arithmetic'
  | 'topic'
  | 'overview'
  | 'help'
  | 'not-found'
  | 'error';

/** Which figure §02's total counts for Meta: the article's 432k needs Meta at 100k. */
export type MetaScenario = 'meta-25k' | 'meta-100k';

/**
 * The engine's reply as data: what was found, the facts and calculations it rests on, and what to
 * caution. Renderers turn it into text or Discord payloads in either language.
 */
export interface Answer {
  readonly kind: AnswerKind;
  /** False when the article does not answer the question (or the input was rejected). */
  readonly found: boolean;
  /** The language the question was asked in. */
  readonly lang: Lang;
  readonly question: string;
  readonly topic?: Topic;
  /** The entity asked about. */
  readonly subject?: Entity;
  /** Entities the answer lists: a cloud's users, a company's clouds. */
  readonly related: readonly Entity[];
  /** For a yes/no question ("does OpenAI use AWS?"): the entity asked about and whether the article says so. */
  readonly check?: {
    readonly entity: Entity;
    readonly holds: boolean;
    /** Asked as the only one ("Inflection only runs on CoreWeave?"): holds only if it is the one. */
    readonly only?: boolean;
  };
  readonly facts: readonly Fact[];
  readonly calculations: readonly Calculation[];
  readonly caveats: readonly Caveat[];
  readonly sections: readonly SectionId[];
  /** The price per GPU used; in yuan when the user priced in them ("按每张25万人民币算"), else dollars. */
  readonly price?: {
    readonly value: number;
    readonly fromUser: boolean;
    readonly yuan?: true;
    /** Priced in Hong Kong or New Taiwan dollars, as the user gave the price. */
    readonly foreign?: 'hkd' | 'twd';
  };
  readonly scenario?: MetaScenario;
  /** Did-you-mean entities for a near miss, or the entities the article covers instead. */
  readonly suggestions: readonly Entity[];
  /** What the article lacks, as data: the renderer words it in the reply's language. */
  readonly missing?: Missing;
  readonly error?: { readonly code: UserInputErrorCode; readonly text: Bilingual };
  /** For a yes/no question: the article's verdict; renderers open with it. */
  readonly verdict?: 'yes' | 'no';
  /** A result the user put up for checking ("… = 7000, right?"), beside the one worked out. */
  readonly claimed?: number;
  /** A comparison of what the first holds against what the second wants ("够不够 Inflection 要的"). */
  readonly covers?: boolean;
  /** A bar the user drew over a ranking ("which companies want more than 20k?"): the side kept. */
  readonly bar?: { readonly value: number; readonly side: 'above' | 'below'; readonly inclusive: boolean };
  /** A multi-part question: each part's own answer, in the question's order. */
  readonly parts?: readonly Answer[];
  /** Amounts the user gave that the answer did not use, as written: said, never dropped silently. */
  readonly unused?: readonly string[];
  /** Why the question was read as it was: the winning intent, its score, the runner-up, the slots. */
  readonly trace?: AnswerTrace;
}

/**
 * What the article does not give: the user's own words ("TPUs"), or a figure or list for an entity
 * (how many GPUs it has, which cloud it uses), worded by the renderer in the reply's language.
 */
export type Missing =
  | { readonly what: 'words'; readonly text: string }
  | {
      /** (`author`: the name of whoever wrote for the publisher named, which the article never gives.) */
      readonly what: 'demand' | 'holdings' | 'cloud' | 'users' | 'price' | 'count' | 'specs' | 'author';
      readonly entity: Entity;
      /** The GPU asked about: "how many H800s ByteDance wants", "how many H100s Tesla has". */
      readonly gpu?: Entity;
    };

/** How a question was read, for `--explain` and for maintainers. */
export interface AnswerTrace {
  readonly intent: string;
  readonly score: number;
  readonly runnerUp?: { readonly intent: string; readonly score: number };
  readonly slots: {
    readonly entities: readonly string[];
    readonly amounts: readonly { readonly text: string; readonly value: number; readonly role: string }[];
    readonly workload?: string;
    readonly measure?: 'demand' | 'holdings';
    readonly yesNo: boolean;
    readonly cues: readonly string[];
  };
}
