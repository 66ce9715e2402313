import { describe, expect, it } from 'vitest';
import { mentionQuestion } from '../../src/bot/mentionQuestion.js';
import { decodeCustomId, encodeCustomId } from '../../src/discord/customId.js';

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
});
