import { convertDuration } from '../answers/convertDuration.js';
import type { Intent } from './intent.js';

/** "A job takes 23 days on A100s: how long on H100s?": the time scaled by the article's speed-up. */
export const durationIntent = {
  id: 'duration',
  cues: { compare: 0.5, training: 0.3, inference: 0.3 },
  patterns: [
    {
      re: /\bhow long\b|\bhow many (?:hours|days|minutes|weeks)\b|多久|多长时间|几天|多少天|几个小时|几小时|多少小时/u,
      weight: 1.5,
    },
  ],
  needs: (s) => s.amounts.some((a) => a.role === 'duration') && /h100|a100/.test(s.reading.text),
  // A time and a GPU in one question are a strong sign on their own.
  fit: () => 2.2,
  run: (ctx, s) => {
    const time = s.amounts.find((a) => a.role === 'duration');
    // The GPU the time was measured on is the one named first: "23 days on A100s … on H100s?".
    const first = /h100|a100/.exec(s.reading.text)?.[0];
    if (time === undefined || time.duration === undefined || (first !== 'a100' && first !== 'h100'))
      return undefined;
    if (time.value <= 0) return undefined;
    return convertDuration(ctx, first, time.value, time.duration, s.workload);
  },
  examples: {
    en: [
      'If a 16-bit training run takes 23 days on A100s, how many days would it take on H100s?',
      'my H100 job takes 10 hours, how long on A100s for inference?',
    ],
    zh: ['一个16位推理任务在A100上跑了14小时,换H100大概要多久?', 'H100上训练要12小时的活,用A100要多久?'],
  },
} as const satisfies Intent;
