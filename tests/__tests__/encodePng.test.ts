import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/chart/encodePng.js';
import { chartForAnswer, createChartRenderer } from '../../src/chart/index.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/cli/knowledgeDir.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';

const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
const engine = createEngine(kb);
const renderer = createChartRenderer();

describe('encodePng', () => {
  it.each([
    ['/gap', 'en'],
    ['/holdings', 'zh-Hans'],
    ['/holdings', 'zh-Hant'],
    ['/demand company:openai', 'en'],
  ] as const)(
    'GIVEN the %s chart (%s) THEN the PNG holds resvg’s exact pixels no more than a fifth larger than resvg’s own PNG',
    (question, lang) => {
      const spec = chartForAnswer(engine.ask(question), kb, lang);
      if (spec === undefined) throw new Error(`no chart for ${question}`);
      const image = new Resvg(renderer.svg(spec), {
        background: '#ffffff',
        font: { loadSystemFonts: false },
      }).render();

      const png = encodePng(image.pixels, image.width, image.height);
      const decoded = PNG.sync.read(png);

      expect([decoded.width, decoded.height]).toEqual([image.width, image.height]);
      expect(Buffer.compare(decoded.data, image.pixels)).toBe(0);
      const resvgSize = image.asPng().length;
      expect(png.length).toBeLessThanOrEqual(resvgSize * 1.2);
      expect(png.length).toBeGreaterThan(resvgSize * 0.5);
    },
  );

  it('GIVEN a tiny image THEN every pixel and the alpha channel survive', () => {
    const pixels = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40]);
    const decoded = PNG.sync.read(encodePng(pixels, 2, 2));
    expect([...decoded.data]).toEqual([...pixels]);
  });
});
