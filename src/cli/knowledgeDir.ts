import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Both paths are found from this file, which sits two folders below the project root in src/ and,
// once bundled, in dist/ (entry points and chunks alike), so the CLI works from any working directory.

/** The project's knowledge folder. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));

/** Where `npm run build` writes the checked copy of {@link DEFAULT_KNOWLEDGE_DIR}. */
export const COMPILED_KNOWLEDGE_FILE = fileURLToPath(new URL('../../dist/knowledge.json', import.meta.url));

/** The build's compiled copy for the project's own knowledge folder; none for any other folder. */
export function compiledKnowledgeFor(dir: string): string | undefined {
  return resolve(dir) === resolve(DEFAULT_KNOWLEDGE_DIR) ? COMPILED_KNOWLEDGE_FILE : undefined;
}
