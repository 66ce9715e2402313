import { createLruCache } from '../cache/createLruCache.js';
import type { Answer } from '../engine/answer.js';
import type { ReplyLang } from '../i18n/langs.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { chartForAnswer } from './chartForAnswer.js';
import { type ChartRenderer, createChartRenderer } from './renderChart.js';

export { chartForAnswer } from './chartForAnswer.js';
export {
  type ChartBar,
  type ChartGroup,
  type ChartLang,
  type ChartSpec,
  chartBarSchema,
  chartGroupSchema,
  chartSpecSchema,
} from './chartSpec.js';
export {
  BACKGROUND_COLOR,
  CHART_WIDTH,
  type ChartRenderer,
  type ChartRendererOptions,
  type ChartTextMode,
  createChartRenderer,
  DEFAULT_BAR_COLOR,
  GROUP_PALETTE,
  HIGHLIGHT_COLOR,
  renderChartPng,
  renderChartSvg,
} from './renderChart.js';

/** A chart ready to attach to a message (the shape of the Discord layer's `ReplyFile`). */
export interface ChartFile {
  readonly name: string;
  readonly data: Buffer;
  readonly contentType: 'image/png';
}

/** How many rendered charts to keep. The article yields few distinct charts, so a small cache serves nearly all requests. */
const CACHE_SIZE = 64;

/**
 * Answer → PNG attachment, for the bot: undefined when the answer has no chart. Keeps one renderer
 * (and so one parsed font) for all the charts it draws, and the most recently used PNGs by spec:
 * a chart takes tens of milliseconds to draw and the same few are asked for again and again.
 */
export function createAnswerCharts(
  kb: KnowledgeBase,
  renderer: ChartRenderer = createChartRenderer(),
): (answer: Answer, lang: ReplyLang) => ChartFile | undefined {
  const cache = createLruCache<Buffer>(CACHE_SIZE);
  return (answer, lang) => {
    const spec = chartForAnswer(answer, kb, lang);
    if (spec === undefined) return undefined;
    const key = JSON.stringify(spec);
    let data = cache.get(key);
    if (data === undefined) {
      data = renderer.png(spec);
      cache.set(key, data);
    }
    return { name: `chart-${answer.kind}-${lang}.png`, data, contentType: 'image/png' };
  };
}
