import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';

const engine = createEngine(loadKnowledge(join(import.meta.dirname, '../../knowledge')));

/** What a reply says, apart from its wording: what was found, which facts, which numbers. */
const gist = (a: Answer) => ({
  kind: a.kind,
  found: a.found,
  verdict: a.verdict,
  facts: a.facts.map((f) => f.id),
  results: a.calculations.map((c) => c.result.value),
  parts: (a.parts ?? []).map((p) => p.kind),
});

const EN = [
  'which cloud does Anthropic use?',
  'how many H100s does Inflection want',
  'does Meta want more H100s than Inflection?',
  'what is the gap worth at $30k each?',
  'rank the companies by H100 demand',
  'how many H100s do 46,000 A100s equal for training?',
  'is Oracle one of the three big clouds?',
  'who uses AWS',
];
const ZH = [
  'Anthropic 用哪家云',
  'Meta 需要多少张 H100',
  'OpenAI 的需求是 Anthropic 的几倍',
  '缺口按每张3万美元算值多少',
  '谁有最多的 A100',
  '三大云巨头一共要多少张 H100',
  '特斯拉有 7000 张 H100 吗',
];
const EN_BEFORE = ['hey bot, ', 'please, ', 'quick q: ', 'ok so ', 'yo ', 'hi! ', 'sorry to bother, '];
const EN_AFTER = [' please', ' pls', ' thanks!', ' 🙏', ' lol', ''];
const ZH_BEFORE = ['请问', '请问一下，', '麻烦问一下，', '大佬们，', '各位好，'];
const ZH_AFTER = ['，谢谢', '？求解答', ' 🙏', '啊', ''];

describe('reading questions: properties', () => {
  it('GIVEN an answerable English question WHEN filler surrounds it THEN the answer is the same', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EN),
        fc.constantFrom(...EN_BEFORE),
        fc.constantFrom(...EN_AFTER),
        (q, before, after) => {
          expect(gist(engine.ask(`${before}${q}${after}`))).toEqual(gist(engine.ask(q)));
        },
      ),
    );
  });

  it('GIVEN an answerable Chinese question WHEN filler surrounds it THEN the answer is the same', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZH),
        fc.constantFrom(...ZH_BEFORE),
        fc.constantFrom(...ZH_AFTER),
        (q, before, after) => {
          expect(gist(engine.ask(`${before}${q}${after}`))).toEqual(gist(engine.ask(q)));
        },
      ),
    );
  });

  it('GIVEN a price in any format WHEN valuing the gap THEN it is $30,000 and the value $12.96B', () => {
    const prices = [
      '$30k',
      '30,000 dollars',
      '$30,000',
      '30 grand',
      'thirty thousand bucks',
      '30000 usd',
      '30k dollars',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...prices),
        fc.constantFrom(
          'what is the gap worth at {p} each?',
          'if h100s are {p} apiece, what are the 432k worth',
        ),
        (p, template) => {
          const answer = engine.ask(template.replace('{p}', p));
          expect(answer.price?.value).toBe(30_000);
          expect(answer.calculations.map((c) => c.result.value)).toContain(12_960_000_000);
        },
      ),
    );
  });

  it('GIVEN a price in any Chinese format WHEN valuing the gap THEN it is $30,000', () => {
    const prices = ['3万美元', '30000美元', '三万美元', '3万刀', '三万块', '$30k', '3w刀'];
    fc.assert(
      fc.property(fc.constantFrom(...prices), (p) => {
        const answer = engine.ask(`缺口按每张${p}算值多少`);
        expect(answer.price?.value).toBe(30_000);
        expect(answer.calculations.map((c) => c.result.value)).toContain(12_960_000_000);
      }),
    );
  });

  it('GIVEN a count in any format WHEN converting A100s to H100s for training THEN 23,000 A100s are 10,000 H100s', () => {
    const counts = ['23,000', '23k', '23000', 'twenty-three thousand', '23 thousand'];
    fc.assert(
      fc.property(fc.constantFrom(...counts), (n) => {
        const answer = engine.ask(`How many H100s do ${n} A100s equal for training?`);
        expect(answer.calculations.map((c) => c.result.value)).toEqual([10_000]);
      }),
    );
    expect(engine.ask('2.3万张A100训练相当于多少张H100').calculations.map((c) => c.result.value)).toEqual([
      10_000,
    ]);
  });
});
