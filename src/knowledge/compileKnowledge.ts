import type { CompiledKnowledge } from './compiledKnowledge.js';
import { fingerprintKnowledge } from './fingerprintKnowledge.js';
import { loadKnowledge } from './loadKnowledge.js';

/**
 * Checks a knowledge folder exactly as start-up used to (schemas, references, quotes) and returns
 * the checked data as JSON for {@link openKnowledge} to load without the schemas.
 *
 * @throws KnowledgeError naming every problem, as `loadKnowledge` does
 */
export function compileKnowledge(dir: string): string {
  const { source, article, entities, facts, caveats } = loadKnowledge(dir);
  const fingerprint = fingerprintKnowledge(dir, source.articleFile);
  if (fingerprint === undefined) throw new Error(`${dir}: the knowledge files changed while being read`);
  const compiled: CompiledKnowledge = { fingerprint, data: { source, article, entities, facts, caveats } };
  return JSON.stringify(compiled);
}
