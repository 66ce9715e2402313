export type { Answer, AnswerKind, MetaScenario } from './answer.js';
export { findNumbers, parseAmount } from './amounts.js';
export { createEngine, type Engine } from './createEngine.js';
export { detectLanguage, type Lang } from './lang.js';
export { isCommandText, parseCommandText, parseOptionValue } from './parseCommandText.js';
