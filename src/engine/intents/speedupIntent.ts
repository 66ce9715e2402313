import { difference, ratio } from '../../calculator/compareAmounts.js';
import { buildAnswer } from '../answers/buildAnswer.js';
import { compare } from '../answers/compare.js';
import { quantityOf } from '../answers/factQueries.js';
import { notFound } from '../answers/notFound.js';
import type { Intent } from './intent.js';
import { countsToWork, namedWhereAsked, speedupNamed, topicScore } from './signals.js';

/** By how much or how many times, asked of the two speed-ups. */
const HOW_MUCH =
  /几倍|多少倍|相差|差多少|差几|\bhow many times\b|\bratio\b|\bdiff(?:erence)?\b|\bhow far apart\b|\bdivided by\b|\brelative to\b|\bhow much (?:bigger|larger|more)\b|\btimes (?:bigger|larger)\b/u;

/** A precision other than the article's 16-bit. */
const PRECISION = /\b(?:fp8|fp4|int8|int4|fp32|fp64|tf32|8-bit|8 bit|4-bit)\b/u;
/** A speed asked. */
const SPEED_ASKED =
  /\bspeed ?-?ups?\b|\bfaster\b|\bquicker\b|快多少|快几倍|快幾倍|提速|加速|几倍|幾倍|多少倍|算力|\bthroughput\b|\bflops\b/u;

const PRECISION_ALL = new RegExp(PRECISION.source, 'gu');

/** The user's words for a speed-up at another precision ("FP8 speedup", "FP8 下快多少"), if asked. */
function otherPrecision(text: string): string | undefined {
  const speed = SPEED_ASKED.exec(text);
  if (speed === null) return undefined;
  // (The precision nearest the speed word: "考虑上FP8训练, 想问下H100的FP8算力" echoes "FP8算力".)
  const all = [...text.matchAll(PRECISION_ALL)];
  const p = all.findLast((m) => m.index <= speed.index) ?? all[0];
  if (p === undefined) return undefined;
  const [from, to] = [
    Math.min(p.index, speed.index),
    Math.max(p.index + p[0].length, speed.index + speed[0].length),
  ];
  return to - from <= 40 ? text.slice(from, to) : p[0];
}

/** "How much faster is an H100 than an A100?", "16位推理快多少": the article's speed-ups. */
export const speedupIntent = {
  id: 'speedup',
  cues: {},
  patterns: [],
  needs: (s) =>
    namedWhereAsked(s).length === 0 &&
    ((s.gpus.some((g) => g.id === 'h100') && s.gpus.some((g) => g.id === 'a100')) ||
      // ("how much less is that than the 432k at the same price?": a count set against another, with no
      // speed or workload asked, is no speed-up.)
      (s.has('compare') &&
        (s.gpus.length > 0 || s.has('inference', 'training')) &&
        (s.counts.length === 0 || SPEED_ASKED.test(s.reading.text) || s.has('inference', 'training'))) ||
      (s.has('inference', 'training') && s.gpus.length > 0)),
  // Both GPUs or a speed word make it the speed-up question; a workload and a GPU alone, barely.
  // (A speed-up at a precision the article gives none for outranks the buying factors FP8 is among.)
  fit: (s) =>
    ((s.gpus.some((g) => g.id === 'h100') && s.gpus.some((g) => g.id === 'a100')) || s.has('compare')
      ? topicScore(7)
      : 1) +
    (otherPrecision(s.reading.text) === undefined ? 0 : 1.5) +
    // ("…why h100 matters more for serving. whats the inference speedup and training speedup": the
    // speed-up named where the message asks outranks the factors its context mentions.)
    // (Not over a count to convert or a factor put up to check: those have intents of their own.)
    (speedupNamed(s) && !s.yesNo && s.counts.length === 0 && !s.amounts.some((a) => a.role === 'ratio')
      ? 1.6
      : 0),
  run: (ctx, s) => {
    // "what's the FP8 speedup of H100 over A100?": the article's speed-ups are 16-bit ones only.
    const asked = otherPrecision(s.reading.text);
    if (asked !== undefined) return notFound(ctx, asked);
    // "推理提速和训练提速相差多少? 几倍?": the two factors set against each other.
    const both = s.has('inference') && s.has('training') && s.counts.length === 0;
    if (both && HOW_MUCH.test(s.reading.text)) {
      const [inference, training] = ['speedup-16bit-inference', 'speedup-16bit-training'].map((m) =>
        ctx.kb.facts.find((f) => f.metric === m),
      );
      const [a, b] = [inference, training].map((f) => (f === undefined ? undefined : quantityOf(f)));
      // (The reply words the larger as inference's, as the article has it: 3.5× against 2.3×.)
      if (inference !== undefined && training !== undefined && a !== undefined && b !== undefined && a >= b) {
        const [big, small] = [a, b];
        const factor = (value: number) => ({ value, unit: 'times' as const });
        return buildAnswer(ctx, {
          kind: 'comparison',
          found: true,
          topic: 'performance',
          facts: [inference, training],
          calculations: [difference(factor(big), factor(small)), ratio(factor(big), factor(small))],
        });
      }
    }
    return compare(ctx, s.workload, countsToWork(s)[0]?.value);
  },
  examples: {
    en: ['How much faster is an H100 than an A100?', 'inference speedup of H100 over A100'],
    zh: ['H100 比 A100 快多少', '16位推理快多少'],
  },
} as const satisfies Intent;
