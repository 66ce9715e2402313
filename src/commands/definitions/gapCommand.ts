import type { CommandDefinition } from '../commandDefinition.js';
import { priceOption } from './priceOption.js';

/** `/gap`: the H100 shortage and what it is worth. Data only; the engine and the router give it meaning. */
export const gapCommand = {
  name: 'gap',
  nameZh: '缺口',
  description: { en: 'The H100 shortage and what it is worth', zh: 'H100 缺口有多大、价值多少' },
  options: [
    {
      ...priceOption,
      description: {
        en: 'US dollars per H100 (default $35,000)',
        zh: '每张 H100 的美元价格（默认 3.5万）',
      },
    },
    {
      name: 'meta',
      nameZh: 'meta需求',
      type: 'string',
      required: false,
      choices: [
        {
          value: '100k',
          name: { en: 'Meta wants 100k (the article total)', zh: 'Meta 要 10万（文章总数）' },
        },
        { value: '25k', name: { en: 'Meta wants 25k', zh: 'Meta 要 2.5万' } },
      ],
      description: { en: 'Which figure to count for Meta', zh: 'Meta 的需求按哪个数算' },
    },
  ],
} as const satisfies CommandDefinition;
