import { convertDuration } from '../answers/convertDuration.js';
import type { Intent } from './intent.js';

/** A break between clauses: a time and a GPU on either side of it are not said of each other. */
const CLAUSE_BREAK = /[,，;；。?？!！]/u;

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
    if (time === undefined || time.duration === undefined || time.value <= 0) return undefined;
    // The GPU the time was measured on is the one named nearest it, in its own clause: "23 days on
    // A100s … on H100s?", "H100快3.5倍, 那原来A100推理要7秒的请求, H100大概几秒?".
    const text = s.reading.text;
    const nearest = s.reading.entities
      .filter((m) => m.start >= 0 && (m.entity.id === 'a100' || m.entity.id === 'h100'))
      .map((m) => {
        const before = m.start < time.start;
        const between = before
          ? text.slice(m.start + m.text.length, time.start)
          : text.slice(time.end, m.start);
        // (Ties go to the one before: "H100上训练要12小时的活, 用A100要多久".)
        return {
          id: m.entity.id,
          far: between.length + (CLAUSE_BREAK.test(between) ? 100 : 0) + (before ? 0 : 0.5),
        };
      })
      .sort((a, b) => a.far - b.far)[0]?.id;
    if (nearest !== 'a100' && nearest !== 'h100') return undefined;
    return convertDuration(ctx, nearest, time.value, time.duration, s.workload);
  },
  examples: {
    en: [
      'If a 16-bit training run takes 23 days on A100s, how many days would it take on H100s?',
      'my H100 job takes 10 hours, how long on A100s for inference?',
    ],
    zh: ['一个16位推理任务在A100上跑了14小时,换H100大概要多久?', 'H100上训练要12小时的活,用A100要多久?'],
  },
} as const satisfies Intent;
