import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chartForAnswer } from '../../src/chart/chartForAnswer.js';
import { type ChartSpec, chartSpecSchema } from '../../src/chart/chartSpec.js';
import type { Answer } from '../../src/engine/answer.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { formatQuantity } from '../../src/render/formatNumber.js';
import { TOPIC_TITLES } from '../../src/render/topicTitles.js';

const kb = loadKnowledge(fileURLToPath(new URL('../../knowledge/', import.meta.url)));
const engine = createEngine(kb);

function chart(question: string, lang: 'en' | 'zh' = 'en'): ChartSpec {
  const spec = chartForAnswer(engine.ask(question), kb, lang);
  if (spec === undefined) throw new Error(`no chart for ${question}`);
  return spec;
}

const sum = (spec: ChartSpec) => spec.bars.reduce((total, bar) => total + (bar.value ?? 0), 0);
const highlighted = (spec: ChartSpec) => spec.bars.filter((bar) => bar.highlight).map((bar) => bar.label);
const name = (id: string, lang: 'en' | 'zh') => kb.entityById.get(id)?.name[lang] ?? id;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const demandLineItems = kb.facts.filter((f) => f.metric === 'h100-demand');
const holdingFacts = kb.facts.filter(
  (f) =>
    f.section === '03' &&
    ['a100-holdings', 'h100-holdings', 'training-gpus', 'training-gpus-needed'].includes(f.metric ?? ''),
);

/** Every figure a fact states: values and both ends of ranges. */
const stated = new Set(
  kb.facts.flatMap((f: Fact) =>
    f.quantity === undefined
      ? []
      : 'value' in f.quantity
        ? [f.quantity.value]
        : [f.quantity.min, f.quantity.max],
  ),
);

/** Numbers written in a chart's text: 432,000 / 43.2万 / 3500; not the digits of names such as H100 or GPT-4. */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/(?<![\p{L}\d.,§-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(万)?/gu)].map(
    ([, digits = '', wan]) => Number(digits.replaceAll(',', '')) * (wan ? 10_000 : 1),
  );
}

describe('chartForAnswer: demand', () => {
  it('GIVEN /gap price:30000 WHEN charting THEN every §02 line item is a bar, Meta at 100,000, totalling the article’s 432,000', () => {
    const spec = chart('/gap price:30000');

    expect(chartSpecSchema.safeParse(spec).success).toBe(true);
    expect(spec.bars).toHaveLength(demandLineItems.length);
    expect(spec.bars.map((bar) => bar.label).sort()).toEqual(
      demandLineItems.map((f) => capitalised(name(f.subject ?? '', 'en'))).sort(),
    );
    expect(spec.bars.find((bar) => bar.label === 'Meta')?.value).toBe(100_000);
    expect(sum(spec)).toBe(432_000);
    expect(spec.summary).toContain('432,000');
    expect(highlighted(spec)).toEqual(['Meta']);
    expect(spec.title).toBe(TOPIC_TITLES.demand.en);
  });

  it('GIVEN /gap meta:25k WHEN charting THEN Meta is at 25,000 and the total is 357,000', () => {
    const spec = chart('/gap meta:25k');

    expect(spec.bars).toHaveLength(demandLineItems.length);
    expect(spec.bars.find((bar) => bar.label === 'Meta')?.value).toBe(25_000);
    expect(sum(spec)).toBe(357_000);
    expect(spec.summary).toContain('357,000');
    expect(spec.summary).not.toContain('432,000');
    expect(highlighted(spec)).toEqual(['Meta']);
  });

  it('GIVEN the gap in Chinese WHEN charting THEN labels, title, total and source are Chinese, with 万 figures', () => {
    const spec = chart('/gap', 'zh');

    expect(spec.lang).toBe('zh');
    expect(spec.title).toBe(TOPIC_TITLES.demand.zh);
    expect(spec.bars.map((bar) => bar.label)).toEqual(
      expect.arrayContaining(['谷歌云', '甲骨文', '微软 Azure', '其他私有云']),
    );
    expect(spec.bars.find((bar) => bar.label === 'OpenAI')?.valueLabel).toBe('5万');
    expect(spec.summary).toContain('43.2万');
    expect(spec.caption.join('\n')).toContain(kb.source.title.zh);
  });

  it('GIVEN /demand company:openai WHEN charting THEN the same line items are shown with OpenAI highlighted', () => {
    const spec = chart('/demand company:openai');

    expect(spec.bars).toHaveLength(demandLineItems.length);
    expect(highlighted(spec)).toEqual(['OpenAI']);
    expect(spec.highlightLabel).toBe('Asked about: OpenAI');
    expect(sum(spec)).toBe(432_000);
  });

  it('GIVEN a question about Meta’s demand WHEN charting THEN Meta is highlighted at the article’s 100,000', () => {
    const spec = chart('how many H100s does meta want?');

    expect(highlighted(spec)).toEqual(['Meta']);
    expect(spec.bars.find((bar) => bar.highlight)?.value).toBe(100_000);
  });

  it('GIVEN a company inside a group line item WHEN charting THEN the group’s bar is highlighted', () => {
    expect(highlighted(chart('/demand company:lambda'))).toEqual(['Other private clouds']);
  });

  it('GIVEN a cost answer WHEN charting THEN it gets the demand chart; a cost for a company §02 does not list gets none', () => {
    expect(highlighted(chart('/demand company:openai price:30000'))).toEqual(['OpenAI']);
    const tesla = engine.ask('what would 1000 H100s cost tesla');
    expect(tesla.kind).toBe('cost');
    expect(chartForAnswer(tesla, kb, 'en')).toBeUndefined();
  });

  it('GIVEN a topic answer about demand WHEN charting THEN it gets the demand chart', () => {
    const gapAnswer = engine.ask('/gap');
    const topicAnswer: Answer = { ...gapAnswer, kind: 'topic', topic: 'demand' };
    const { scenario: _, ...withoutScenario } = topicAnswer;

    const spec = chartForAnswer(withoutScenario, kb, 'en');

    expect(spec?.bars).toHaveLength(demandLineItems.length);
    expect(spec === undefined ? 0 : sum(spec)).toBe(432_000);
  });
});

describe('chartForAnswer: holdings', () => {
  it('GIVEN /holdings company:azure WHEN charting THEN H100 and A100 are separate groups, ranges stay min/max, Azure is highlighted', () => {
    const spec = chart('/holdings company:azure');

    expect(chartSpecSchema.safeParse(spec).success).toBe(true);
    expect(spec.groups?.map((g) => g.id)).toEqual(['H100', 'A100']);
    expect(new Set(spec.groups?.map((g) => g.color)).size).toBe(2);
    expect(spec.bars).toHaveLength(holdingFacts.length);
    // Each group's bars sit together: H100 first, then A100, never mixed.
    const order = spec.bars.map((bar) => bar.group);
    const firstA100 = order.indexOf('A100');
    expect(firstA100).toBeGreaterThan(0);
    expect(order.slice(0, firstA100).every((group) => group === 'H100')).toBe(true);
    expect(order.slice(firstA100).every((group) => group === 'A100')).toBe(true);
    expect(spec.bars.find((bar) => bar.label === 'Azure')).toMatchObject({
      min: 10_000,
      max: 40_000,
      group: 'H100',
      highlight: true,
      valueLabel: '10,000–40,000',
    });
    expect(spec.bars.find((bar) => bar.label === 'Azure')?.value).toBeUndefined();
    expect(spec.bars.find((bar) => bar.label === 'Meta')).toMatchObject({ value: 21_000, group: 'A100' });
    expect(spec.bars.find((bar) => bar.label.startsWith('GPT-4'))).toMatchObject({
      min: 10_000,
      max: 25_000,
      group: 'A100',
    });
    expect(highlighted(spec)).toEqual(['Azure']);
    // A100 and H100 are never added: no total.
    expect(spec.summary).toBeUndefined();
  });

  it('GIVEN every §03 figure WHEN charting THEN each bar is in the group of its fact’s GPU, with the fact’s own numbers', () => {
    const spec = chart('/holdings', 'zh');

    expect(highlighted(spec)).toEqual([]);
    for (const fact of holdingFacts) {
      const q = fact.quantity;
      if (q === undefined) throw new Error(`${fact.id} has no quantity`);
      const bar = spec.bars.find(
        (b) =>
          b.valueLabel === formatQuantity(q, 'gpus', 'zh') &&
          b.label.includes(name(fact.subject ?? '', 'zh')),
      );
      expect(bar, fact.id).toBeDefined();
      expect(bar?.group).toBe(fact.gpu);
      if ('value' in q) expect(bar).toMatchObject({ value: q.value });
      else expect(bar).toMatchObject({ min: q.min, max: q.max });
    }
  });

  it('GIVEN a model’s holdings asked by its maker WHEN charting THEN the facts involving the maker are highlighted', () => {
    expect(highlighted(chart('/holdings company:openai'))).toEqual([
      'GPT-5 (needs, per Elon Musk)',
      'GPT-4 (training)',
    ]);
  });
});

describe('chartForAnswer: numbers and other kinds', () => {
  it.each(['/gap', '/gap meta:25k', '/demand company:openai', '/holdings company:azure', '/holdings'])(
    'GIVEN %s WHEN charting THEN every number shown is a fact’s figure or the total of the bars',
    (question) => {
      for (const lang of ['en', 'zh'] as const) {
        const spec = chart(question, lang);
        const totals = new Set([432_000, 357_000]);
        for (const bar of spec.bars) {
          for (const n of [bar.value, bar.min, bar.max])
            if (n !== undefined) expect(stated.has(n), `${n}`).toBe(true);
          for (const n of numbersIn(bar.valueLabel ?? ''))
            expect(stated.has(n), `${bar.valueLabel}`).toBe(true);
        }
        const sourceLine = spec.caption.at(-1) ?? '';
        const words = [
          spec.summary ?? '',
          spec.highlightLabel ?? '',
          ...spec.caption.filter((c) => c !== sourceLine),
        ];
        for (const n of words.flatMap(numbersIn))
          expect(stated.has(n) || totals.has(n), `${n} in ${words.join(' | ')}`).toBe(true);
        if (question === '/gap') {
          // The check reads numbers at all: the gap chart states both totals and both Meta figures.
          expect(words.flatMap(numbersIn)).toEqual(
            expect.arrayContaining([432_000, 357_000, 100_000, 25_000]),
          );
        }
      }
    },
  );

  it.each([
    ['which cloud does anthropic use?', 'cloud-of'],
    ['/who-uses cloud:azure', 'cloud-users'],
    ['/compare', 'compare'],
    ['/source', 'topic'],
    ['/supply', 'topic'],
    ['/topics', 'help'],
    ['tell me about azure', 'overview'],
    ['/demand company:apple', 'not-found'],
    ['/gap price:-5', 'error'],
  ])('GIVEN %s (a %s answer) WHEN charting THEN there is no chart', (question, kind) => {
    const answer = engine.ask(question);

    expect(answer.kind).toBe(kind);
    expect(chartForAnswer(answer, kb, 'en')).toBeUndefined();
    expect(chartForAnswer(answer, kb, 'zh')).toBeUndefined();
  });
});
