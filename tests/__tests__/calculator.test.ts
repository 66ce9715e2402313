import { describe, expect, it } from 'vitest';
import {
  a100Equivalents,
  assertCount,
  assertPrice,
  averageGpus,
  changePrice,
  convertTimeUnit,
  evaluateArithmetic,
  exchangeToYuan,
  gpusForBudget,
  MAX_GPU_COUNT,
  MAX_PRICE_USD,
  pricePerGpu,
  type Step,
  scaleThroughput,
  sumGpus,
  valueAtPrice,
} from '../../src/calculator/index.js';
import { UserInputError } from '../../src/errors/UserInputError.js';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { formatStep } from '../../src/render/formatStep.js';

/** Runs `fn` and returns the UserInputError it throws; fails the test if it throws nothing or something else. */
function userErrorOf(fn: () => unknown): UserInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserInputError) return error;
    throw error;
  }
  throw new Error('expected a UserInputError, but nothing was thrown');
}

// formatStep only looks entities up to name the addends of a sum; an empty knowledge base names none.
const noEntities = { entityById: new Map() } as unknown as KnowledgeBase;

/** §02's line items with Meta at the "some say" 100,000: the article's 432,000. */
const LINE_ITEMS = [
  { label: 'openai', gpus: 50_000 },
  { label: 'inflection', gpus: 22_000 },
  { label: 'meta', gpus: 100_000 },
  { label: 'azure', gpus: 30_000 },
  { label: 'google-cloud', gpus: 30_000 },
  { label: 'aws', gpus: 30_000 },
  { label: 'oracle', gpus: 30_000 },
  { label: 'other-private-clouds', gpus: 100_000 },
  { label: 'anthropic', gpus: 10_000 },
  { label: 'helsing', gpus: 10_000 },
  { label: 'mistral', gpus: 10_000 },
  { label: 'character-ai', gpus: 10_000 },
];

describe('sumGpus', () => {
  it('GIVEN the §02 line items with Meta at 100k WHEN summed THEN the result is 432,000 GPUs in one labelled sum step', () => {
    const calc = sumGpus(LINE_ITEMS);

    expect(calc.kind).toBe('sum');
    expect(calc.result).toEqual({ value: 432_000, unit: 'gpus' });
    expect(calc.steps).toHaveLength(1);
    const [step] = calc.steps as [Step];
    expect(step.op).toBe('sum');
    expect(step.operands).toHaveLength(LINE_ITEMS.length);
    expect(step.operands[0]).toEqual({ value: 50_000, unit: 'gpus', label: 'openai' });
    expect(step.operands.map((o) => o.label)).toEqual(LINE_ITEMS.map((i) => i.label));
    expect(step.result).toEqual(calc.result);
  });

  it('GIVEN Meta at its main 25k instead WHEN summed THEN the total is 357,000', () => {
    const items = LINE_ITEMS.map((i) => (i.label === 'meta' ? { ...i, gpus: 25_000 } : i));

    expect(sumGpus(items).result.value).toBe(357_000);
  });

  it('GIVEN a kind WHEN summing THEN the calculation carries it', () => {
    expect(sumGpus(LINE_ITEMS, 'gap-total').kind).toBe('gap-total');
  });

  it('GIVEN no items WHEN summed THEN the total is 0 and the step has no operands', () => {
    const calc = sumGpus([]);

    expect(calc.result.value).toBe(0);
    expect(calc.steps[0]?.operands).toEqual([]);
  });
});

describe('averageGpus', () => {
  it('GIVEN three counts summed WHEN averaged THEN the sum is divided by three, to one decimal, as one shown step', () => {
    const sum = sumGpus([
      { label: 'openai', gpus: 50_000 },
      { label: 'inflection', gpus: 22_000 },
      { label: 'anthropic', gpus: 10_000 },
    ]);
    const mean = averageGpus(sum);

    expect(mean.kind).toBe('average');
    expect(mean.result).toEqual({ value: 27_333.3, unit: 'gpus' });
    expect(mean.steps).toEqual([
      { op: 'divide', operands: [sum.result, { value: 3, unit: 'entities' }], result: mean.result },
    ]);
  });

  it('GIVEN a sum of nothing WHEN averaged THEN it is refused rather than divided by zero', () => {
    expect(() => averageGpus(sumGpus([]))).toThrow(RangeError);
  });
});

describe('changePrice', () => {
  it('GIVEN $35,000 cut by 20% WHEN changed THEN $28,000, worked as the cut and then the subtraction', () => {
    const calc = changePrice(35_000, -20);

    expect(calc.kind).toBe('price-change');
    expect(calc.result).toEqual({ value: 28_000, unit: 'usd-per-gpu' });
    expect(calc.steps.map((step) => formatStep(step, 'en', noEntities))).toEqual([
      '$35,000 × 20% = $7,000',
      '$35,000 − $7,000 = $28,000',
    ]);
  });

  it('GIVEN a rise of 10% WHEN changed THEN the price goes up by a tenth', () => {
    const calc = changePrice(35_000, 10);

    expect(calc.result.value).toBe(38_500);
    expect(calc.steps[1]?.op).toBe('sum');
  });

  it('GIVEN a cut of 100% WHEN changed THEN the price it leaves is rejected as a user error', () => {
    expect(userErrorOf(() => changePrice(35_000, -100)).code).toBe('invalid-price');
  });
});

describe('gpusForBudget', () => {
  it('GIVEN $100M at $35,000 WHEN divided THEN 2,857 whole GPUs, with the exact division as its step', () => {
    const calc = gpusForBudget(100_000_000, 35_000);

    expect(calc.kind).toBe('budget-gpus');
    expect(calc.result).toEqual({ value: 2_857, unit: 'gpus' });
    const [step] = calc.steps as [Step];
    // (The step is the division as it is; the result is the whole GPUs it buys.)
    expect(formatStep(step, 'en', noEntities)).toBe('$100M ÷ $35,000 = 2,857.1');
    expect(formatStep(step, 'zh-Hans', noEntities)).toBe('1亿美元 ÷ 3.5万美元 = 2857.14');
  });

  it('GIVEN a budget that divides exactly WHEN divided THEN nothing is lost to rounding', () => {
    expect(gpusForBudget(3_000_000_000, 30_000).result.value).toBe(100_000);
  });

  it.each([0, -5_000_000, Number.NaN, 1e14])(
    'GIVEN a budget of %s WHEN divided THEN a clear user error',
    (budget) => {
      expect(userErrorOf(() => gpusForBudget(budget, 35_000)).code).toBe('invalid-price');
    },
  );

  it('GIVEN a price out of range WHEN dividing a budget THEN the price check rejects it', () => {
    expect(userErrorOf(() => gpusForBudget(1e9, 0)).code).toBe('invalid-price');
  });
});

describe('convertTimeUnit', () => {
  it('GIVEN 2.5 days WHEN said in hours THEN 60 hours, multiplied by 24', () => {
    const calc = convertTimeUnit(2.5, 'days', 'hours');

    expect(calc.kind).toBe('time-unit');
    expect(calc.result).toEqual({ value: 60, unit: 'duration', label: 'hours' });
    expect(formatStep(calc.steps[0] as Step, 'en', noEntities)).toBe('2.5 × 24 = 60');
  });

  it('GIVEN 90 minutes WHEN said in hours THEN 1.5, divided by 60', () => {
    const calc = convertTimeUnit(90, 'minutes', 'hours');

    expect(calc.result.value).toBe(1.5);
    expect(calc.steps[0]?.op).toBe('divide');
  });

  it('GIVEN a time that is not positive WHEN converted THEN it is refused', () => {
    expect(() => convertTimeUnit(0, 'days', 'hours')).toThrow(RangeError);
  });
});

describe('scaleThroughput', () => {
  it('GIVEN 700 tokens a second on A100s WHEN moved to H100s at 3.5× THEN 2,450, multiplied', () => {
    const calc = scaleThroughput(700, 3.5, 'a100', 'perf.inference');

    expect(calc.kind).toBe('throughput');
    expect(calc.result.value).toBe(2_450);
    expect(calc.steps[0]?.op).toBe('multiply');
  });

  it('GIVEN a rate on H100s WHEN moved to A100s THEN it is divided by the speed-up', () => {
    expect(scaleThroughput(2_300, 2.3, 'h100').result.value).toBe(1_000);
  });

  it('GIVEN a rate that is not positive WHEN scaled THEN it is refused', () => {
    expect(() => scaleThroughput(-1, 3.5, 'a100')).toThrow(RangeError);
  });
});

describe('pricePerGpu', () => {
  it('GIVEN $2B paid for 50,000 GPUs WHEN divided THEN each costs $40,000, the division as its step', () => {
    const calc = pricePerGpu(2e9, 50_000);

    expect(calc.kind).toBe('unit-price');
    expect(calc.result).toEqual({ value: 40_000, unit: 'usd-per-gpu' });
    expect(calc.steps[0]?.op).toBe('divide');
    expect(calc.steps[0]?.operands.map((o) => o.value)).toEqual([2e9, 50_000]);
  });

  it('GIVEN a price that is not whole dollars WHEN divided THEN it is rounded to the dollar', () => {
    expect(pricePerGpu(15e9, 432_000).result.value).toBe(34_722);
  });

  it('GIVEN no GPUs or no money WHEN divided THEN it is refused', () => {
    expect(userErrorOf(() => pricePerGpu(1e6, 0)).code).toBe('invalid-count');
    expect(() => pricePerGpu(0, 10)).toThrow(RangeError);
  });
});

describe('valueAtPrice', () => {
  it('GIVEN 432,000 GPUs at $30,000 WHEN valued THEN the result is $12.96B with the multiplication as its step', () => {
    const calc = valueAtPrice(432_000, 30_000);

    expect(calc.kind).toBe('gap-value');
    expect(calc.result).toEqual({ value: 12_960_000_000, unit: 'usd' });
    expect(calc.steps).toEqual([
      {
        op: 'multiply',
        operands: [
          { value: 432_000, unit: 'gpus' },
          { value: 30_000, unit: 'usd-per-gpu' },
        ],
        result: { value: 12_960_000_000, unit: 'usd' },
      },
    ]);
  });

  it('GIVEN the step WHEN formatted THEN it reads "432,000 × $30,000 = $12.96B" in English and in 万/亿 in Chinese', () => {
    const [step] = valueAtPrice(432_000, 30_000).steps as [Step];

    expect(formatStep(step, 'en', noEntities)).toBe('432,000 × $30,000 = $12.96B');
    expect(formatStep(step, 'zh-Hans', noEntities)).toBe('43.2万 × 3万美元 = 129.6亿美元');
  });

  it('GIVEN the article price of $35,000 WHEN valuing 432,000 THEN the result is $15.12B', () => {
    expect(valueAtPrice(432_000, 35_000).result.value).toBe(15_120_000_000);
  });

  it('GIVEN one company’s demand WHEN valued as a demand cost THEN kind and label say whose GPUs they are', () => {
    const calc = valueAtPrice(50_000, 30_000, 'demand-cost', 'openai');

    expect(calc.kind).toBe('demand-cost');
    expect(calc.result.value).toBe(1_500_000_000);
    expect(calc.steps[0]?.operands[0]).toEqual({ value: 50_000, unit: 'gpus', label: 'openai' });
  });

  it.each([
    ['a zero price', 432_000, 0, 'invalid-price'],
    ['a negative price', 432_000, -30_000, 'invalid-price'],
    ['a NaN price', 432_000, Number.NaN, 'invalid-price'],
    ['a zero count', 0, 30_000, 'invalid-count'],
    ['a fractional count', 1.5, 30_000, 'invalid-count'],
    ['an infinite count', Number.POSITIVE_INFINITY, 30_000, 'invalid-count'],
  ] as const)('GIVEN %s WHEN valuing THEN a UserInputError %s is thrown', (_label, gpus, price, code) => {
    expect(userErrorOf(() => valueAtPrice(gpus, price)).code).toBe(code);
  });
});

describe('a100Equivalents', () => {
  it('GIVEN 1,000 H100s and the 2.3× training speed-up WHEN converted THEN they do the work of 2,300 A100s', () => {
    const calc = a100Equivalents(1_000, 2.3, 'performance.training-16bit');

    expect(calc.kind).toBe('a100-equivalents');
    expect(calc.result.unit).toBe('a100-equivalents');
    expect(calc.result.value).toBeCloseTo(2_300, 9);
    expect(calc.steps).toHaveLength(1);
    const [step] = calc.steps as [Step];
    expect(step.op).toBe('multiply');
    expect(step.operands).toEqual([
      { value: 1_000, unit: 'gpus', label: 'h100' },
      { value: 2.3, unit: 'times', label: 'performance.training-16bit' },
    ]);
  });

  it('GIVEN 10,000 H100s for inference (3.5×) WHEN converted THEN the step reads "1万 × 3.5倍 = 3.5万" in Chinese', () => {
    const calc = a100Equivalents(10_000, 3.5);

    expect(calc.result.value).toBe(35_000);
    expect(calc.steps[0]?.operands[1]).toEqual({ value: 3.5, unit: 'times' });
    expect(formatStep(calc.steps[0] as Step, 'zh-Hans', noEntities)).toBe('1万 × 3.5倍 = 3.5万');
    expect(formatStep(calc.steps[0] as Step, 'en', noEntities)).toBe('10,000 × 3.5× = 35,000');
  });

  it.each([0, -10, 2.5, Number.NaN, MAX_GPU_COUNT + 1])(
    'GIVEN a count of %s WHEN converted THEN the count is rejected as user input',
    (count) => {
      expect(userErrorOf(() => a100Equivalents(count, 2.3)).code).toBe('invalid-count');
    },
  );

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'GIVEN a speed-up of %s (a programming error, not user input) WHEN converted THEN a RangeError is thrown',
    (speedup) => {
      expect(() => a100Equivalents(100, speedup)).toThrow(RangeError);
    },
  );
});

describe('limits', () => {
  it.each([
    ['zero', 0],
    ['negative', -5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['too large', MAX_PRICE_USD + 1],
  ])(
    'GIVEN a %s price WHEN checked THEN an invalid-price UserInputError explains it in both languages',
    (_l, price) => {
      const error = userErrorOf(() => assertPrice(price));

      expect(error.code).toBe('invalid-price');
      expect(error.text.en).toMatch(/price/i);
      expect(error.text.zh).toContain('价格');
      expect(error.message).toBe(error.text.en);
    },
  );

  it.each([1, 0.5, 30_000, 35_000, MAX_PRICE_USD])(
    'GIVEN a price of %s WHEN checked THEN it is returned',
    (price) => {
      expect(assertPrice(price)).toBe(price);
    },
  );

  it.each([
    ['zero', 0],
    ['negative', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['too large', MAX_GPU_COUNT + 1],
    ['non-integer', 1.5],
    ['beyond safe integers', 2 ** 53],
  ])(
    'GIVEN a %s count WHEN checked THEN an invalid-count UserInputError explains it in both languages',
    (_l, count) => {
      const error = userErrorOf(() => assertCount(count));

      expect(error.code).toBe('invalid-count');
      expect(error.text.en).toMatch(/whole number/i);
      expect(error.text.zh).toContain('整数');
    },
  );

  it.each([1, 384, 432_000, MAX_GPU_COUNT])(
    'GIVEN a count of %s WHEN checked THEN it is returned',
    (count) => {
      expect(assertCount(count)).toBe(count);
    },
  );
});

describe('exchangeToYuan', () => {
  it('GIVEN $15.12B at 7.2 yuan to the dollar WHEN exchanged THEN ¥108.864B, the rate shown as its own operand', () => {
    const calc = exchangeToYuan(15_120_000_000, 7.2);

    expect(calc.kind).toBe('exchange');
    expect(calc.result).toEqual({ value: 108_864_000_000, unit: 'cny' });
    expect(calc.steps[0]?.operands).toEqual([
      { value: 15_120_000_000, unit: 'usd' },
      { value: 7.2, unit: 'cny-per-usd' },
    ]);
  });

  it('GIVEN a price per GPU WHEN exchanged THEN the result is a price per GPU too, rounded to the fen', () => {
    const calc = exchangeToYuan(35_000, 7.1234, true);

    expect(calc.result).toEqual({ value: 249_319, unit: 'cny-per-gpu' });
    expect(calc.steps[0]?.operands[0]?.unit).toBe('usd-per-gpu');
  });

  it('GIVEN the step WHEN formatted THEN it reads in dollars and yuan in both languages', () => {
    const [step] = exchangeToYuan(1_750_000_000, 7.2).steps as [Step];

    expect(formatStep(step, 'en', noEntities)).toBe('$1.75B × 7.2 = CN¥12.6B');
    expect(formatStep(step, 'zh-Hans', noEntities)).toBe('17.5亿美元 × 7.2 = 126亿元人民币');
  });

  it.each([0, -7, 1_000, Number.NaN])(
    'GIVEN a rate of %s WHEN exchanging THEN it is rejected as a user error',
    (rate) => {
      expect(() => exchangeToYuan(1_000, rate)).toThrow(UserInputError);
    },
  );
});

describe('evaluateArithmetic', () => {
  const gpus = (value: number) => ({ value, unit: 'gpus' as const });

  it('GIVEN a sum with products WHEN worked THEN it multiplies first and shows each step', () => {
    // 50k + 4 × 30k + 100k
    const calc = evaluateArithmetic([gpus(50_000), gpus(4), gpus(30_000), gpus(100_000)], ['+', '*', '+']);
    expect(calc.kind).toBe('arithmetic');
    expect(calc.result.value).toBe(270_000);
    expect(calc.steps.map((s) => s.op)).toEqual(['multiply', 'sum']);
    expect(calc.steps[1]?.operands.map((o) => o.value)).toEqual([50_000, 120_000, 100_000]);
  });

  it('GIVEN subtractions WHEN worked THEN they run left to right', () => {
    const calc = evaluateArithmetic([gpus(100_000), gpus(25_000), gpus(5_000)], ['-', '-']);
    expect(calc.result.value).toBe(70_000);
    expect(calc.steps.map((s) => s.op)).toEqual(['subtract', 'subtract']);
  });

  it('GIVEN a count divided by a factor WHEN worked THEN the result counts GPUs', () => {
    const calc = evaluateArithmetic([gpus(21_000), { value: 3.5, unit: 'times' }], ['/']);
    expect(calc.result).toEqual({ value: 6_000, unit: 'gpus' });
  });

  it('GIVEN a count times a price WHEN worked THEN the result is money', () => {
    const calc = evaluateArithmetic([gpus(432_000), { value: 35_000, unit: 'usd' }], ['*']);
    expect(calc.result).toEqual({ value: 15_120_000_000, unit: 'usd' });
  });

  it('GIVEN a division by zero or operators that do not fit WHEN worked THEN it throws', () => {
    expect(() => evaluateArithmetic([gpus(1), gpus(0)], ['/'])).toThrow(RangeError);
    expect(() => evaluateArithmetic([gpus(1), gpus(2)], [])).toThrow(RangeError);
  });
});
