import type { Caveat, Entity, Fact, Source } from './schema.js';

/** The checked contents of a knowledge folder, as plain JSON-able data. */
export interface KnowledgeData {
  readonly source: Source;
  /** The article text the quotes were checked against. */
  readonly article: string;
  readonly entities: readonly Entity[];
  readonly facts: readonly Fact[];
  readonly caveats: readonly Caveat[];
}

/** Everything the article says, loaded and checked, with lookups the engine needs. */
export interface KnowledgeBase extends KnowledgeData {
  readonly entityById: ReadonlyMap<string, Entity>;
  readonly factById: ReadonlyMap<string, Fact>;
  readonly caveatById: ReadonlyMap<string, Caveat>;
}
