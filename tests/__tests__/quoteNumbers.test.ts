import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkQuoteNumbers,
  extractQuoteNumbers,
  type LocatedFact,
  quoteNumbersOf,
  type StatedNumber,
} from '../../src/knowledge/checkQuoteNumbers.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { locateFacts } from '../../src/knowledge/locateFacts.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/knowledge/${name}/`, import.meta.url));

const amounts = (quote: string) =>
  extractQuoteNumbers(quote).map((n: StatedNumber) => ('value' in n ? n.value : [n.min, n.max]));

/** A fact as checkQuoteNumbers sees it, written inline for the edge cases. */
const located = (id: string, quote: string, quantity?: LocatedFact['fact']['quantity']): LocatedFact => ({
  file: 'facts/inline.json',
  fact: { id, quote, ...(quantity === undefined ? {} : { quantity }) },
});

describe('extractQuoteNumbers', () => {
  it.each([
    ['OpenAI可能需要5万张', [50_000]],
    ['Inflection要2.2万张', [22_000]],
    ['也有人说 Meta 想要10万张或更多', [100_000]],
    ['需求量就已经达到了约「43.2万张」H100', [432_000]],
    ['以每块约3.5万美元计算', [35_000]],
    ['GPU的价值约为「150亿美元」', [15_000_000_000]],
    ['Tesla约有7000张A100', [7_000]],
    ['Falcon-40B,在384个A100上进行训练', [384]],
    ['需要 1000 张以上的 H100 或 A100的公司', [1_000]],
    ['16-bit推理速度提高约3.5倍', [3.5]],
    ['16-bit训练速度提高约2.3倍', [2.3]],
    ['It costs $35,000 each', [35_000]],
    ['worth about 15 billion dollars', [15_000_000_000]],
  ])('GIVEN %j WHEN read THEN it states %j', (quote, expected) => {
    expect(amounts(quote)).toEqual(expected);
  });

  it.each([
    ['GPT-4可能在1w-2.5w张A100上进行的训练', [[10_000, 25_000]]],
    ['GPT-5可能需要3w-5w张H100', [[30_000, 50_000]]],
    ['Azure可能有1-4万块H100', [[10_000, 40_000]]],
    ['CoreWeavw有3.5-4万块H100', [[35_000, 40_000]]],
    ['10,000–25,000 A100s', [[10_000, 25_000]]],
  ])('GIVEN the range %j WHEN read THEN the first end borrows the second end’s unit', (quote, expected) => {
    expect(amounts(quote)).toEqual(expected);
  });

  it.each([
    ['GPU names', 'H100 比A100更受青睐'],
    ['model names', 'GPT-3.5等效模型 and Falcon-40B'],
    ['specs', '8-GPU HGX H100 SXM, 16-bit, FP8, 5nm英伟达GPU'],
    ['a list marker and a section number', '03「有多少?」大公司\n1、GPT'],
    ['a URL', 'https://gpus.llm-utils.org/nvidia-h100-gpus-supply-and-demand/#which-gpus-do-people-need'],
    ['a date', '2023-08-07'],
  ])('GIVEN %s WHEN read THEN no amount is found', (_label, quote) => {
    expect(extractQuoteNumbers(quote)).toEqual([]);
  });
});

describe('checkQuoteNumbers on the production knowledge', () => {
  const knowledge = loadKnowledge(KNOWLEDGE_DIR);
  const facts = locateFacts(KNOWLEDGE_DIR, knowledge.facts);

  it('GIVEN every fact WHEN checked THEN each number its quote states agrees with its structured value', () => {
    expect(checkQuoteNumbers(facts)).toEqual([]);
  });

  it('GIVEN every fact WHEN located THEN it is found in a facts/*.json file', () => {
    expect(facts.filter((f) => f.file === 'facts/?').map((f) => f.fact.id)).toEqual([]);
  });

  it('GIVEN every fact with a quantity WHEN its quote is read THEN the quote states that very quantity', () => {
    for (const { fact } of facts) {
      if (fact.quantity === undefined) continue;
      const stated = quoteNumbersOf(fact);
      expect(stated, fact.id).not.toEqual([]);
      for (const number of stated) {
        if ('value' in fact.quantity) expect(number, fact.id).toMatchObject({ value: fact.quantity.value });
        else expect(number, fact.id).toMatchObject({ min: fact.quantity.min, max: fact.quantity.max });
      }
    }
  });

  it.each([
    ['demand.openai', '5万', 50_000],
    ['demand.meta', '2.5万', 25_000],
    ['demand.meta-high', '10万', 100_000],
    ['demand.total', '43.2万', 432_000],
    ['price.h100', '3.5万', 35_000],
    ['gap.h100', '43万', 430_000],
    ['performance.inference-16bit', '3.5', 3.5],
    ['performance.training-16bit', '2.3', 2.3],
  ])('GIVEN %s WHEN its quote is read THEN it says %s, which is %d', (id, text, value) => {
    const fact = knowledge.factById.get(id);

    expect(fact?.quantity).toEqual({ value });
    expect(extractQuoteNumbers(fact?.quote ?? '')).toEqual([{ text, value }]);
  });

  it.each([
    ['holdings.gpt-4', '1w-2.5w', 10_000, 25_000],
    ['holdings.gpt-5', '3w-5w', 30_000, 50_000],
    ['holdings.azure', '1-4万', 10_000, 40_000],
    ['holdings.coreweave', '3.5-4万', 35_000, 40_000],
  ])(
    'GIVEN the range fact %s WHEN its quote is read THEN it says %s, which is %d to %d',
    (id, text, min, max) => {
      const fact = knowledge.factById.get(id);

      expect(fact?.quantity).toEqual({ min, max });
      expect(extractQuoteNumbers(fact?.quote ?? '')).toEqual([{ text, min, max }]);
    },
  );
});

describe('checkQuoteNumbers on mismatches', () => {
  it('GIVEN the number-mismatch fixture (5万 in the quote, 5000 in the fact) WHEN checked THEN the fact is named with both numbers', () => {
    const dir = fixture('number-mismatch');
    const knowledge = loadKnowledge(dir);

    expect(checkQuoteNumbers(locateFacts(dir, knowledge.facts))).toEqual([
      'facts/01-facts.json: demand.alpha: quote says 50000 but quantity is 5000',
    ]);
  });

  it('GIVEN the valid fixture WHEN checked THEN there is no problem', () => {
    const dir = fixture('valid');

    expect(checkQuoteNumbers(locateFacts(dir, loadKnowledge(dir).facts))).toEqual([]);
  });

  it('GIVEN a range whose end disagrees WHEN checked THEN the range is reported', () => {
    expect(
      checkQuoteNumbers([located('holdings.x', 'X可能有1-4万块H100', { min: 10_000, max: 50_000 })]),
    ).toEqual(['facts/inline.json: holdings.x: quote says 10000-40000 but quantity is 10000-50000']);
  });

  it('GIVEN a range quote for a single-number fact WHEN checked THEN it is a mismatch', () => {
    expect(checkQuoteNumbers([located('holdings.y', 'Y有3.5-4万块H100', { value: 40_000 })])).toEqual([
      'facts/inline.json: holdings.y: quote says 35000-40000 but quantity is 40000',
    ]);
  });

  it('GIVEN a multiple written as 3.5倍 for a 2.3 fact WHEN checked THEN it is a mismatch', () => {
    expect(checkQuoteNumbers([located('speed.z', '训练速度提高约3.5倍', { value: 2.3 })])).toEqual([
      'facts/inline.json: speed.z: quote says 3.5 but quantity is 2.3',
    ]);
  });

  it('GIVEN a quote with a number but a fact without a quantity WHEN checked THEN the stray number is reported', () => {
    expect(checkQuoteNumbers([located('no.quantity', 'Meta需要2.5万张')])).toEqual([
      'facts/inline.json: no.quantity: quote says 25000 but the fact has no quantity',
    ]);
  });

  it('GIVEN GPUs per server WHEN checked THEN the spec "8-GPU" states them, and another count disagrees', () => {
    const perServer = (quote: string, value: number): LocatedFact => ({
      file: 'facts/inline.json',
      fact: { id: 'spec.x', quote, quantity: { value }, unit: 'gpus-per-server' },
    });
    expect(checkQuoteNumbers([perServer('8-GPU HGX H100 SXM', 8)])).toEqual([]);
    expect(checkQuoteNumbers([perServer('8-GPU HGX H100 SXM', 4)])).toEqual([
      'facts/inline.json: spec.x: quote says 8 but quantity is 4',
    ]);
    expect(checkQuoteNumbers([perServer('HGX H100 SXM', 8)])).toEqual([
      'facts/inline.json: spec.x: quote states no number but quantity is 8',
    ]);
  });

  it('GIVEN a fact with a quantity but a quote without a number WHEN checked THEN the missing number is reported', () => {
    expect(checkQuoteNumbers([located('no.number', 'OpenAI (通过Azure)', { value: 50_000 })])).toEqual([
      'facts/inline.json: no.number: quote states no number but quantity is 50000',
    ]);
  });
});
