import { INPUT_LIMITS } from '../../limits/inputLimits.js';
import type { CommandDefinition } from '../commandDefinition.js';

/** `/ask`: ask anything about the H100 supply and demand article. Data only; the engine and the router give it meaning. */
export const askCommand = {
  name: 'ask',
  nameZh: '提问',
  description: {
    en: 'Ask anything about the H100 supply and demand article',
    zh: '就 H100 供需文章随便提问',
  },
  options: [
    {
      name: 'question',
      nameZh: '问题',
      type: 'string',
      required: true,
      maxLength: INPUT_LIMITS.question,
      description: { en: 'Your question, in English or Chinese', zh: '你的问题，中英文皆可' },
    },
  ],
} as const satisfies CommandDefinition;
