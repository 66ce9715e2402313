import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// The chart font comes from the @expo-google-fonts/noto-sans-sc npm package, never from the
// system, so Chinese labels render the same on a bare server. It is parsed in-process with
// opentype.js for two reasons:
// - layout needs exact text widths (label column, wrapping, value labels), which SVG cannot report;
// - by default text is drawn as glyph outlines rather than left to resvg: resvg-js 2.6 re-reads the
//   font file for every glyph it draws (thx/resvg-js#367), ~0.5 ms per glyph with an 8 MB CJK font,
//   i.e. about half a second per chart, and reloads the font database (~40 ms) for every render.

const require = createRequire(import.meta.url);

// The subset of opentype.js used here. It is loaded through require because its package has no
// `exports` map: Node would pick the CommonJS build (default export only) while Vite picks the
// ES build (named exports only), and require gives the same object in both.
interface OtPath {
  toPathData(options: { decimalPlaces: number; flipY: boolean; optimize: boolean }): string;
  getBoundingBox(): { x1: number; x2: number };
}
interface OtGlyph {
  advanceWidth?: number;
  getPath(x: number, y: number, fontSize: number): OtPath;
}
interface OtFont {
  unitsPerEm: number;
  charToGlyphIndex(char: string): number;
  glyphs: { get(index: number): OtGlyph | undefined };
  getKerningValue(left: number, right: number): number;
}
interface OpenType {
  parse(buffer: ArrayBuffer, options: { lowMemory: boolean }): OtFont;
}

export type FontWeight = 'regular' | 'bold';

/** The family name inside the font files; what SVG `font-family` must say when resvg draws text. */
export const CHART_FONT_FAMILY = 'Noto Sans SC';

/** Noto Sans SC: Simplified Chinese plus Latin, so one family covers both chart languages. */
const FONT_MODULES: Readonly<Record<FontWeight, string>> = {
  regular: '@expo-google-fonts/noto-sans-sc/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/NotoSansSC_700Bold.ttf',
};

/** Absolute paths of the chart's font files inside node_modules. */
export function chartFontFiles(): Record<FontWeight, string> {
  return { regular: require.resolve(FONT_MODULES.regular), bold: require.resolve(FONT_MODULES.bold) };
}

/**
 * Where `npm run build` writes each weight cut down to the characters a chart can draw (a few
 * hundred KB instead of 8 MB, parsed in milliseconds and held in a few MB). Found from this file,
 * two folders below the project root in src/ and in the bundled dist/ alike.
 */
export const CHART_FONT_SUBSET_FILES: Readonly<Record<FontWeight, string>> = {
  regular: fileURLToPath(new URL('../../dist/fonts/NotoSansSC-Regular.subset.ttf', import.meta.url)),
  bold: fileURLToPath(new URL('../../dist/fonts/NotoSansSC-Bold.subset.ttf', import.meta.url)),
};

/** A glyph's outline in font units, y pointing down, origin on the baseline. */
export interface GlyphOutline {
  /** Unique across weights, usable as an SVG id. */
  readonly id: string;
  /** Empty for blank glyphs such as spaces. */
  readonly d: string;
  readonly advance: number;
  /** Horizontal extent of the ink, in font units from the glyph's origin (0 and 0 when blank). */
  readonly inkLeft: number;
  readonly inkRight: number;
}

export interface PlacedGlyph {
  readonly glyph: GlyphOutline;
  /** Pen position in font units from the start of the run. */
  readonly x: number;
}

/** Punctuation the font draws full-width although English sets it proportionally. */
const AMBIGUOUS_WIDTH = /^[‘’“”·§…×•]$/u;
/** Han, kana, CJK punctuation and full-width forms. */
const CJK = /^[\u2e80-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]$/u;

/** Glyph outlines are small, but a long-lived bot could meet thousands of distinct characters. */
const MAX_CACHED_GLYPHS = 6000;

/** One parsed font file: text layout (advances and pair kerning) and glyph outlines, both cached. */
export class ChartFont {
  readonly unitsPerEm: number;
  private readonly glyphCache = new Map<number, GlyphOutline>();
  private readonly kerningCache = new Map<number, number>();

  /**
   * @param fallback - the full font, for a character the subset lacks (a knowledge edit not yet
   *   built, say): slower to load, but the chart still reads right
   */
  constructor(
    private readonly font: OtFont,
    private readonly idPrefix: string,
    private readonly fallback?: () => ChartFont,
  ) {
    this.unitsPerEm = font.unitsPerEm;
  }

  /** True when this font itself (not its fallback) has a glyph for every character of `text`. */
  covers(text: string): boolean {
    return [...text].every((char) => this.font.charToGlyphIndex(char) !== 0);
  }

  /** The font that draws `char`, and its glyph index there. */
  private lookup(char: string): { font: ChartFont; index: number } {
    const index = this.font.charToGlyphIndex(char);
    if (index !== 0 || this.fallback === undefined) return { font: this, index };
    const fallback = this.fallback();
    return { font: fallback, index: fallback.font.charToGlyphIndex(char) };
  }

  private glyph(index: number): GlyphOutline {
    const cached = this.glyphCache.get(index);
    if (cached) return cached;
    const glyph = this.font.glyphs.get(index) ?? this.font.glyphs.get(0);
    // At a font size of unitsPerEm the path is in (integer) font units: rounding loses nothing.
    const path = glyph?.getPath(0, 0, this.unitsPerEm);
    const d = path?.toPathData({ decimalPlaces: 0, flipY: false, optimize: false }) ?? '';
    const box = d === '' ? undefined : path?.getBoundingBox();
    const outline: GlyphOutline = {
      id: `${this.idPrefix}${index}`,
      d,
      advance: glyph?.advanceWidth ?? 0,
      inkLeft: Number.isFinite(box?.x1) ? (box?.x1 ?? 0) : 0,
      inkRight: Number.isFinite(box?.x2) ? (box?.x2 ?? 0) : 0,
    };
    if (this.glyphCache.size >= MAX_CACHED_GLYPHS) this.glyphCache.clear();
    this.glyphCache.set(index, outline);
    return outline;
  }

  private kerning(left: number, right: number): number {
    const key = left * 65536 + right;
    let value = this.kerningCache.get(key);
    if (value === undefined) {
      value = this.font.getKerningValue(left, right) || 0;
      if (this.kerningCache.size >= MAX_CACHED_GLYPHS * 4) this.kerningCache.clear();
      this.kerningCache.set(key, value);
    }
    return value;
  }

  /**
   * Lays out one line of text with pair kerning; no line breaking and no complex shaping.
   *
   * A CJK font draws quotes, `·`, `§`, `…` and `×` full-width, which leaves holes in English
   * ("the article’ s"). Between non-CJK characters they are set proportionally instead: their
   * ink plus a little space on each side, as the font's `pwid` feature would.
   */
  layout(text: string): { glyphs: PlacedGlyph[]; advance: number } {
    const chars = [...text];
    const glyphs: PlacedGlyph[] = [];
    const sideBearing = this.unitsPerEm * 0.07;
    let x = 0;
    let previous = -1;
    let previousFont: ChartFont = this;
    chars.forEach((char, i) => {
      const { font, index } = this.lookup(char);
      if (previous >= 0 && font === previousFont) x += font.kerning(previous, index);
      const glyph = font.glyph(index);
      const narrow =
        AMBIGUOUS_WIDTH.test(char) &&
        !CJK.test(chars[i - 1] ?? '') &&
        !CJK.test(chars[i + 1] ?? '') &&
        glyph.inkRight > glyph.inkLeft;
      if (narrow) {
        glyphs.push({ glyph, x: x - glyph.inkLeft + sideBearing });
        x += glyph.inkRight - glyph.inkLeft + 2 * sideBearing;
      } else {
        glyphs.push({ glyph, x });
        x += glyph.advance;
      }
      previous = index;
      previousFont = font;
    });
    return { glyphs, advance: x };
  }

  /** Width of a single line of text in pixels at the given font size. */
  measure(text: string, size: number): number {
    return (this.layout(text).advance * size) / this.unitsPerEm;
  }
}

/**
 * Reads and parses one weight of the chart font: the build's subset when there is one (falling back
 * to the full font for any character it lacks), else the full font (~0.3 s and ~17 MB of heap per
 * weight). Not cached here: the caller keeps the result (see `createChartRenderer`).
 *
 * @param file - a font file to use alone, with no fallback
 */
export function loadChartFont(weight: FontWeight, file?: string): ChartFont {
  const prefix = weight === 'bold' ? 'b' : 'r';
  if (file !== undefined) return new ChartFont(parseFont(file), prefix);
  const full = chartFontFiles()[weight];
  const subset = CHART_FONT_SUBSET_FILES[weight];
  if (!existsSync(subset)) return new ChartFont(parseFont(full), prefix);
  let fallback: ChartFont | undefined;
  return new ChartFont(parseFont(subset), prefix, () => {
    fallback ??= new ChartFont(parseFont(full), prefix.toUpperCase());
    return fallback;
  });
}

function parseFont(file: string): OtFont {
  const opentype = require('opentype.js') as OpenType;
  const bytes = readFileSync(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // lowMemory parses glyphs on demand; a chart uses a few hundred of the font's glyphs.
  return opentype.parse(buffer, { lowMemory: true });
}
