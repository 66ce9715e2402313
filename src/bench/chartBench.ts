import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ChartSpec } from '../chart/chartSpec.js';
import type { ChartRenderer } from '../chart/renderChart.js';

/**
 * Milliseconds per PNG render for each spec, after one warm-up render each. Yields to the event
 * loop between renders because resvg-js frees each image only then; a tight loop would measure
 * memory pressure instead of drawing.
 */
export async function benchCharts(
  renderer: ChartRenderer,
  specs: readonly ChartSpec[],
  rounds: number,
): Promise<number[]> {
  for (const spec of specs) renderer.png(spec);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const spec of specs) {
      await nextTurn();
      const start = performance.now();
      renderer.png(spec);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}
