import type { DurationUnit } from '../amounts.js';
import { convertDuration } from '../answers/convertDuration.js';
import type { Slots } from '../slots.js';
import { inTimeUnits, timeUnitsAsked } from '../timeInUnits.js';
import type { Intent } from './intent.js';
import { measuredOn } from './measuredOn.js';

/** "A job takes 23 days on A100s: how long on H100s?": the time scaled by the article's speed-up. */
export const durationIntent = {
  id: 'duration',
  cues: { compare: 0.5, training: 0.3, inference: 0.3 },
  patterns: [
    {
      re: /\bhow long\b|\bhow many (?:hours|days|minutes|weeks|seconds|secs)\b|多久|多长时间|几天|多少天|几个小时|几小时|多少小时|多少秒|几秒|多少分钟|几分钟/u,
      weight: 1.5,
    },
  ],
  needs: (s) => s.amounts.some((a) => a.role === 'duration') && /h100|a100/.test(s.reading.text),
  // A time and a GPU in one question are a strong sign on their own.
  fit: () => 2.2,
  run: (ctx, s) => {
    const time = s.amounts.find((a) => a.role === 'duration');
    if (time === undefined || time.duration === undefined || time.value <= 0) return undefined;
    const nearest = measuredOn(s, time);
    if (nearest === undefined) return undefined;
    // ("A100上16-bit訓練要69小時、16-bit推理要42小時, 換H100各要多久?": each time with its own workload.)
    const paired = eachWithItsWorkload(s);
    if (paired !== undefined) {
      const answers = paired.flatMap(({ value, unit, workload }) => {
        const one = convertDuration(ctx, nearest, value, unit, workload);
        return one === undefined ? [] : [one];
      });
      const [first, second] = answers;
      if (first === undefined || second === undefined) return first;
      return {
        ...first,
        facts: [...new Set([...first.facts, ...second.facts])],
        calculations: [...first.calculations, ...second.calculations],
      };
    }
    // ("…how long is that in hours?": the time in the units the question asks too.)
    return inTimeUnits(
      convertDuration(ctx, nearest, time.value, time.duration, s.workload),
      timeUnitsAsked(s.reading.text),
    );
  },
  examples: {
    en: [
      'If a 16-bit training run takes 23 days on A100s, how many days would it take on H100s?',
      'my H100 job takes 10 hours, how long on A100s for inference?',
    ],
    zh: ['一个16位推理任务在A100上跑了14小时,换H100大概要多久?', 'H100上训练要12小时的活,用A100要多久?'],
  },
} as const satisfies Intent;

/**
 * Two times said, each after its own workload ("訓練要69小時、推理要42小時"): the pairs, in order;
 * undefined unless there are exactly two times and each has a different workload nearest before it.
 */
function eachWithItsWorkload(
  s: Slots,
): { value: number; unit: DurationUnit; workload: 'training' | 'inference' }[] | undefined {
  const times = s.amounts.filter((a) => a.role === 'duration');
  if (times.length !== 2) return undefined;
  // (How far the nearest word of a workload stands from the time, before it or after: "訓練要69小時",
  // "46 hours to train".)
  const distance = (workload: 'training' | 'inference', t: { start: number; end: number }) =>
    Math.min(
      Number.POSITIVE_INFINITY,
      ...(s.reading.cueWords.get(workload) ?? []).flatMap((w) => {
        const before = s.reading.text.lastIndexOf(w, t.start);
        const after = s.reading.text.indexOf(w, t.end);
        // (A word before the time binds closer than one after it: "训练要46小时、推理要21小时".)
        return [before < 0 ? [] : [t.start - before], after < 0 ? [] : [3 * (after - t.end) + 1]].flat();
      }),
    );
  const pairs = times.map((t) => {
    const training = distance('training', t);
    const inference = distance('inference', t);
    const workload: 'training' | 'inference' | undefined =
      training === inference ? undefined : training < inference ? 'training' : 'inference';
    return { value: t.value, unit: t.duration, workload };
  });
  const [a, b] = pairs;
  if (a?.workload === undefined || b?.workload === undefined || a.workload === b.workload) return undefined;
  if (a.unit === undefined || b.unit === undefined) return undefined;
  return [
    { value: a.value, unit: a.unit, workload: a.workload },
    { value: b.value, unit: b.unit, workload: b.workload },
  ];
}
