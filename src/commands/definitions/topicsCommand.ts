import type { CommandDefinition } from '../commandDefinition.js';

/** `/topics`: what the bot can answer, with examples. Data only; the engine and the router give it meaning. */
export const topicsCommand = {
  name: 'topics',
  nameZh: '帮助',
  description: { en: 'What the bot can answer, with examples', zh: '机器人能回答什么，附示例' },
  options: [],
} as const satisfies CommandDefinition;
