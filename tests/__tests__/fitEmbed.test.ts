import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, lengthOf, truncate } from '../../src/discord/discordLimits.js';
import { fitEmbed } from '../../src/discord/fitEmbed.js';

function total(embed: ReturnType<typeof fitEmbed>): number {
  return (
    lengthOf(embed.title ?? '') +
    lengthOf(embed.description ?? '') +
    lengthOf(embed.footer?.text ?? '') +
    (embed.fields ?? []).reduce((sum, f) => sum + lengthOf(f.name) + lengthOf(f.value), 0)
  );
}

describe('fitEmbed', () => {
  it('GIVEN an embed far over every limit WHEN fitted THEN each part and the total are inside Discord limits and the footer is whole', () => {
    const footer = 'Source: GPU Utils · as of mid-2023';
    const fitted = fitEmbed({
      title: '标'.repeat(400),
      description: 'd'.repeat(10_000),
      fields: Array.from({ length: 40 }, (_, i) => ({
        name: `field ${i} ${'n'.repeat(300)}`,
        value: 'v'.repeat(2000),
      })),
      footer: { text: footer },
    });
    expect(lengthOf(fitted.title ?? '')).toBe(DISCORD_LIMITS.title);
    expect(lengthOf(fitted.description ?? '')).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect((fitted.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    for (const field of fitted.fields ?? []) {
      expect(lengthOf(field.name)).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(lengthOf(field.value)).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
    expect(total(fitted)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(fitted.footer?.text).toBe(footer);
  });

  it('GIVEN an embed inside the limits WHEN fitted THEN it is unchanged', () => {
    const embed = {
      title: 't',
      description: 'd',
      fields: [{ name: 'n', value: 'v' }],
      footer: { text: 'f' },
    };
    expect(fitEmbed(embed)).toEqual(embed);
  });

  it('GIVEN text with astral characters WHEN truncated THEN it counts code points and never splits a surrogate pair', () => {
    const text = '😀'.repeat(10);
    const cut = truncate(text, 5);
    expect(lengthOf(cut)).toBe(5);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
    expect(truncate('short', 10)).toBe('short');
  });
});
