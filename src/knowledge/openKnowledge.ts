import { readFileSync } from 'node:fs';
import { buildKnowledgeBase } from './buildKnowledgeBase.js';
import type { CompiledKnowledge } from './compiledKnowledge.js';
import { fingerprintKnowledge } from './fingerprintKnowledge.js';
import type { KnowledgeBase } from './knowledgeBase.js';

/**
 * Loads the knowledge an entry point runs on. When `compiledFile` (written by `npm run build`) was
 * compiled from these very files, its data is used as it is: it passed every check at build time,
 * and the schemas (zod) are never loaded. Otherwise (another folder, files edited since the build,
 * no build) the folder is loaded and checked in full by `loadKnowledge`.
 *
 * @param compiledFile - the build's compiled copy of the default knowledge folder; omit it for any other folder
 * @throws KnowledgeError naming every problem when the files are checked and fail
 */
export async function openKnowledge(dir: string, compiledFile?: string): Promise<KnowledgeBase> {
  const compiled = compiledFile === undefined ? undefined : readCompiled(compiledFile);
  if (
    compiled !== undefined &&
    compiled.fingerprint === fingerprintKnowledge(dir, compiled.data.source.articleFile)
  ) {
    return buildKnowledgeBase(compiled.data);
  }
  const { loadKnowledge } = await import('./loadKnowledge.js');
  return loadKnowledge(dir);
}

function readCompiled(file: string): CompiledKnowledge | undefined {
  try {
    // Our own build's output, fingerprint-checked before use: trusted as typed.
    return JSON.parse(readFileSync(file, 'utf8')) as CompiledKnowledge;
  } catch {
    return undefined;
  }
}
