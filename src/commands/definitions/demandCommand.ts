import { INPUT_LIMITS } from '../../limits/inputLimits.js';
import type { CommandDefinition } from '../commandDefinition.js';
import { priceOption } from './priceOption.js';

/** `/demand`: how many H100s a company wants, and what that costs. Data only; the engine and the router give it meaning. */
export const demandCommand = {
  name: 'demand',
  nameZh: '需求',
  description: {
    en: 'How many H100s a company wants, and what that costs',
    zh: '某公司要多少 H100，值多少钱',
  },
  options: [
    {
      name: 'company',
      nameZh: '公司',
      type: 'string',
      required: false,
      autocomplete: 'company',
      maxLength: INPUT_LIMITS.entityName,
      description: { en: 'A company or cloud (empty: everyone)', zh: '公司或云厂商（留空：全部）' },
    },
    {
      ...priceOption,
      description: {
        en: 'US dollars per H100, to price the demand',
        zh: '每张 H100 的美元价格，用于估算花费',
      },
    },
  ],
} as const satisfies CommandDefinition;
