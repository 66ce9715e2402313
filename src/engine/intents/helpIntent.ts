import { help } from '../answers/help.js';
import type { Intent } from './intent.js';
import { topicScore } from './signals.js';

/** "What can you do?", "help", "怎么用": what the bot answers, with examples. */
export const helpIntent = {
  id: 'help',
  cues: { help: topicScore(14) },
  patterns: [],
  needs: (s) => s.has('help') && s.named.length === 0 && s.gpus.length === 0,
  run: (ctx) => help(ctx),
  examples: {
    en: ['what can you do?', 'help'],
    zh: ['你能做什么', '怎么用这个机器人'],
  },
} as const satisfies Intent;
