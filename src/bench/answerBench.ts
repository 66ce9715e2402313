import type { Engine } from '../engine/createEngine.js';
import { renderText } from '../render/renderText.js';
import { percentile } from './stats.js';

/**
 * Answers and renders every question `rounds` times in-process, after a warm-up, and returns the
 * per-question latencies in milliseconds.
 */
export function benchAnswers(engine: Engine, questions: readonly string[], rounds: number): number[] {
  for (let i = 0; i < 3; i++) for (const q of questions) renderText(engine.ask(q), engine.knowledge);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const start = performance.now();
      renderText(engine.ask(question), engine.knowledge);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

/** p50 and p99 of answer latencies. */
export function answerPercentiles(samples: readonly number[]): { p50: number; p99: number } {
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}
