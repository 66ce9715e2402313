export { KnowledgeError } from './KnowledgeError.js';
export type { KnowledgeBase } from './knowledgeBase.js';
export { loadKnowledge } from './loadKnowledge.js';
export * from './schema.js';
