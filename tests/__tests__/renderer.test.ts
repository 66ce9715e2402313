import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import type { ReplyLang } from '../../src/i18n/langs.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { formatCount, formatQuantity, formatTimes, formatUsd } from '../../src/render/formatNumber.js';
import { presentAnswer } from '../../src/render/presentAnswer.js';
import { renderText } from '../../src/render/renderText.js';

const kb = loadKnowledge(fileURLToPath(new URL('../../knowledge/', import.meta.url)));
const engine = createEngine(kb);

/** Asks the engine and renders the answer as the CLI would. */
function ask(question: string, lang?: ReplyLang) {
  const answer = engine.ask(question);
  return { answer, text: renderText(answer, kb, lang) };
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/** Questions of every kind that the article answers, in both languages. */
const FOUND_QUESTIONS = [
  'who uses azure',
  '谁在用亚马逊云？',
  'Which cloud does Anthropic use?',
  'xAI 用哪家云？',
  'Does OpenAI use AWS?',
  'How many H100s does OpenAI want?',
  'Meta 需要多少张 H100？',
  'How big is the H100 shortage?',
  '按每张3万美元算，缺口价值多少？',
  '/gap price:30000',
  '/gap meta:25k',
  'What would OpenAI’s H100s cost at $30k each?',
  'How many A100s does Tesla have?',
  'CoreWeave 有多少块 H100？',
  'How much faster is the H100 than the A100?',
  '1万张H100做推理相当于多少张A100？',
  'Who makes the H100?',
  '训练时企业看重什么？',
  'Why is the H100 so scarce?',
  '字节跳动的需求算进去了吗？',
  '/source',
  '/topics',
];

describe('renderText: numbers in the reader’s language', () => {
  it('GIVEN a Chinese question WHEN answered THEN the text is Chinese with 万 counts', () => {
    const { answer, text } = ask('OpenAI 需要多少张 H100？');

    expect(answer.lang).toBe('zh');
    expect(text).toContain('5万');
    expect(text).not.toContain('50,000');
    expect(text).toContain('来源：');
    expect(text).toContain('原文：');
  });

  it('GIVEN the same question in English WHEN answered THEN the text is English with grouped digits', () => {
    const { answer, text } = ask('How many H100s does OpenAI want?');

    expect(answer.lang).toBe('en');
    expect(text).toContain('50,000');
    // The article is Chinese, so only the quotes may say 5万; the bot's own words may not.
    const [ownWords, quotes] = text.split('The article says:');
    expect(ownWords).not.toContain('5万');
    expect(quotes).toContain('5万');
    expect(text).toContain('Source:');
    expect(text).toContain('The article says:');
  });

  it('GIVEN a Chinese gap question at 3万美元 WHEN answered THEN the total and value read 43.2万 and 129.6亿美元', () => {
    const { answer, text } = ask('按每张3万美元算，缺口价值多少？');

    expect(answer.kind).toBe('gap');
    expect(text).toContain('43.2万 × 3万美元 = 129.6亿美元');
    expect(text).toContain('计算：');
    expect(text).not.toMatch(/\$12\.96B|432,000/);
  });

  it('GIVEN /gap price:30000 WHEN answered THEN the step reads 432,000 × $30,000 = $12.96B', () => {
    const { text } = ask('/gap price:30000');

    expect(text).toContain('432,000 × $30,000 = $12.96B');
    expect(text).toContain('Calculation:');
    expect(text).toContain('50,000 (OpenAI) + 22,000 (Inflection) + 100,000 (Meta)');
  });

  it('GIVEN an English answer WHEN rendered in Chinese THEN the numbers switch to 万/亿', () => {
    const answer = engine.ask('/gap price:30000');
    const zh = renderText(answer, kb, 'zh-Hans');

    expect(zh).toContain('129.6亿美元');
    expect(zh).toContain('43.2万');
    expect(zh).not.toContain('$12.96B');
  });

  it('GIVEN a speed-up question WHEN answered THEN multiples read 3.5× in English and 3.5倍 in Chinese', () => {
    expect(ask('How many A100s do 1,000 H100s match for inference?').text).toContain('1,000 × 3.5× = 3,500');
    expect(ask('1万张H100做推理相当于多少张A100？').text).toContain('1万 × 3.5倍 = 3.5万');
  });

  it('GIVEN a range WHEN answered THEN both ends are written in the reader’s form', () => {
    expect(ask('How many H100s does CoreWeave have?').text).toContain('35,000–40,000');
    expect(ask('GPT-4 用了多少张 A100 训练？').text).toContain('1万–2.5万');
  });

  it.each([
    [50_000, 'en', '50,000'],
    [50_000, 'zh-Hans', '5万'],
    [432_000, 'zh-Hans', '43.2万'],
    [7_000, 'zh-Hans', '7000'],
    [384, 'en', '384'],
  ] as const)('GIVEN the count %d WHEN formatted in %s THEN it reads %s', (n, lang, expected) => {
    expect(formatCount(n, lang)).toBe(expected);
  });

  it.each([
    [35_000, 'en', '$35,000'],
    [35_000, 'zh-Hans', '3.5万美元'],
    [12_960_000_000, 'en', '$12.96B'],
    [12_960_000_000, 'zh-Hans', '129.6亿美元'],
    [15_000_000_000, 'zh-Hans', '150亿美元'],
    [875_000_000, 'en', '$875M'],
  ] as const)('GIVEN $%d WHEN formatted in %s THEN it reads %s', (n, lang, expected) => {
    expect(formatUsd(n, lang)).toBe(expected);
  });

  it('GIVEN multiples and ranges WHEN formatted THEN they read 2.3× / 2.3倍 and 1万–4万', () => {
    expect(formatTimes(2.3, 'en')).toBe('2.3×');
    expect(formatTimes(2.3, 'zh-Hans')).toBe('2.3倍');
    expect(formatQuantity({ min: 10_000, max: 40_000 }, 'gpus', 'zh-Hans')).toBe('1万–4万');
    expect(formatQuantity({ min: 10_000, max: 40_000 }, 'gpus', 'en')).toBe('10,000–40,000');
  });
});

describe('renderText: every found answer shows where it comes from', () => {
  it.each(FOUND_QUESTIONS)(
    'GIVEN %j WHEN answered THEN the text names its sections and the source and quotes the article',
    (question) => {
      const { answer, text } = ask(question);
      const flat = oneLine(text);

      expect(answer.found).toBe(true);
      expect(text).toContain(kb.source.url);
      expect(text).toContain(kb.source.author);
      expect(text).toContain(kb.source.asOf[answer.lang]);
      for (const section of answer.sections) {
        const title = kb.source.sections.find((s) => s.id === section)?.title[answer.lang];
        expect(title, `section ${section}`).toBeDefined();
        expect(text).toContain(title);
      }
      for (const fact of answer.facts) expect(flat, fact.id).toContain(oneLine(fact.quote));
    },
  );

  it.each(FOUND_QUESTIONS.filter((q) => q !== '/topics'))(
    'GIVEN %j WHEN answered THEN it rests on at least one fact and cites a section',
    (question) => {
      const { answer } = ask(question);

      expect(answer.facts.length).toBeGreaterThan(0);
      expect(answer.sections.length).toBeGreaterThan(0);
    },
  );

  it('GIVEN a Chinese answer WHEN rendered THEN the quotes are labelled with the Chinese section titles', () => {
    const { text } = ask('Meta 需要多少张 H100？');

    expect(text).toContain('(02「要多少?」)');
    expect(text).toContain('经华尔街见闻');
  });

  it('GIVEN facts that share a passage WHEN rendered THEN the passage is quoted once, and a quote inside a longer one is not repeated', () => {
    const { answer, text } = ask('字节跳动的需求算进去了吗？');
    const shared = '还不包括像字节(TikTok)、百度、腾讯这样需要大量H800的中国公司';

    expect(answer.facts.filter((f) => f.quote === shared).length).toBeGreaterThan(1);
    expect(text.split(shared).length - 1).toBe(1);

    const needs = ask('Which companies need 1,000 or more GPUs?');
    const quotes = presentAnswer(needs.answer, 'en', kb).quotes.map((q) => oneLine(q.text));
    for (const [i, quote] of quotes.entries()) {
      expect(quotes.filter((other, j) => j !== i && other.includes(quote))).toEqual([]);
    }
  });

  it('GIVEN an answer with caveats WHEN rendered THEN they are listed under their heading', () => {
    const { answer, text } = ask('/gap');

    expect(answer.caveats.length).toBeGreaterThan(0);
    expect(text).toContain('Caveats:');
    for (const caveat of answer.caveats) expect(text).toContain(caveat.text.en);
  });

  it('GIVEN presentAnswer WHEN laying out a found answer THEN facts, steps, quotes and footer are filled', () => {
    const answer = engine.ask('/gap price:30000');
    const p = presentAnswer(answer, 'en', kb);

    expect(p.found).toBe(true);
    expect(p.isError).toBe(false);
    expect(p.summary).toContain('$12.96B');
    expect(p.steps).toContain('432,000 × $30,000 = $12.96B');
    expect(p.quotes.map((q) => q.text)).toEqual([...new Set(answer.facts.map((f) => f.quote))]);
    expect(p.footer).toContain(kb.source.url);
  });
});

describe('renderText: not found and errors', () => {
  it.each([
    ['Does Apple use Azure?', 'en', 'The article does not say'],
    ['How many H100s does Netflix want?', 'en', 'The article does not say'],
    ['苹果公司用哪家云？', 'zh', '文章没有提到'],
    ['华为需要多少张H100？', 'zh', '文章没有提到'],
  ] as const)(
    'GIVEN %j WHEN answered THEN it says the article does not say, and invents no number',
    (question, lang, says) => {
      const { answer, text } = ask(question);

      expect(answer.found).toBe(false);
      expect(answer.kind).toBe('not-found');
      expect(answer.lang).toBe(lang);
      expect(text).toContain(says);
      expect(answer.facts).toEqual([]);
      expect(answer.calculations).toEqual([]);
      expect(text).not.toMatch(/\d+(?:,\d{3})+|\d万|\$\d/);
    },
  );

  it('GIVEN a name the article lacks WHEN answered THEN the name is repeated back', () => {
    expect(ask('How many H100s does Netflix want?').text.toLowerCase()).toContain('netflix');
    expect(ask('苹果公司用哪家云？').text).toContain('苹果');
  });

  it('GIVEN a not-found answer WHEN laid out THEN it shows no facts or steps', () => {
    const answer = engine.ask('What about the RTX 4090?');
    const p = presentAnswer(answer, 'en', kb);

    expect(p.found).toBe(false);
    expect(p.isError).toBe(false);
    expect(p.facts).toEqual([]);
    expect(p.steps).toEqual([]);
  });

  it.each([
    ['/gap price:-5', 'invalid-price'],
    ['/gap price:0', 'invalid-price'],
    ['/gap price:abc', 'invalid-price'],
    ['/compare count:999999999999', 'invalid-count'],
    ['/foo', 'unknown-command'],
    ['/who-uses', 'missing-option'],
    ['？？？', 'empty-question'],
  ])(
    'GIVEN the invalid input %j WHEN answered THEN an error answer (%s) explains it, with no source footer',
    (question, code) => {
      const { answer, text } = ask(question);

      expect(answer.kind).toBe('error');
      expect(answer.found).toBe(false);
      expect(answer.error?.code).toBe(code);
      expect(text).toContain(answer.error?.text[answer.lang] ?? '<missing>');
      expect(text.startsWith(answer.lang === 'en' ? 'Check your input' : '请检查输入')).toBe(true);
      expect(text).not.toContain(kb.source.url);
      expect(presentAnswer(answer, answer.lang === 'en' ? 'en' : 'zh-Hans', kb).isError).toBe(true);
    },
  );

  it('GIVEN an error answer WHEN rendered in the other language THEN the message switches language too', () => {
    const answer = engine.ask('/gap price:0');

    expect(renderText(answer, kb, 'zh-Hans')).toContain('请检查输入');
    expect(renderText(answer, kb, 'zh-Hans')).toContain('价格');
    expect(renderText(answer, kb, 'en')).toContain('Check your input');
  });
});
