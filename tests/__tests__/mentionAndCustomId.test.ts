import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionQuestion } from '../../src/bot/mentionQuestion.js';
import { type ButtonState, decodeCustomId, encodeCustomId } from '../../src/discord/customId.js';
import { ATTACKS, liveMarkup } from '../support/inertChecks.js';

describe('mentionQuestion', () => {
  it('GIVEN the bot mentioned anywhere WHEN read THEN only its mentions are removed', () => {
    expect(mentionQuestion('<@123456789012345678> 谁用 AWS?', '123456789012345678')).toBe('谁用 AWS?');
    expect(mentionQuestion('who uses azure <@!123456789012345678>', '123456789012345678')).toBe(
      'who uses azure',
    );
    expect(mentionQuestion('<@999999999999999999> and <@123456789012345678> gap', '123456789012345678')).toBe(
      '<@999999999999999999> and gap',
    );
  });
});

describe('custom ids', () => {
  it('GIVEN a short query WHEN encoded and decoded THEN the state comes back, pipes in the query included', () => {
    const state = { action: 'lang', lang: 'zh-Hans', query: '/gap price:30000 | meta:25k' } as const;
    const id = encodeCustomId(state);
    expect(id).toBeDefined();
    expect(decodeCustomId(id ?? '')).toEqual(state);
  });

  it('GIVEN a query too long for 100 characters WHEN encoded THEN there is no id rather than a cut one', () => {
    expect(encodeCustomId({ action: 'quote', lang: 'en', query: 'x'.repeat(95) })).toBeUndefined();
    expect(encodeCustomId({ action: 'quote', lang: 'en', query: 'x'.repeat(92) })?.length).toBe(100);
  });

  it('GIVEN foreign or damaged ids WHEN decoded THEN they are refused', () => {
    for (const id of ['', 'h1', 'h1|x|en|q', 'h1|q|fr|q', 'h2|q|en|q', 'h1|q|en|  '])
      expect(decodeCustomId(id)).toBeUndefined();
  });

  it.each(Object.entries(ATTACKS))(
    'GIVEN the %s attack as a query WHEN encoded THEN the id carries it inert and the click gets the words back',
    (_name, attack) => {
      const state: ButtonState = { action: 'lang', lang: 'en', query: attack.slice(0, 40) };
      const id = encodeCustomId(state);
      expect(id).toBeDefined();
      expect(liveMarkup(id ?? '')).toEqual([]);
      expect(id).not.toMatch(/[\n\r]/);
      // One line, as the echo shows it; the engine reads line breaks as spaces anyway.
      expect(decodeCustomId(id ?? '')?.query).toBe(state.query.replace(/\s+/g, ' ').trim());
    },
  );

  it('GIVEN any one-line query WHEN it fits THEN its id is inert and decodes to the query exactly', () => {
    const markupHeavy = fc
      .array(
        fc.constantFrom(
          '[',
          ']',
          '(',
          ')',
          '<',
          '>',
          '@',
          '#',
          '*',
          '_',
          '~',
          '`',
          '|',
          '\\',
          ':',
          '/',
          'https',
          'everyone',
          '1.',
          ' ',
          'a',
          '谁',
        ),
        {
          maxLength: 30,
        },
      )
      .map((parts) => parts.join(''));
    const oneLine = fc
      .oneof(markupHeavy, fc.string({ maxLength: 60 }))
      .map((q) => q.replace(/[\s\p{Cc}\u2060]+/gu, ' ').trim());
    fc.assert(
      fc.property(
        oneLine,
        fc.constantFrom('quote', 'details', 'lang', 'up', 'down' as const),
        (query, action) => {
          const id = encodeCustomId({ action, lang: 'zh-Hant', query });
          if (id === undefined) return;
          expect(liveMarkup(id)).toEqual([]);
          if (query !== '') expect(decodeCustomId(id)).toEqual({ action, lang: 'zh-Hant', query });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('GIVEN an id written before queries were escaped WHEN decoded THEN it reads as it did', () => {
    expect(decodeCustomId('h1|l|zh|/cloud company:[Verify](https://evil.example) @everyone')?.query).toBe(
      '/cloud company:[Verify](https://evil.example) @everyone',
    );
  });
});
