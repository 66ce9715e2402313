import type { KnowledgeBase, KnowledgeData } from './knowledgeBase.js';

/**
 * Adds the engine's lookups to checked knowledge data. The data must already have passed
 * `loadKnowledge`'s checks (now, or at build time for the compiled copy).
 */
export function buildKnowledgeBase(data: KnowledgeData): KnowledgeBase {
  const { source, article, entities, facts, caveats } = data;
  return {
    source,
    article,
    entities,
    facts,
    caveats,
    entityById: new Map(entities.map((e) => [e.id, e])),
    factById: new Map(facts.map((f) => [f.id, f])),
    caveatById: new Map(caveats.map((c) => [c.id, c])),
  };
}
