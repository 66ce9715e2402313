import { MAX_GPU_COUNT } from '../../calculator/limits.js';
import type { CommandDefinition } from '../commandDefinition.js';

/** `/compare`: how much faster an H100 is than an A100. Data only; the engine and the router give it meaning. */
export const compareCommand = {
  name: 'compare',
  nameZh: '对比',
  description: { en: 'How much faster an H100 is than an A100', zh: 'H100 比 A100 快多少' },
  options: [
    {
      name: 'count',
      nameZh: '数量',
      type: 'integer',
      required: false,
      minValue: 1,
      maxValue: MAX_GPU_COUNT,
      description: { en: 'A number of H100s to express in A100s', zh: '换算成 A100 的 H100 数量' },
    },
    {
      name: 'workload',
      nameZh: '场景',
      type: 'string',
      required: false,
      choices: [
        { value: 'training', name: { en: '16-bit training', zh: '16-bit 训练' } },
        { value: 'inference', name: { en: '16-bit inference', zh: '16-bit 推理' } },
      ],
      description: { en: 'Training or inference', zh: '训练或推理' },
    },
  ],
} as const satisfies CommandDefinition;
