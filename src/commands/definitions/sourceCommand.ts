import type { CommandDefinition } from '../commandDefinition.js';

/** `/source`: the article behind every answer. Data only; the engine and the router give it meaning. */
export const sourceCommand = {
  name: 'source',
  nameZh: '来源',
  description: { en: 'The article behind every answer', zh: '所有回答依据的文章' },
  options: [],
} as const satisfies CommandDefinition;
