import type { Answer } from '../engine/answer.js';
import type { Lang } from '../engine/lang.js';
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

/**
 * Answer → PNG attachment, for the bot: undefined when the answer has no chart. Keeps one renderer
 * (and so one parsed font) for all the charts it draws.
 */
export function createAnswerCharts(
  kb: KnowledgeBase,
  renderer: ChartRenderer = createChartRenderer(),
): (answer: Answer, lang: Lang) => ChartFile | undefined {
  return (answer, lang) => {
    const spec = chartForAnswer(answer, kb, lang);
    if (spec === undefined) return undefined;
    return { name: `chart-${answer.kind}-${lang}.png`, data: renderer.png(spec), contentType: 'image/png' };
  };
}
