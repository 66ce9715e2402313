import { INPUT_LIMITS } from '../../limits/inputLimits.js';
import type { CommandDefinition } from '../commandDefinition.js';

/** `/holdings`: how many GPUs a company, cloud or model has or used. Data only; the engine and the router give it meaning. */
export const holdingsCommand = {
  name: 'holdings',
  nameZh: '持有量',
  description: {
    en: 'How many GPUs a company, cloud or model has or used',
    zh: '公司、云或模型有多少 GPU',
  },
  options: [
    {
      name: 'company',
      nameZh: '公司',
      type: 'string',
      required: false,
      autocomplete: 'any',
      maxLength: INPUT_LIMITS.entityName,
      description: { en: 'A company, cloud or model (empty: all)', zh: '公司、云或模型（留空：全部）' },
    },
  ],
} as const satisfies CommandDefinition;
