import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { chartForAnswer } from '../../src/chart/chartForAnswer.js';
import type { ChartSpec } from '../../src/chart/chartSpec.js';
import {
  CHART_FONT_SUBSET_FILES,
  type ChartFont,
  chartFontFiles,
  loadChartFont,
} from '../../src/chart/fonts.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { LANGS } from '../../src/i18n/langs.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { formatCount } from '../../src/render/formatNumber.js';

// The fonts `npm run build` cut down to what charts can draw (npm test builds first), loaded alone:
// no fallback to the full font, so a missing character shows here.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const subsets: readonly ChartFont[] = [
  loadChartFont('regular', CHART_FONT_SUBSET_FILES.regular),
  loadChartFont('bold', CHART_FONT_SUBSET_FILES.bold),
];
const kb = loadKnowledge(join(ROOT, 'knowledge'));
const engine = createEngine(kb);

/**
 * The strings of `texts` some subset weight cannot draw, with the characters it lacks. Control
 * characters (line breaks in quotes, say) are never drawn: charts set text line by line. With
 * `full`, only characters the full font has count (the source also holds emoji for Discord).
 */
function uncovered(texts: Iterable<string>, full?: readonly ChartFont[]): string[] {
  const missing = new Set<string>();
  for (const raw of texts) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point.
    const text = raw.replace(/[\u0000-\u001f\u007f]/g, '');
    subsets.forEach((font, weight) => {
      const lacking = [...text].filter((c) => !font.covers(c) && (full?.[weight]?.covers(c) ?? true));
      if (lacking.length > 0) missing.add(`${text} [${lacking.join('')}]`);
    });
  }
  return [...missing];
}

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** Every string and template literal piece in a TypeScript file: titles, legends, message catalogs. */
function stringLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Everything a chart draws: its own strings and the value labels the renderer makes from numbers. */
function drawnStrings(spec: ChartSpec): string[] {
  const numbers = spec.bars.flatMap((bar) => [bar.value, bar.min, bar.max]).filter((n) => n !== undefined);
  return [
    spec.title,
    spec.subtitle ?? '',
    spec.highlightLabel ?? '',
    spec.summary ?? '',
    ...spec.caption,
    ...(spec.groups ?? []).map((group) => group.label),
    ...spec.bars.flatMap((bar) => [bar.label, bar.valueLabel ?? '']),
    ...numbers.map((n) => formatCount(n, spec.lang)),
  ];
}

describe('the chart font subset', () => {
  it('GIVEN the subset fonts THEN they cover far less than the full font but the basics', () => {
    for (const font of subsets)
      expect(font.covers('Total 432,000 H100s §02 “some say” 缺口 43.2万')).toBe(true);
    // The check can fail: the subset is a subset (this rare character is in no chart string).
    expect(subsets[0]?.covers('龘')).toBe(false);
  });

  it('GIVEN every string in the knowledge files THEN the subset draws each character', () => {
    const files = filesUnder(join(ROOT, 'knowledge'), '.json').filter((f) => !f.includes('/schema/'));
    const strings = files.flatMap((file) => jsonStrings(JSON.parse(readFileSync(file, 'utf8'))));
    expect(strings.length).toBeGreaterThan(500);
    expect(uncovered(strings)).toEqual([]);
  });

  it('GIVEN every string literal in the source (chart, render and message catalogs) THEN the subset draws it', () => {
    const strings = filesUnder(join(ROOT, 'src'), '.ts').flatMap(stringLiterals);
    expect(strings.length).toBeGreaterThan(1000);
    const files = chartFontFiles();
    const full = [loadChartFont('regular', files.regular), loadChartFont('bold', files.bold)];
    expect(uncovered(strings, full)).toEqual([]);
    // The full font lacks the emoji of Discord notices, so those are no test of the subset.
    expect(uncovered(['📜'])).not.toEqual([]);
  }, 60_000); // parses every source file and both full fonts: seconds on a busy machine

  it('GIVEN every chart the question set and the chart commands draw, in both languages THEN the subset draws all of it', () => {
    const questions = readFileSync(join(ROOT, 'tests/questions/questions.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => String((JSON.parse(line) as { q: string }).q));
    const names = kb.entities.map((entity) => entity.name.en);
    const commands = [
      ...[1, 999, 25_000, 30_000, 35_000, 1_234_567].map((price) => `/gap price:${price}`),
      '/gap meta:25k',
      '/holdings',
      ...names.flatMap((name) => [`/demand company:${name}`, `/demand company:${name} price:25000`]),
      ...names.map((name) => `/holdings company:${name}`),
    ];
    const specs = [...questions, ...commands].flatMap((question) => {
      const answer = engine.ask(question);
      return LANGS.flatMap((lang) => chartForAnswer(answer, kb, lang) ?? []);
    });
    expect(specs.length).toBeGreaterThan(50);
    expect(new Set(specs.map((spec) => spec.lang))).toEqual(new Set(LANGS));
    expect(uncovered(specs.flatMap(drawnStrings))).toEqual([]);
  });

  it('GIVEN a character the subset lacks WHEN the renderer’s font lays it out THEN the glyph comes from the full font', () => {
    const font = loadChartFont('regular');
    expect(font.covers('龘')).toBe(false);
    const [placed] = font.layout('龘').glyphs;
    expect(placed?.glyph.d).not.toBe('');
    // Full-font glyphs get upper-case ids, apart from the subset's.
    expect(placed?.glyph.id).toMatch(/^R\d+$/);
    expect(font.layout('缺').glyphs[0]?.glyph.id).toMatch(/^r\d+$/);
  });
});
