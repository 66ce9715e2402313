import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocatedFact } from './checkQuoteNumbers.js';
import type { Fact } from './schema.js';

/**
 * Pairs each loaded fact with the `facts/*.json` file it was written in, so problems can name the file.
 *
 * @param dir - the knowledge folder the facts were loaded from (already checked by loadKnowledge)
 * @param facts - the loaded facts; one whose id no file holds is named `facts/?`
 */
export function locateFacts(dir: string, facts: readonly Fact[]): LocatedFact[] {
  const fileOf = new Map<string, string>();
  const factsDir = join(dir, 'facts');
  for (const file of readdirSync(factsDir).filter((f) => f.endsWith('.json'))) {
    const json: unknown = JSON.parse(readFileSync(join(factsDir, file), 'utf8'));
    const listed = (json as { facts?: unknown }).facts;
    if (!Array.isArray(listed)) continue;
    for (const fact of listed) {
      const id = (fact as { id?: unknown }).id;
      if (typeof id === 'string') fileOf.set(id, `facts/${file}`);
    }
  }
  return facts.map((fact) => ({ file: fileOf.get(fact.id) ?? 'facts/?', fact }));
}
