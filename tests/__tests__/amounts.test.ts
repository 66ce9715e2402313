import { describe, expect, it } from 'vitest';
import { findNumbers, parseAmount } from '../../src/engine/amounts.js';
import { spellNumbers } from '../../src/engine/spellNumbers.js';

describe('parseAmount', () => {
  it.each([
    ['30000', 30_000],
    ['30,000', 30_000],
    [' 30,000 ', 30_000],
    ['$30k', 30_000],
    ['$30K', 30_000],
    ['30k', 30_000],
    ['us$30k', 30_000],
    ['USD 30000', 30_000],
    ['30000 USD', 30_000],
    ['30k dollars', 30_000],
    ['30000 美元', 30_000],
    ['3万美元', 30_000],
    ['3万', 30_000],
    ['３万', 30_000],
    ['3.5万', 35_000],
    ['2.5w', 25_000],
    ['1.2亿', 120_000_000],
    ['150亿', 15_000_000_000],
    ['$1.5M', 1_500_000],
    ['1.5 million', 1_500_000],
    ['$12.96B', 12_960_000_000],
    ['15 billion', 15_000_000_000],
    ['30,000.50', 30_000.5],
    ['384', 384],
  ])('GIVEN %j WHEN read as one amount THEN it is %d', (raw, value) => {
    expect(parseAmount(raw)).toBe(value);
  });

  it.each([
    ['-5', -5],
    ['-$30k', -30_000],
    ['-3万', -30_000],
  ])('GIVEN the negative %j WHEN read THEN the sign is kept, so limits can reject it', (raw, value) => {
    expect(parseAmount(raw)).toBe(value);
  });

  it.each([
    ['an empty string', ''],
    ['letters', 'abc'],
    ['a currency sign alone', '$'],
    ['a unit alone', '万'],
    ['two amounts', '30k 40k'],
    ['an amount followed by words', '30000 apples'],
    ['a GPU name', 'H100'],
    ['a model name', 'GPT-4'],
    ['a spec', '16-bit'],
    ['scientific notation', '1e309'],
    ['a number too large for a double', '9'.repeat(400)],
    ['a version-like string', '1.2.3'],
  ])('GIVEN %s WHEN read as one amount THEN it is undefined, never NaN or Infinity', (_label, raw) => {
    expect(parseAmount(raw)).toBeUndefined();
  });
});

describe('findNumbers', () => {
  it('GIVEN a question with a price WHEN read THEN the amount is flagged as currency with its position', () => {
    const text = 'what is the gap worth at $30k each?';
    const [mention, ...rest] = findNumbers(text);

    expect(rest).toEqual([]);
    expect(mention).toMatchObject({ value: 30_000, currency: true, gpus: false });
    expect(text.slice(mention?.start, mention?.end)).toBe('$30k');
  });

  it.each([
    ['按每张25万人民币算', 250_000],
    ['25万元一张', 250_000],
    ['¥250,000 each', 250_000],
    ['250k RMB a card', 250_000],
    ['每块25万块人民币', 250_000],
  ])('GIVEN %s WHEN read THEN it is a price in yuan', (text, value) => {
    expect(findNumbers(text)).toEqual([expect.objectContaining({ value, currency: true, yuan: true })]);
  });

  it.each([
    ['一张要27万港纸', 270_000, 'hkd'],
    ['HK$280,000 一张', 280_000, 'hkd'],
    ['270k HKD each', 270_000, 'hkd'],
    ['110万台币', 1_100_000, 'twd'],
    ['NT$1.1M each', 1_100_000, 'twd'],
  ] as const)('GIVEN %s WHEN read THEN it is money in that currency', (text, value, foreign) => {
    expect(findNumbers(text)).toEqual([expect.objectContaining({ value, currency: true, foreign })]);
  });

  it.each(['3万美元一张', '$30k each', '30 grand apiece', '3万块钱一张'])(
    'GIVEN %s WHEN read THEN it is in no other currency',
    (text) => {
      expect(findNumbers(text)[0]?.foreign).toBeUndefined();
    },
  );

  it.each(['3万美元一张', '$30k each', '30 grand apiece', '3万块钱一张'])(
    'GIVEN %s WHEN read THEN it is no price in yuan',
    (text) => {
      expect(findNumbers(text)[0]?.yuan).toBeUndefined();
    },
  );

  it.each(['40 grand', 'said like 40 grand', 'somewhere around 40 grand?'])(
    'GIVEN %s WHEN read THEN "grand" makes it dollars, with no other word for money',
    (text) => {
      expect(findNumbers(text)).toEqual([expect.objectContaining({ value: 40_000, currency: true })]);
    },
  );

  it('GIVEN a Chinese price WHEN read THEN 3万美元 is 30,000 dollars', () => {
    expect(findNumbers('按每张3万美元算，缺口价值多少？')).toEqual([
      expect.objectContaining({ value: 30_000, currency: true, gpus: false }),
    ]);
  });

  it.each([
    ['50,000 H100s', 50_000],
    ['5万张H100', 50_000],
    ['3500个H100', 3_500],
    ['384 GPUs', 384],
    ['1万块A100', 10_000],
  ])('GIVEN %j WHEN read THEN the amount counts GPUs, not dollars', (text, value) => {
    expect(findNumbers(text)).toEqual([expect.objectContaining({ value, gpus: true, currency: false })]);
  });

  it('GIVEN a count and a price in one question WHEN read THEN both are found, in order, each with its role', () => {
    const mentions = findNumbers('what would 50,000 H100s cost at 30000 dollars apiece');

    expect(mentions.map((m) => [m.value, m.gpus, m.currency])).toEqual([
      [50_000, true, false],
      [30_000, false, true],
    ]);
  });

  it('GIVEN a number right after a Chinese comma WHEN read THEN it is its own amount, not the tail of the one before', () => {
    expect(
      findNumbers('如果每张H100卖4万美元，43万张值多少钱').map((m) => [m.value, m.currency, m.gpus]),
    ).toEqual([
      [40_000, true, false],
      [430_000, false, true],
    ]);
    expect(findNumbers('at 30k,40k').map((m) => m.value)).toEqual([30_000, 40_000]);
    expect(findNumbers('1,234,567 and 30,000').map((m) => m.value)).toEqual([1_234_567, 30_000]);
  });

  it('GIVEN the Meta scenario written as 25k WHEN read THEN 25,000 is found', () => {
    expect(findNumbers('what is the total if meta only wants 25k?').map((m) => m.value)).toEqual([25_000]);
  });

  it('GIVEN digits that belong to names and specs WHEN read THEN none is an amount', () => {
    expect(
      findNumbers('Is the H100 or A100 better for GPT-4 and Falcon-40B at 16-bit on 5nm with FP8?'),
    ).toEqual([]);
  });

  it('GIVEN a negative price in free text WHEN read THEN the minus sign is kept', () => {
    expect(findNumbers('gap value at -$30k per GPU').map((m) => m.value)).toEqual([-30_000]);
    expect(findNumbers('按每张 -3万美元 算').map((m) => m.value)).toEqual([-30_000]);
  });

  it('GIVEN a hyphen between digits or after a letter WHEN read THEN it is not a minus sign', () => {
    // "10-40k" is a range: the low end takes the high end's scale.
    expect(findNumbers('between 10-40k').map((m) => m.value)).toEqual([10_000, 40_000]);
    expect(findNumbers('GPT-4 used 25k').map((m) => m.value)).toEqual([25_000]);
  });

  it('GIVEN a range of counts WHEN read THEN both ends are marked and share the GPU named after the high end', () => {
    const ends = (text: string) => findNumbers(text).map((m) => [m.value, m.range, m.model]);
    expect(ends('10k-25k A100s')).toEqual([
      [10_000, 'low', 'a100'],
      [25_000, 'high', 'a100'],
    ]);
    expect(ends('30-50k H100')).toEqual([
      [30_000, 'low', 'h100'],
      [50_000, 'high', 'h100'],
    ]);
    expect(ends('1万到2.5万张A100')).toEqual([
      [10_000, 'low', 'a100'],
      [25_000, 'high', 'a100'],
    ]);
    // Two amounts apart are not a range.
    expect(ends('50k and 25k')).toEqual([
      [50_000, undefined, undefined],
      [25_000, undefined, undefined],
    ]);
  });

  it.each([
    '',
    '   ',
    '$$$',
    '万亿千',
    'k m b w',
    '1e309 dollars',
    `${'9'.repeat(400)} 美元`,
    `$${'9'.repeat(320)}B`,
    '.....',
    ',,,,',
    '🤖🤖🤖 3️⃣ ½ Ⅻ',
    '\u0000\uffff',
  ])('GIVEN junk %j WHEN read THEN every number found is finite', (text) => {
    for (const mention of findNumbers(text)) {
      expect(Number.isFinite(mention.value)).toBe(true);
      expect(mention.start).toBeGreaterThanOrEqual(0);
      expect(mention.end).toBeGreaterThan(mention.start);
    }
  });
});

describe('spellNumbers', () => {
  it.each([
    ['forty grand a pop', '$40000 a pop'],
    ['thirty grand a card', '$30000 a card'],
    ['a hundred thousand', '100000'],
    ['a one billion dollar budget', '1000000000 dollar budget'],
    ['between ten thousand and twenty-five thousand a100s', 'between 10000 and 25000 a100s'],
    ['two thousand and five hundred', '2500'],
    ['an eight hundred k budget', '800000 budget'],
    ['three hundred and five', '305'],
    ['between ten and twenty five thousand a100s', 'between 10 and 25000 a100s'],
    ['ten and twenty', 'ten and twenty'],
    ['两万五一张', '25000一张'],
    ['3万一张', '3万一张'],
    ['1万5', '15000'],
    ['三点五万美元一张', '35000美元一张'],
    ['四十三点二万张', '432000张'],
    ['汇率按七点二', '汇率按7.2'],
    ['3 万 2 千镁', '32000镁'],
    ['三点五十分', '三点50分'],
    ['快成三倍半', '快成3.5倍'],
    ['要四十六个钟', '要46个钟'],
    ['要七个小时', '要7个小时'],
    ['租一个小时', '租一个小时'],
    ['两万五两个数', '25000两个数'],
  ])('GIVEN %j WHEN spelt as digits THEN it reads %j', (words, digits) => {
    expect(spellNumbers(words)).toBe(digits);
  });
});
