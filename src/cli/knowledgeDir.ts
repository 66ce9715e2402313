import { fileURLToPath } from 'node:url';

/** The project's knowledge folder, found from this file so the CLI works from any working directory. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));
