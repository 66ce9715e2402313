import { describe, expect, it } from 'vitest';
import { askedIn, askingText, questionSentences } from '../../src/engine/questionSentences.js';

const parts = (text: string, clauses = false) =>
  questionSentences(text, clauses).map((r) => text.slice(r.start, r.end).trim());

describe('questionSentences', () => {
  it('GIVEN context before the question WHEN read THEN only the sentence that asks is kept', () => {
    expect(parts('we ship models every week. how many a100s does tesla have? lol')).toEqual([
      'how many a100s does tesla have?',
    ]);
  });

  it('GIVEN decimals and thousands WHEN read THEN a full stop or comma inside a number ends nothing', () => {
    expect(parts('私有云那10万减半,43.2万会变多少?')).toEqual(['私有云那10万减半,43.2万会变多少?']);
    expect(parts('how many h100s are 30,000 a100s for training?', true)).toEqual([
      'how many h100s are 30,000 a100s for training?',
    ]);
  });

  it('GIVEN clauses WHEN asked by clause THEN a comma ends a part and only the asking clause counts', () => {
    const text = '我们计划明年训一个模型，手上有 460 张 A100，相当于多少张 H100？';
    expect(parts(text, true)).toEqual(['相当于多少张 H100？']);
    expect(askedIn(text, '明年', true)).toBe(false);
    expect(askedIn(text, '明年')).toBe(true);
  });

  it('GIVEN a message that asks nowhere WHEN read THEN all of it counts', () => {
    expect(parts('tell me about the h100 shortage')).toEqual(['tell me about the h100 shortage']);
    expect(askingText('azure. aws. gcp')).toBe('azure. aws. gcp');
  });
});
