import { INPUT_LIMITS } from '../../limits/inputLimits.js';
import type { CommandDefinition } from '../commandDefinition.js';

/** `/who-uses`: which AI companies use a cloud. Data only; the engine and the router give it meaning. */
export const whoUsesCommand = {
  name: 'who-uses',
  nameZh: '谁在用',
  description: { en: 'Which AI companies use a cloud', zh: '哪些 AI 公司在用某家云' },
  options: [
    {
      name: 'cloud',
      nameZh: '云',
      type: 'string',
      required: true,
      autocomplete: 'cloud',
      maxLength: INPUT_LIMITS.entityName,
      description: { en: 'A cloud, e.g. Azure, AWS, Google Cloud', zh: '云厂商，例如 Azure、AWS、谷歌云' },
    },
  ],
} as const satisfies CommandDefinition;
