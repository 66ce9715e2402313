export { findNumbers, parseAmount } from './amounts.js';
export type { Answer, AnswerKind, MetaScenario } from './answer.js';
export { buildCommandInput } from './buildCommandInput.js';
export { createEngine, type Engine } from './createEngine.js';
export { detectLanguage, type Lang } from './lang.js';
export { isCommandText, parseCommandText } from './parseCommandText.js';
export { parseOptionValue } from './parseOptionValue.js';
