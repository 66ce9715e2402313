import type { KnowledgeData } from './knowledgeBase.js';

/**
 * What `npm run build` writes after checking `knowledge/` with the schemas: the checked data, and
 * the fingerprint of the files it came from so a later edit is noticed.
 */
export interface CompiledKnowledge {
  readonly fingerprint: string;
  readonly data: KnowledgeData;
}
