import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chartForAnswer } from '../../src/chart/chartForAnswer.js';
import { type ChartSpec, chartSpecSchema } from '../../src/chart/chartSpec.js';
import type { Answer } from '../../src/engine/answer.js';
import { createEngine } from '../../src/engine/createEngine.js';
import type { ReplyLang } from '../../src/i18n/langs.js';
import { t } from '../../src/i18n/t.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { formatQuantity, formatUsd } from '../../src/render/formatNumber.js';

const kb = loadKnowledge(fileURLToPath(new URL('../../knowledge/', import.meta.url)));
const engine = createEngine(kb);

function chart(question: string, lang: ReplyLang = 'en'): ChartSpec {
  const spec = chartForAnswer(engine.ask(question), kb, lang);
  if (spec === undefined) throw new Error(`no chart for ${question}`);
  return spec;
}

/** The line items: the bars a total adds up, not another estimate of one of them. */
const items = (spec: ChartSpec) => spec.bars.filter((bar) => bar.variant !== true);
const sum = (spec: ChartSpec) => items(spec).reduce((total, bar) => total + (bar.value ?? 0), 0);
const highlighted = (spec: ChartSpec) => spec.bars.filter((bar) => bar.highlight).map((bar) => bar.label);
const name = (id: string, lang: 'en' | 'zh') => kb.entityById.get(id)?.name[lang] ?? id;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const demandLineItems = kb.facts.filter((f) => f.metric === 'h100-demand');
const holdingFacts = kb.facts.filter(
  (f) => f.section === '03' && ['a100-holdings', 'h100-holdings', 'training-gpus'].includes(f.metric ?? ''),
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
    expect(items(spec)).toHaveLength(demandLineItems.length);
    expect(
      items(spec)
        .map((bar) => bar.label)
        .sort(),
    ).toEqual(demandLineItems.map((f) => capitalised(name(f.subject ?? '', 'en'))).sort());
    expect(spec.bars.find((bar) => bar.label === 'Meta')?.value).toBe(100_000);
    expect(sum(spec)).toBe(432_000);
    // The value at the asked price, not only the count: the chart says what the text says.
    expect(spec.summary).toBe('Total: 432,000 H100s × $30,000 = $12.96B');
    expect(spec.caption.join(' ')).toContain('357,000 H100s, $10.71B');
    expect(highlighted(spec)).toEqual(['Meta']);
    // Meta's other figure is there too, as a variant outside the total.
    expect(spec.bars.filter((bar) => bar.variant)).toEqual([
      { label: 'Meta (main figure)', value: 25_000, valueLabel: '25,000', variant: true },
    ]);
    expect(spec.title).toBe(t('en', 'topic.demand'));
  });

  it('GIVEN /gap meta:25k WHEN charting THEN Meta is at 25,000 and the total is 357,000', () => {
    const spec = chart('/gap meta:25k');

    expect(items(spec)).toHaveLength(demandLineItems.length);
    expect(spec.bars.find((bar) => bar.label === 'Meta')?.value).toBe(25_000);
    expect(sum(spec)).toBe(357_000);
    expect(spec.summary).toContain('357,000');
    expect(spec.summary).not.toContain('432,000');
    expect(highlighted(spec)).toEqual(['Meta']);
  });

  it('GIVEN the gap in Chinese WHEN charting THEN labels, title, total and source are Chinese, with 万 figures', () => {
    const spec = chart('/gap', 'zh-Hans');

    expect(spec.lang).toBe('zh-Hans');
    expect(spec.title).toBe(t('zh-Hans', 'topic.demand'));
    expect(spec.bars.map((bar) => bar.label)).toEqual(
      expect.arrayContaining(['谷歌云', '甲骨文', '微软 Azure', '其他私有云']),
    );
    expect(spec.bars.find((bar) => bar.label === 'OpenAI')?.valueLabel).toBe('5万');
    expect(spec.summary).toContain('43.2万');
    expect(spec.caption.join('\n')).toContain('来源：GPU Utils');
  });

  it('GIVEN /demand company:openai WHEN charting THEN the same line items are shown with OpenAI highlighted', () => {
    const spec = chart('/demand company:openai');

    expect(items(spec)).toHaveLength(demandLineItems.length);
    expect(highlighted(spec)).toEqual(['OpenAI']);
    expect(spec.highlightLabel).toBe('Asked about: OpenAI');
    expect(sum(spec)).toBe(432_000);
  });

  it('GIVEN /demand company:meta WHEN charting THEN Meta is drawn at the 25,000 the text gives, with 100,000 as a variant', () => {
    const answer = engine.ask('/demand company:meta');
    const spec = chartForAnswer(answer, kb, 'en');
    if (spec === undefined) throw new Error('no chart');

    expect(answer.facts[0]?.quantity).toEqual({ value: 25_000 });
    expect(highlighted(spec)).toEqual(['Meta']);
    expect(spec.bars.find((bar) => bar.highlight)?.value).toBe(25_000);
    expect(spec.bars.find((bar) => bar.variant)).toMatchObject({ label: 'Meta (some say)', value: 100_000 });
    expect(sum(spec)).toBe(357_000);
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

    expect(spec === undefined ? [] : items(spec)).toHaveLength(demandLineItems.length);
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
    const spec = chart('/holdings', 'zh-Hans');

    expect(highlighted(spec)).toEqual([]);
    for (const fact of holdingFacts) {
      const q = fact.quantity;
      if (q === undefined) throw new Error(`${fact.id} has no quantity`);
      const bar = spec.bars.find(
        (b) =>
          b.valueLabel === formatQuantity(q, 'gpus', 'zh-Hans') &&
          b.label.includes(name(fact.subject ?? '', 'zh')),
      );
      expect(bar, fact.id).toBeDefined();
      expect(bar?.group).toBe(fact.gpu);
      if ('value' in q) expect(bar).toMatchObject({ value: q.value });
      else expect(bar).toMatchObject({ min: q.min, max: q.max });
    }
  });

  it('GIVEN a model’s holdings asked by its maker WHEN charting THEN the facts involving the maker are highlighted', () => {
    expect(highlighted(chart('/holdings company:openai'))).toEqual(['GPT-4 (training)']);
  });

  it('GIVEN what a model needs (GPT-5, per Musk) WHEN charting holdings THEN it is not drawn among what companies have', () => {
    const needs = kb.facts.filter((f) => f.metric === 'training-gpus-needed');
    expect(needs.length).toBeGreaterThan(0);
    expect(chart('/holdings').bars.some((bar) => bar.label.startsWith('GPT-5'))).toBe(false);
  });
});

describe('chartForAnswer: numbers and other kinds', () => {
  it.each(['/gap', '/gap meta:25k', '/demand company:openai', '/holdings company:azure', '/holdings'])(
    'GIVEN %s WHEN charting THEN every number shown is a fact’s figure or the total of the bars',
    (question) => {
      for (const lang of ['en', 'zh-Hans'] as const) {
        const spec = chart(question, lang);
        const totals = new Set([432_000, 357_000]);
        for (const bar of spec.bars) {
          for (const n of [bar.value, bar.min, bar.max])
            if (n !== undefined) expect(stated.has(n), `${n}`).toBe(true);
          for (const n of numbersIn(bar.valueLabel ?? ''))
            expect(stated.has(n), `${bar.valueLabel}`).toBe(true);
        }
        const sourceLine = spec.caption.at(-1) ?? '';
        // A total's value at the asked price is the total times that price: not a figure to check here.
        const values = [432_000, 357_000].map((n) => formatUsd(n * 35_000, lang));
        const words = [
          spec.summary ?? '',
          spec.highlightLabel ?? '',
          ...spec.caption.filter((c) => c !== sourceLine),
        ].map((w) => values.reduce((out, v) => out.replaceAll(v, ''), w));
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
    expect(chartForAnswer(answer, kb, 'zh-Hans')).toBeUndefined();
  });
});
