import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/chart/chartSpec.js';
import {
  CHART_WIDTH,
  type ChartRenderer,
  createChartRenderer,
  DEFAULT_BAR_COLOR,
  HIGHLIGHT_COLOR,
} from '../../src/chart/renderChart.js';

// ---- PNG helpers -------------------------------------------------------------------------------

interface Image {
  readonly width: number;
  readonly height: number;
  readonly data: Buffer;
}
interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const decode = (png: Buffer): Image => PNG.sync.read(png);

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function pixel(image: Image, x: number, y: number): [number, number, number] {
  const i = (y * image.width + x) * 4;
  return [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
}

const near = (a: readonly number[], b: readonly number[], tolerance: number) =>
  a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);

/** Pixels in the box (end-exclusive) that are not the white background. */
function ink(image: Image, box: Box): number {
  let count = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      if (!near(pixel(image, x, y), [255, 255, 255], 24)) count++;
    }
  }
  return count;
}

/** Pixels of (almost exactly) one colour. */
function count(image: Image, hex: string, box: Box = whole(image), tolerance = 2): number {
  const target = rgb(hex);
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) if (near(pixel(image, x, y), target, tolerance)) n++;
  }
  return n;
}

/**
 * Bounding box of the bars of one colour: only rows with a long run of that colour count, so
 * legend swatches (14 px) and text do not.
 */
function barsBox(image: Image, hex: string, tolerance = 2): Box {
  const target = rgb(hex);
  let [x0, y0, x1, y1] = [image.width, image.height, -1, -1];
  for (let y = 0; y < image.height; y++) {
    const xs: number[] = [];
    for (let x = 0; x < image.width; x++) if (near(pixel(image, x, y), target, tolerance)) xs.push(x);
    if (xs.length < 60) continue;
    x0 = Math.min(x0, xs[0] ?? x0);
    x1 = Math.max(x1, (xs.at(-1) ?? x1) + 1);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y + 1);
  }
  return { x0, y0, x1, y1 };
}

/** Pixels that differ between two images of the same size, and their bounding box. */
function difference(a: Image, b: Image): { pixels: number; box: Box } {
  let pixels = 0;
  let [x0, y0, x1, y1] = [a.width, a.height, -1, -1];
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      if (near(pixel(a, x, y), pixel(b, x, y), 24)) continue;
      pixels++;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x + 1);
      y1 = Math.max(y1, y + 1);
    }
  }
  return { pixels, box: { x0, y0, x1, y1 } };
}

const whole = (image: Image): Box => ({ x0: 0, y0: 0, x1: image.width, y1: image.height });

// ---- Fixtures ----------------------------------------------------------------------------------

/** No subtitle and no legend, so everything above the bars is the title. */
function demandFixture(lang: 'en' | 'zh-Hans'): ChartSpec {
  const zh = lang === 'zh-Hans';
  return {
    title: zh ? '各公司的 H100 需求' : 'H100 demand by company',
    lang,
    bars: [
      { label: zh ? '其他私有云' : 'Other private clouds', value: 100_000 },
      { label: 'Meta', value: 100_000, highlight: true },
      { label: zh ? '谷歌云' : 'Google Cloud', value: 30_000 },
      { label: zh ? '甲骨文' : 'Oracle', value: 30_000 },
      { label: zh ? '亚马逊云' : 'Amazon', value: 30_000 },
    ],
    summary: zh ? '合计：29万张 H100' : 'Total: 290,000 H100s',
    caption: [zh ? '来源：测试数据' : 'Source: test data'],
  };
}

function holdingsFixture(lang: 'en' | 'zh-Hans'): ChartSpec {
  const zh = lang === 'zh-Hans';
  return {
    title: zh ? '已有多少 GPU' : 'GPUs they have',
    subtitle: zh ? 'A100 与 H100 分开' : 'A100 and H100 kept apart',
    lang,
    groups: [
      { id: 'H100', label: 'H100', color: '#3b5bdb' },
      { id: 'A100', label: 'A100', color: '#0ca678' },
    ],
    highlightLabel: zh ? '所问：微软 Azure' : 'Asked about: Azure',
    bars: [
      { label: zh ? '微软云' : 'Azure', min: 10_000, max: 40_000, group: 'H100', highlight: true },
      { label: zh ? '谷歌云' : 'Google Cloud', value: 25_000, group: 'H100' },
      { label: 'Meta', value: 21_000, group: 'A100' },
      { label: zh ? '特斯拉' : 'Tesla', value: 7_000, group: 'A100' },
    ],
    caption: [zh ? '来源：测试数据' : 'Source: test data'],
  };
}

/**
 * The same chart with every category label blanked by ideographic spaces: as wide as Han
 * characters, so the layout stays put when the longest label is Han (the tests check that it does).
 */
function withBlankLabels(spec: ChartSpec): ChartSpec {
  return {
    ...spec,
    bars: spec.bars.map((bar) => ({ ...bar, label: '\u3000'.repeat([...bar.label].length) })),
  };
}

// ---- Tests -------------------------------------------------------------------------------------

describe('createChartRenderer', () => {
  let charts: ChartRenderer;
  beforeAll(() => {
    charts = createChartRenderer();
  });

  it.each(['en', 'zh-Hans'] as const)(
    'GIVEN a %s chart spec WHEN rendering THEN the PNG decodes at 1000 px wide and the announced height',
    (lang) => {
      const spec = demandFixture(lang);

      const image = decode(charts.png(spec));
      const size = charts.size(spec);

      expect(image.width).toBe(CHART_WIDTH);
      expect(image.width).toBe(1000);
      expect(image.height).toBe(size.height);
      expect(image.height).toBeGreaterThan(300);
      expect(image.height).toBeLessThan(1000);
      expect(charts.svg(spec)).toContain(`width="1000" height="${size.height}"`);
    },
  );

  it('GIVEN one more bar WHEN sizing THEN the chart grows by one row and stays 1000 px wide', () => {
    const spec = demandFixture('en');
    const longer = { ...spec, bars: [...spec.bars, { label: 'Extra', value: 1 }] };

    expect(charts.size(longer).width).toBe(1000);
    expect(charts.size(longer).height).toBe(charts.size(spec).height + 44);
  });

  it.each(['en', 'zh-Hans'] as const)(
    'GIVEN a %s chart WHEN rendered THEN the title region and the category-label column have ink',
    (lang) => {
      const image = decode(charts.png(demandFixture(lang)));
      const bars = barsBox(image, DEFAULT_BAR_COLOR);
      const labelColumn = { x0: 0, y0: bars.y0, x1: bars.x0 - 4, y1: bars.y1 };
      const titleRegion = { x0: 0, y0: 0, x1: image.width, y1: bars.y0 - 30 };

      expect(bars.x0).toBeGreaterThan(100);
      expect(ink(image, titleRegion)).toBeGreaterThan(800);
      expect(ink(image, labelColumn)).toBeGreaterThan(1500);
    },
  );

  it('GIVEN Chinese labels WHEN compared with the same chart with blank labels THEN the CJK glyphs are the only difference, in the label column', () => {
    const spec = demandFixture('zh-Hans');
    const image = decode(charts.png(spec));
    const blank = decode(charts.png(withBlankLabels(spec)));
    const bars = barsBox(image, DEFAULT_BAR_COLOR);

    const diff = difference(image, blank);

    expect(blank.height).toBe(image.height);
    expect(barsBox(blank, DEFAULT_BAR_COLOR)).toEqual(bars);
    expect(diff.pixels).toBeGreaterThan(1500);
    expect(diff.box.x1).toBeLessThanOrEqual(bars.x0);
    expect(diff.box.y0).toBeGreaterThanOrEqual(bars.y0 - 12);
    expect(diff.box.y1).toBeLessThanOrEqual(bars.y1 + 12);
    // Labels that are pure Han ('其他私有云', '谷歌云', '甲骨文', '亚马逊云') leave the rows blank without them.
    const firstRow = { x0: 0, y0: bars.y0, x1: bars.x0 - 4, y1: bars.y0 + 24 };
    expect(ink(image, firstRow)).toBeGreaterThan(200);
    expect(ink(blank, firstRow)).toBe(0);
  });

  it('GIVEN two different Han labels WHEN rendered THEN they draw different shapes (real glyphs, not missing-glyph boxes)', () => {
    const oneBar = (label: string): ChartSpec => ({
      title: '测试',
      lang: 'zh-Hans',
      bars: [{ label, value: 1 }],
      caption: [],
    });
    const a = decode(charts.png(oneBar('谷歌')));
    const b = decode(charts.png(oneBar('甲骨')));
    const bar = barsBox(a, DEFAULT_BAR_COLOR);

    const diff = difference(a, b);

    expect(ink(a, { x0: 0, y0: bar.y0 - 6, x1: bar.x0 - 4, y1: bar.y1 + 6 })).toBeGreaterThan(150);
    expect(diff.pixels).toBeGreaterThan(100);
    expect(diff.box.x1).toBeLessThanOrEqual(bar.x0);
  });

  it('GIVEN a variant bar (another estimate of a drawn figure) WHEN rendered THEN it is outlined and dashed, not filled like a line item', () => {
    const spec = demandFixture('en');
    const withVariant: ChartSpec = {
      ...spec,
      bars: [...spec.bars, { label: 'Meta (some say)', value: 100_000, variant: true }],
    };
    const svg = charts.svg(withVariant);
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);
    expect(charts.svg(spec)).not.toContain('stroke-dasharray');
  });

  it('GIVEN a highlighted bar WHEN rendered THEN the accent colour fills it, in both languages', () => {
    for (const lang of ['en', 'zh-Hans'] as const) {
      const image = decode(charts.png(demandFixture(lang)));
      // One 24 px bar as long as the longest: thousands of accent pixels.
      expect(count(image, HIGHLIGHT_COLOR)).toBeGreaterThan(5000);
    }
  });

  it('GIVEN groups, a range and a highlight WHEN rendered THEN groups have their colours, the highlight is outlined and the range is hatched', () => {
    const image = decode(charts.png(holdingsFixture('en')));

    expect(count(image, '#3b5bdb')).toBeGreaterThan(2000);
    expect(count(image, '#0ca678')).toBeGreaterThan(2000);
    // The outline (3 px) around the highlighted range bar.
    const outline = barsBox(image, HIGHLIGHT_COLOR, 10);
    expect(count(image, HIGHLIGHT_COLOR, whole(image), 10)).toBeGreaterThan(1000);
    // Along the middle of the range bar: solid to the low figure, then stripes (not solid, not blank).
    const middle = Math.round((outline.y0 + outline.y1) / 2);
    const x0 = outline.x0 + 6;
    const x1 = outline.x1 - 6;
    const low = x0 + (x1 - x0) / 4;
    const row = (from: number, to: number) => {
      let solid = 0;
      let blank = 0;
      for (let x = Math.round(from); x < Math.round(to); x++) {
        const p = pixel(image, x, middle);
        if (near(p, rgb('#3b5bdb'), 3)) solid++;
        if (near(p, [255, 255, 255], 3)) blank++;
      }
      return { solid, blank, all: Math.round(to) - Math.round(from) };
    };
    const solidPart = row(x0 + 2, low - 4);
    const hatchedPart = row(low + 6, x1 - 4);
    expect(solidPart.solid).toBe(solidPart.all);
    expect(hatchedPart.solid).toBeLessThan(hatchedPart.all * 0.8);
    expect(hatchedPart.blank).toBeLessThan(hatchedPart.all * 0.2);
  });

  it('GIVEN a grouped Chinese chart WHEN rendered THEN its title and label column have ink too', () => {
    const spec = holdingsFixture('zh-Hans');
    const image = decode(charts.png(spec));
    const blank = decode(charts.png(withBlankLabels(spec)));
    const h100 = barsBox(image, '#3b5bdb');

    expect(ink(image, { x0: 0, y0: 0, x1: image.width, y1: 60 })).toBeGreaterThan(800);
    expect(barsBox(blank, '#3b5bdb')).toEqual(h100);
    const diff = difference(image, blank);
    expect(diff.pixels).toBeGreaterThan(1000);
    expect(diff.box.x1).toBeLessThanOrEqual(h100.x0);
  });

  it('GIVEN markup characters in the text WHEN rendering THEN they are escaped and the chart still renders', () => {
    const spec: ChartSpec = {
      ...demandFixture('en'),
      title: 'A <b>&</b> "quoted" \'title\'',
      bars: [{ label: 'R&D <lab>', value: 5 }],
      caption: ['</svg><script>'],
    };

    const svg = charts.svg(spec);

    expect(svg).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;quoted&quot; &apos;title&apos;');
    expect(svg).toContain('R&amp;D &lt;lab&gt;');
    expect(svg).not.toContain('<script>');
    expect(decode(charts.png(spec)).width).toBe(1000);
  });

  it('GIVEN an invalid spec WHEN rendering THEN it is rejected', () => {
    const bad = { ...demandFixture('en'), bars: [{ label: 'x', min: 5, max: 1 }] };

    expect(() => charts.png(bad)).toThrow(/min must not exceed max/);
  });
});

describe('createChartRenderer with native text', () => {
  it('GIVEN no system fonts WHEN resvg draws the Chinese labels itself with the npm font THEN they have ink as in outline mode', () => {
    const spec = demandFixture('zh-Hans');
    const native = decode(createChartRenderer({ text: 'native' }).png(spec));
    const outline = decode(createChartRenderer().png(spec));
    const bars = barsBox(native, DEFAULT_BAR_COLOR);
    const labelColumn = { x0: 0, y0: bars.y0, x1: bars.x0 - 4, y1: bars.y1 };

    expect(native.height).toBe(outline.height);
    const nativeInk = ink(native, labelColumn);
    const outlineInk = ink(outline, labelColumn);
    expect(nativeInk).toBeGreaterThan(1500);
    expect(Math.abs(nativeInk - outlineInk) / outlineInk).toBeLessThan(0.2);
  });
});
