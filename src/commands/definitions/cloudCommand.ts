import { INPUT_LIMITS } from '../../limits/inputLimits.js';
import type { CommandDefinition } from '../commandDefinition.js';

/** `/cloud`: which cloud an AI company uses. Data only; the engine and the router give it meaning. */
export const cloudCommand = {
  name: 'cloud',
  nameZh: '用哪家云',
  description: { en: 'Which cloud an AI company uses', zh: '某家 AI 公司用哪家云' },
  options: [
    {
      name: 'company',
      nameZh: '公司',
      type: 'string',
      required: true,
      autocomplete: 'company',
      maxLength: INPUT_LIMITS.entityName,
      description: { en: 'A company, e.g. OpenAI, Anthropic', zh: '公司，例如 OpenAI、Anthropic' },
    },
  ],
} as const satisfies CommandDefinition;
