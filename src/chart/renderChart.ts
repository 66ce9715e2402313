import { createRequire } from 'node:module';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { t } from '../i18n/t.js';
import { formatCount } from '../render/formatNumber.js';
import { type ChartBar, type ChartSpec, chartSpecSchema } from './chartSpec.js';
import { createPngEncoder } from './encodePng.js';
import {
  CHART_FONT_FAMILY,
  type ChartFont,
  chartFontFiles,
  type FontWeight,
  loadChartFont,
} from './fonts.js';
import { escapeXml, wrapTextClamped } from './text.js';

const require = createRequire(import.meta.url);

/**
 * How long resvg's allocator keeps the pages of a freed pixmap before giving them back to the
 * system, in ms. resvg-js allocates with mimalloc, whose default (10 ms) returns each chart's 3-4 MB
 * pixmap between two charts, so the next one faults it all in again: about 1,700 page faults a
 * chart, which took two thirds of a chart's time on the shared virtual machines we measured on
 * (43 → 13 ms CPU a chart, the same PNGs). A second covers charts drawn one after another; an idle
 * process still gets the pages back (it held no more after 12 charts and 3 s idle than with the default).
 */
const RESVG_PURGE_DELAY_MS = '1000';

/**
 * resvg's native module (several MB resident) is loaded on the first chart, not when the bot
 * starts: most processes answer many questions before, if ever, drawing one. mimalloc reads its
 * options from the environment when the module loads, so the delay is set just before, unless the
 * operator set one.
 */
function loadResvg(): typeof import('@resvg/resvg-js') {
  process.env.MIMALLOC_PURGE_DELAY ??= RESVG_PURGE_DELAY_MS;
  return require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
}

/** Every chart is this many pixels wide; the height follows from the content (see {@link ChartRenderer}). */
export const CHART_WIDTH = 1000;
/** Page colour of every chart. */
export const BACKGROUND_COLOR = '#ffffff';
/** Fill of a highlighted bar (or its outline, in a chart whose colours mean groups). */
export const HIGHLIGHT_COLOR = '#e8590c';
/** Fill of a bar that is neither grouped nor highlighted. */
export const DEFAULT_BAR_COLOR = '#8ea4bf';
/** Colours of groups in order, unless a group names its own: blue and teal stay apart for colour-blind readers. */
export const GROUP_PALETTE = ['#3b5bdb', '#0ca678', '#ae3ec9', '#f08c00', '#1098ad', '#c2255c'] as const;

const INK = '#1f2328';
const MUTED = '#57606a';
const RULE = '#d0d7de';
const AXIS = '#9aa4ae';
const HIGHLIGHT_TEXT = '#c2410c';
const RANGE_KEY_COLOR = '#868e96';

const PAD_X = 40;
const PAD_TOP = 30;
const PAD_BOTTOM = 26;
const TITLE = { size: 28, line: 38, maxLines: 2 } as const;
const SUBTITLE = { size: 17, line: 24, maxLines: 3 } as const;
const LEGEND = { size: 15, line: 26, swatch: 14, gap: 26 } as const;
const LABEL = { size: 16, line: 19, maxLines: 2, minWidth: 90, maxWidth: 290 } as const;
const VALUE = { size: 15 } as const;
const SUMMARY = { size: 18, line: 26, maxLines: 2 } as const;
const CAPTION = { size: 14, line: 20, maxLines: 4 } as const;
const ROW_HEIGHT = 44;
const BAR_THICKNESS = 24;
const GROUP_GAP = 14;
const GUTTER = 12;

/** How text reaches the PNG. */
export type ChartTextMode = 'outline' | 'native';

export interface ChartRendererOptions {
  /**
   * - `outline` (default): text is laid out with the npm font and written into the SVG as glyph
   *   paths, so resvg needs no font at all (it still runs with `loadSystemFonts: false`). Fast.
   * - `native`: text stays `<text>` and resvg draws it with the npm font files
   *   (`font: { loadSystemFonts: false, fontFiles, defaultFontFamily }`). Same layout, but resvg-js
   *   2.6 rereads the 8 MB font per glyph, so a chart takes about half a second.
   */
  readonly text?: ChartTextMode;
}

export interface ChartRenderer {
  /** The chart as a standalone SVG document, {@link CHART_WIDTH} wide. */
  svg(spec: ChartSpec): string;
  /**
   * The chart as a PNG: {@link CHART_WIDTH} × (height of {@link ChartRenderer.size}) pixels.
   *
   * resvg-js 2.6 frees each render's native pixmap (~4 MB) only in a finalizer, which runs once the
   * event loop turns: a tight synchronous loop of renders (a benchmark) should `await` a
   * `setImmediate` now and then, or its memory grows by that much per chart until it does.
   */
  png(spec: ChartSpec): Buffer;
  /** Pixel size of the chart: always 1000 wide; ~300 px of title, legend and caption plus 44 px per bar. */
  size(spec: ChartSpec): { width: number; height: number };
  /** Reads and parses the fonts now rather than on the first chart (tens of ms for the build's subsets). */
  preload(): void;
}

interface Fonts {
  readonly regular: ChartFont;
  readonly bold: ChartFont;
}

interface TextRun {
  readonly text: string;
  /** Left end of the run. */
  readonly x: number;
  readonly baseline: number;
  readonly size: number;
  readonly weight: FontWeight;
  readonly fill: string;
}

interface Drawing {
  readonly width: number;
  readonly height: number;
  readonly defs: string[];
  readonly shapes: string[];
  readonly texts: TextRun[];
}

/**
 * Creates a chart renderer. The font files (the build's subsets, ~180 KB each; the full fonts,
 * 8 MB each, only without a build) are read on first use (or {@link ChartRenderer.preload}) and
 * kept in this renderer's closure, as is resvg once loaded, so keep one renderer for
 * the life of the process. After that, in CPU time measured on a busy shared machine, a 12-bar
 * chart is SVG ~2 ms, resvg parse and raster ~50 ms, PNG encoding ~7 ms (resvg's own encoder
 * took ~25 ms: see `encodePng`, which keeps its row buffer from chart to chart).
 *
 * Charts are {@link CHART_WIDTH} (1000) px wide and as tall as their content: title, subtitle,
 * legend, one 44 px row per bar, the summary and the caption (a 12-bar chart is about 800 px).
 *
 * @example
 * const charts = createChartRenderer();
 * writeFileSync('chart.png', charts.png(spec));
 */
export function createChartRenderer(options: ChartRendererOptions = {}): ChartRenderer {
  const mode = options.text ?? 'outline';
  let fonts: Fonts | undefined;
  const loadFonts = (): Fonts => {
    fonts ??= { regular: loadChartFont('regular'), bold: loadChartFont('bold') };
    return fonts;
  };
  const encodePng = createPngEncoder();
  // No `background`: the SVG's first shape is a page-sized rect of BACKGROUND_COLOR, and resvg
  // filling the page first would paint every pixel twice.
  const resvgOptions = (): ResvgRenderOptions => {
    if (mode === 'outline') return { font: { loadSystemFonts: false } };
    const files = chartFontFiles();
    return {
      font: {
        loadSystemFonts: false,
        fontFiles: [files.regular, files.bold],
        defaultFontFamily: CHART_FONT_FAMILY,
      },
    };
  };
  const svg = (spec: ChartSpec): string => {
    const loaded = loadFonts();
    const checked = chartSpecSchema.parse(spec);
    return toSvg(draw(checked, loaded), mode, checked.title, loaded);
  };
  return {
    svg,
    png: (spec) => {
      const { Resvg } = loadResvg();
      const image = new Resvg(svg(spec), resvgOptions()).render();
      return encodePng(image.pixels, image.width, image.height);
    },
    size: (spec) => {
      const { width, height } = draw(chartSpecSchema.parse(spec), loadFonts());
      return { width, height };
    },
    preload: () => {
      loadFonts();
    },
  };
}

/**
 * Renders a chart to PNG in one go. Parses the fonts every call: for more than one chart,
 * keep a {@link createChartRenderer} instead.
 */
export function renderChartPng(spec: ChartSpec): Buffer {
  return createChartRenderer().png(spec);
}

/** Renders a chart to a standalone SVG document in one go (see {@link renderChartPng}). */
export function renderChartSvg(spec: ChartSpec): string {
  return createChartRenderer().svg(spec);
}

// ---------------------------------------------------------------------------------------------
// Layout

function draw(spec: ChartSpec, fonts: Fonts): Drawing {
  const measure = (weight: FontWeight, size: number) => (text: string) => fonts[weight].measure(text, size);
  const defs: string[] = [];
  const shapes: string[] = [];
  const texts: TextRun[] = [];
  const contentWidth = CHART_WIDTH - 2 * PAD_X;
  const text = (run: TextRun) => {
    if (run.text.trim() !== '') texts.push(run);
  };
  /** Centres a line of text vertically in a box whose top is `top`. */
  const baselineIn = (top: number, lineHeight: number, size: number) => top + lineHeight / 2 + 0.36 * size;

  let y = PAD_TOP;

  // Title and subtitle.
  for (const line of wrapTextClamped(spec.title, contentWidth, TITLE.maxLines, measure('bold', TITLE.size))) {
    text({
      text: line,
      x: PAD_X,
      baseline: baselineIn(y, TITLE.line, TITLE.size),
      size: TITLE.size,
      weight: 'bold',
      fill: INK,
    });
    y += TITLE.line;
  }
  if (spec.subtitle) {
    y += 2;
    const lines = wrapTextClamped(
      spec.subtitle,
      contentWidth,
      SUBTITLE.maxLines,
      measure('regular', SUBTITLE.size),
    );
    for (const line of lines) {
      text({
        text: line,
        x: PAD_X,
        baseline: baselineIn(y, SUBTITLE.line, SUBTITLE.size),
        size: SUBTITLE.size,
        weight: 'regular',
        fill: MUTED,
      });
      y += SUBTITLE.line;
    }
  }

  // Colours: a group's own, else the palette's; ungrouped bars are neutral unless highlighted.
  const groupColor = new Map<string, string>();
  spec.groups?.forEach((group, i) => {
    groupColor.set(group.id, group.color ?? GROUP_PALETTE[i % GROUP_PALETTE.length] ?? DEFAULT_BAR_COLOR);
  });
  const grouped = groupColor.size > 0;
  const barColor = (bar: ChartBar) =>
    bar.group !== undefined
      ? (groupColor.get(bar.group) ?? DEFAULT_BAR_COLOR)
      : bar.highlight && !grouped
        ? HIGHLIGHT_COLOR
        : DEFAULT_BAR_COLOR;
  const hatches = new Map<string, string>();
  const hatchOf = (color: string): string => {
    let id = hatches.get(color);
    if (id === undefined) {
      id = `hatch${hatches.size}`;
      hatches.set(color, id);
      defs.push(
        `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">` +
          `<rect width="8" height="8" fill="${mix(color, '#ffffff', 0.72)}"/>` +
          `<rect width="3" height="8" fill="${mix(color, '#ffffff', 0.2)}"/></pattern>`,
      );
    }
    return id;
  };

  // Legend: groups, the range key, the highlight key; entries flow onto more lines as needed.
  const isRange = (bar: ChartBar) => bar.min !== undefined && bar.max !== undefined;
  const legend: { label: string; swatch: (x: number, top: number) => string }[] = [];
  const square = (x: number, top: number) => ({ x, y: top + (LEGEND.line - LEGEND.swatch) / 2 });
  for (const group of spec.groups ?? []) {
    const color = groupColor.get(group.id) ?? DEFAULT_BAR_COLOR;
    legend.push({
      label: group.label,
      swatch: (x, top) => rect(square(x, top), LEGEND.swatch, LEGEND.swatch, color),
    });
  }
  if (spec.bars.some((bar) => isRange(bar) && bar.value === undefined)) {
    const id = hatchOf(RANGE_KEY_COLOR);
    legend.push({
      label: t(spec.lang, 'chart.rangeLegend'),
      swatch: (x, top) => {
        const at = square(x, top);
        return (
          rect(at, LEGEND.swatch / 2, LEGEND.swatch, RANGE_KEY_COLOR) +
          rect({ x: at.x + LEGEND.swatch / 2, y: at.y }, LEGEND.swatch / 2, LEGEND.swatch, `url(#${id})`)
        );
      },
    });
  }
  if (spec.highlightLabel && spec.bars.some((bar) => bar.highlight)) {
    legend.push({
      label: spec.highlightLabel,
      swatch: (x, top) => {
        const at = square(x, top);
        return grouped
          ? `<rect x="${at.x + 1.25}" y="${at.y + 1.25}" width="${LEGEND.swatch - 2.5}" height="${LEGEND.swatch - 2.5}" fill="none" stroke="${HIGHLIGHT_COLOR}" stroke-width="2.5"/>`
          : rect(at, LEGEND.swatch, LEGEND.swatch, HIGHLIGHT_COLOR);
      },
    });
  }
  if (legend.length > 0) {
    y += 8;
    let x = PAD_X;
    const legendText = measure('regular', LEGEND.size);
    for (const entry of legend) {
      const label = truncate(entry.label, contentWidth - LEGEND.swatch - 8, legendText);
      const width = LEGEND.swatch + 8 + legendText(label);
      if (x > PAD_X && x + width > CHART_WIDTH - PAD_X) {
        x = PAD_X;
        y += LEGEND.line;
      }
      shapes.push(entry.swatch(x, y));
      text({
        text: label,
        x: x + LEGEND.swatch + 8,
        baseline: baselineIn(y, LEGEND.line, LEGEND.size),
        size: LEGEND.size,
        weight: 'regular',
        fill: INK,
      });
      x += width + LEGEND.gap;
    }
    y += LEGEND.line;
  }
  y += 14;

  // Plot: label column, bars, value labels. Highlighted text is bold, so it is measured bold.
  const labelWidth = (bar: ChartBar) => measure(bar.highlight ? 'bold' : 'regular', LABEL.size)(bar.label);
  const labelColumn = clamp(
    Math.ceil(Math.max(...spec.bars.map(labelWidth))),
    LABEL.minWidth,
    LABEL.maxWidth,
  );
  const valueLabels = spec.bars.map((bar) => bar.valueLabel ?? defaultValueLabel(bar, spec.lang));
  const valueColumn = Math.ceil(
    Math.max(
      ...spec.bars.map((bar, i) =>
        measure(bar.highlight ? 'bold' : 'regular', VALUE.size)(valueLabels[i] ?? ''),
      ),
    ),
  );
  const x0 = PAD_X + labelColumn + GUTTER;
  const plotWidth = CHART_WIDTH - PAD_X - valueColumn - 10 - x0;
  const top = Math.max(0, ...spec.bars.map((bar) => Math.max(bar.value ?? 0, bar.max ?? 0)));
  const length = (value: number) => (top > 0 ? (value / top) * plotWidth : 0);
  const plotTop = y;
  const outlines: string[] = [];

  spec.bars.forEach((bar, i) => {
    if (i > 0 && bar.group !== spec.bars[i - 1]?.group) y += GROUP_GAP;
    const middle = y + ROW_HEIGHT / 2;
    const barTop = middle - BAR_THICKNESS / 2;
    const color = barColor(bar);

    // Category label, right-aligned against the axis, one or two lines.
    const weight: FontWeight = bar.highlight ? 'bold' : 'regular';
    const labelMeasure = measure(weight, LABEL.size);
    const lines = wrapTextClamped(bar.label, labelColumn, LABEL.maxLines, labelMeasure);
    const linesTop = middle - (lines.length * LABEL.line) / 2;
    lines.forEach((line, j) => {
      text({
        text: line,
        x: x0 - GUTTER - labelMeasure(line),
        baseline: baselineIn(linesTop + j * LABEL.line, LABEL.line, LABEL.size),
        size: LABEL.size,
        weight,
        fill: bar.highlight ? HIGHLIGHT_TEXT : INK,
      });
    });

    // The bar: solid to the value (or to the low end of a range), hatched on to the high end.
    let end = 0;
    if (bar.value !== undefined) {
      end = visible(length(bar.value), bar.value);
      shapes.push(
        bar.variant === true
          ? // Another estimate of a figure drawn above: outlined, dashed, so it does not read as one more line item.
            `<rect x="${r(x0 + 0.75)}" y="${r(barTop + 0.75)}" width="${r(end - 1.5)}" height="${BAR_THICKNESS - 1.5}" fill="none" stroke="${color}" stroke-width="1.5" stroke-dasharray="5 3"/>`
          : rect({ x: x0, y: barTop }, end, BAR_THICKNESS, color),
      );
      if (bar.min !== undefined && bar.max !== undefined) {
        // A value with a range around it: an error bar.
        const from = x0 + length(bar.min);
        const to = x0 + length(bar.max);
        shapes.push(
          `<path d="M${r(from)} ${r(middle)}H${r(to)}M${r(from)} ${r(middle - 7)}V${r(middle + 7)}M${r(to)} ${r(middle - 7)}V${r(middle + 7)}" stroke="${INK}" stroke-width="1.5" fill="none"/>`,
        );
        end = Math.max(end, length(bar.max));
      }
    } else if (bar.min !== undefined && bar.max !== undefined) {
      const low = visible(length(bar.min), bar.min);
      const high = Math.max(low, length(bar.max));
      shapes.push(rect({ x: x0, y: barTop }, low, BAR_THICKNESS, color));
      if (high > low) {
        shapes.push(
          `<rect x="${r(x0 + low)}" y="${r(barTop + 0.75)}" width="${r(high - low - 0.75)}" height="${BAR_THICKNESS - 1.5}" fill="url(#${hatchOf(color)})" stroke="${color}" stroke-width="1.5"/>`,
        );
      }
      end = high;
    }
    if (bar.highlight && grouped) {
      outlines.push(
        `<rect x="${r(x0 - 3)}" y="${r(barTop - 3)}" width="${r(end + 6)}" height="${BAR_THICKNESS + 6}" rx="3" fill="none" stroke="${HIGHLIGHT_COLOR}" stroke-width="3"/>`,
      );
    }

    const valueLabel = valueLabels[i] ?? '';
    text({
      text: valueLabel,
      x: x0 + end + (bar.highlight && grouped ? 10 : 7),
      baseline: baselineIn(middle - ROW_HEIGHT / 2, ROW_HEIGHT, VALUE.size),
      size: VALUE.size,
      weight,
      fill: bar.highlight ? HIGHLIGHT_TEXT : INK,
    });
    y += ROW_HEIGHT;
  });
  shapes.push(...outlines);
  shapes.push(`<path d="M${r(x0 - 0.5)} ${r(plotTop - 4)}V${r(y + 4)}" stroke="${AXIS}" stroke-width="1"/>`);
  y += 18;

  // Summary and caption under a rule.
  if (spec.summary || spec.caption.length > 0) {
    shapes.push(`<path d="M${PAD_X} ${r(y)}H${CHART_WIDTH - PAD_X}" stroke="${RULE}" stroke-width="1"/>`);
    y += 10;
  }
  if (spec.summary) {
    for (const line of wrapTextClamped(
      spec.summary,
      contentWidth,
      SUMMARY.maxLines,
      measure('bold', SUMMARY.size),
    )) {
      text({
        text: line,
        x: PAD_X,
        baseline: baselineIn(y, SUMMARY.line, SUMMARY.size),
        size: SUMMARY.size,
        weight: 'bold',
        fill: INK,
      });
      y += SUMMARY.line;
    }
    y += 2;
  }
  for (const caption of spec.caption) {
    for (const line of wrapTextClamped(
      caption,
      contentWidth,
      CAPTION.maxLines,
      measure('regular', CAPTION.size),
    )) {
      text({
        text: line,
        x: PAD_X,
        baseline: baselineIn(y, CAPTION.line, CAPTION.size),
        size: CAPTION.size,
        weight: 'regular',
        fill: MUTED,
      });
      y += CAPTION.line;
    }
  }
  y += PAD_BOTTOM;

  return { width: CHART_WIDTH, height: Math.ceil(y), defs, shapes, texts };
}

// ---------------------------------------------------------------------------------------------
// Serialisation

function toSvg(drawing: Drawing, mode: ChartTextMode, title: string, fonts: Fonts): string {
  const { width, height } = drawing;
  const defs = [...drawing.defs];
  const body: string[] = [...drawing.shapes];
  if (mode === 'native') {
    for (const run of drawing.texts) {
      body.push(
        `<text x="${r(run.x)}" y="${r(run.baseline)}" font-family="${CHART_FONT_FAMILY}" font-size="${run.size}"${run.weight === 'bold' ? ' font-weight="700"' : ''} fill="${run.fill}" xml:space="preserve">${escapeXml(run.text)}</text>`,
      );
    }
  } else {
    const used = new Set<string>();
    for (const run of drawing.texts) {
      const font = fonts[run.weight];
      const { glyphs } = font.layout(run.text);
      const uses: string[] = [];
      for (const { glyph, x } of glyphs) {
        if (glyph.d === '') continue;
        if (!used.has(glyph.id)) {
          used.add(glyph.id);
          defs.push(`<path id="${glyph.id}" d="${glyph.d}"/>`);
        }
        uses.push(`<use xlink:href="#${glyph.id}" x="${x}"/>`);
      }
      const scale = run.size / font.unitsPerEm;
      // The text itself stays in the document (escaped) for screen readers and searches.
      body.push(
        `<g aria-label="${escapeXml(run.text)}" fill="${run.fill}" transform="translate(${r(run.x)} ${r(run.baseline)}) scale(${scale})">${uses.join('')}</g>`,
      );
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(title)}</title>` +
    `<defs>${defs.join('')}</defs>` +
    `<rect width="${width}" height="${height}" fill="${BACKGROUND_COLOR}"/>` +
    body.join('') +
    '</svg>'
  );
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** `10,000` / `1万`, or `10,000–40,000` / `1万–4万` for a range. */
function defaultValueLabel(bar: ChartBar, lang: ChartSpec['lang']): string {
  if (bar.value !== undefined) return formatCount(bar.value, lang);
  if (bar.min !== undefined && bar.max !== undefined) {
    return `${formatCount(bar.min, lang)}–${formatCount(bar.max, lang)}`;
  }
  return '';
}

/** A non-zero figure gets at least a sliver of bar, however small next to the largest. */
function visible(width: number, value: number): number {
  return value > 0 ? Math.max(width, 2) : 0;
}

function rect(at: { x: number; y: number }, width: number, height: number, fill: string): string {
  if (width <= 0 || height <= 0) return '';
  return `<rect x="${r(at.x)}" y="${r(at.y)}" width="${r(width)}" height="${r(height)}" fill="${fill}"/>`;
}

function truncate(text: string, maxWidth: number, measure: (text: string) => number): string {
  return wrapTextClamped(text, maxWidth, 1, measure)[0] ?? '';
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Coordinates to two decimals: enough for anti-aliasing, short in the SVG. */
function r(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Blends two #rgb/#rrggbb colours: `amount` 0 gives `a`, 1 gives `b`. */
function mix(a: string, b: string, amount: number): string {
  const rgb = (hex: string) => {
    const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
    return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
  };
  const [ca, cb] = [rgb(a), rgb(b)];
  return `#${ca
    .map((v, i) =>
      Math.round(v + ((cb[i] ?? v) - v) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
