import type { CommandDefinition } from '../commandDefinition.js';

/** `/supply`: who makes the H100 and what limits supply. Data only; the engine and the router give it meaning. */
export const supplyCommand = {
  name: 'supply',
  nameZh: '供应',
  description: { en: 'Who makes the H100 and what limits supply', zh: '谁制造 H100，瓶颈在哪' },
  options: [],
} as const satisfies CommandDefinition;
