import { describe, expect, it } from 'vitest';
import { isCommandText, parseCommandText } from '../../src/engine/parseCommandText.js';
import type { UserInputErrorCode } from '../../src/errors/UserInputError.js';
import { UserInputError } from '../../src/errors/UserInputError.js';

/** Parses text that must be rejected and returns the UserInputError. */
function rejectionOf(text: string): UserInputError {
  try {
    parseCommandText(text);
  } catch (error) {
    if (error instanceof UserInputError) return error;
    throw error;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('isCommandText', () => {
  it.each(['/gap', '  /who-uses azure', '／gap price:30000'])(
    'GIVEN %j WHEN checked THEN it is a command',
    (text) => {
      expect(isCommandText(text)).toBe(true);
    },
  );

  it.each(['who uses azure?', 'gap / price', '按每张3万美元算'])(
    'GIVEN %j WHEN checked THEN it is a question',
    (text) => {
      expect(isCommandText(text)).toBe(false);
    },
  );
});

describe('parseCommandText', () => {
  it.each([
    ['/who-uses azure', { name: 'who-uses', args: { cloud: 'azure' } }],
    ['/who-uses cloud:aws', { name: 'who-uses', args: { cloud: 'aws' } }],
    ['/who-uses cloud: aws ', { name: 'who-uses', args: { cloud: 'aws' } }],
    ['/who-uses google cloud', { name: 'who-uses', args: { cloud: 'google cloud' } }],
    ['/cloud company:openai', { name: 'cloud', args: { company: 'openai' } }],
    ['/cloud anthropic', { name: 'cloud', args: { company: 'anthropic' } }],
    ['/gap', { name: 'gap', args: {} }],
    ['/gap price:30000', { name: 'gap', args: { price: 30_000 } }],
    ['/gap price:$30k', { name: 'gap', args: { price: 30_000 } }],
    ['/gap price:30,000', { name: 'gap', args: { price: 30_000 } }],
    ['/gap price:3万', { name: 'gap', args: { price: 30_000 } }],
    ['/gap 30000', { name: 'gap', args: { price: 30_000 } }],
    ['/gap price:30000 meta:25k', { name: 'gap', args: { price: 30_000, meta: '25k' } }],
    ['/gap meta:25K', { name: 'gap', args: { meta: '25k' } }],
    ['/demand company:meta price:30000', { name: 'demand', args: { company: 'meta', price: 30_000 } }],
    ['/demand', { name: 'demand', args: {} }],
    ['/holdings tesla', { name: 'holdings', args: { company: 'tesla' } }],
    ['/compare count:500 workload:training', { name: 'compare', args: { count: 500, workload: 'training' } }],
    ['/supply', { name: 'supply', args: {} }],
    ['/source', { name: 'source', args: {} }],
    ['/topics', { name: 'topics', args: {} }],
    ['/ask question:who uses azure', { name: 'ask', args: { question: 'who uses azure' } }],
    ['/ask OpenAI: which cloud?', { name: 'ask', args: { question: 'OpenAI: which cloud?' } }],
  ])('GIVEN %j WHEN parsed THEN the command and its typed options come out', (text, expected) => {
    expect(parseCommandText(text)).toEqual(expected);
  });

  it('GIVEN an empty option value WHEN parsed THEN the option counts as absent', () => {
    expect(parseCommandText('/gap price:')).toEqual({ name: 'gap', args: {} });
  });

  it.each([
    ['Chinese command and option names', '/缺口 价格:3万', { name: 'gap', args: { price: 30_000 } }],
    ['full-width slash and colon', '／gap price：30000', { name: 'gap', args: { price: 30_000 } }],
    ['upper case', '/GAP PRICE:30000', { name: 'gap', args: { price: 30_000 } }],
    ['"=" instead of ":"', '/gap price=30000', { name: 'gap', args: { price: 30_000 } }],
    ['a Chinese company option', '/用哪家云 公司:OpenAI', { name: 'cloud', args: { company: 'OpenAI' } }],
  ])('GIVEN %s WHEN parsed THEN it reads the same as the English form', (_label, text, expected) => {
    expect(parseCommandText(text)).toEqual(expected);
  });

  it.each([
    ['/foo', 'unknown-command', /no \/foo command/],
    ['/weather today', 'unknown-command', /no \/weather command/],
    ['/who-uses', 'missing-option', /needs a cloud/],
    ['/cloud', 'missing-option', /needs a company/],
    ['/gap price:abc', 'invalid-price', /"abc" is not one/],
    ['/gap price:30000 apples', 'invalid-price', /is not one/],
    ['/compare count:lots', 'invalid-count', /"lots" is not one/],
    ['/gap meta:50k', 'invalid-option', /100k, 25k/],
    ['/compare workload:gaming', 'invalid-option', /training, inference/],
    ['/supply now', 'unknown-option', /takes no options/],
    ['/gap colour:red', 'unknown-option', /no option "colour".*price:, meta:/],
  ] as [string, UserInputErrorCode, RegExp][])(
    'GIVEN %j WHEN parsed THEN it is rejected as %s with a message saying what to do',
    (text, code, message) => {
      const error = rejectionOf(text);

      expect(error.code).toBe(code);
      expect(error.text.en).toMatch(message);
      expect(error.text.zh).toMatch(/\p{Script=Han}/u);
    },
  );

  it('GIVEN an unknown command WHEN rejected THEN the message lists the real commands in both languages', () => {
    const error = rejectionOf('/foo');

    for (const name of [
      '/ask',
      '/who-uses',
      '/cloud',
      '/gap',
      '/demand',
      '/holdings',
      '/compare',
      '/supply',
    ]) {
      expect(error.text.en).toContain(name);
      expect(error.text.zh).toContain(name);
    }
  });

  it('GIVEN a negative price WHEN parsed THEN the sign is kept for the engine to reject', () => {
    expect(parseCommandText('/gap price:-5')).toEqual({ name: 'gap', args: { price: -5 } });
  });
});
