import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A hash of every file `loadKnowledge` reads from `dir` (names and bytes): equal fingerprints mean
 * the same knowledge. `undefined` when a file cannot be read, which only a full load can explain.
 *
 * @param articleFile - the article's path inside `dir`, as `source.json` names it
 */
export function fingerprintKnowledge(dir: string, articleFile: string): string | undefined {
  try {
    const facts = readdirSync(join(dir, 'facts'))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => `facts/${f}`);
    const hash = createHash('sha256');
    for (const file of ['source.json', articleFile, 'entities.json', 'caveats.json', ...facts]) {
      hash.update(`${file}\0`);
      hash.update(readFileSync(join(dir, file)));
      hash.update('\0');
    }
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}
