import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';

/** What the bot can answer; the renderers list the commands and example questions. */
export function help(ctx: AskContext): Answer {
  return buildAnswer(ctx, { kind: 'help', found: true });
}
