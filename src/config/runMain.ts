import { existsSync, statSync } from 'node:fs';
import { compiledKnowledgeFor } from '../cli/knowledgeDir.js';
import { KnowledgeError } from '../knowledge/KnowledgeError.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { openKnowledge } from '../knowledge/openKnowledge.js';

/**
 * Runs an entry point's `main` and exits with its code when that is not 0; a 0 leaves the process
 * to its servers and sockets. An unexpected throw at start-up is printed and exits 1.
 */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => {
      if (code !== 0) process.exit(code);
    },
    (error: unknown) => {
      console.error('Unexpected error at start-up:', error);
      process.exit(1);
    },
  );
}

/**
 * Loads the knowledge for an entry point (the build's checked copy when it is the project's own,
 * unchanged folder): a missing folder or a broken file is printed with what to fix and gives
 * undefined, so the caller exits non-zero.
 */
export async function loadKnowledgeOrReport(dir: string): Promise<KnowledgeBase | undefined> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(
      `The knowledge folder ${dir} does not exist. Set KNOWLEDGE_DIR to a folder holding source.json, entities.json, caveats.json and facts/, or leave it empty for the bundled ./knowledge.`,
    );
    return undefined;
  }
  try {
    return await openKnowledge(dir, compiledKnowledgeFor(dir));
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    console.error(error.message);
    return undefined;
  }
}
