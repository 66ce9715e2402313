import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTL_LOCALES, LANGS } from '../../src/i18n/langs.js';
import { conjunctionList, groupedInteger, ungroupedInteger } from '../../src/render/icuFreeFormats.js';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const ungrouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false });
/** Integers of every size the fast path takes, and its edges. */
const integers = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.maxSafeInteger(),
  fc.constantFrom(0, 999, 1000, 999_999_999_999_999, -999_999_999_999_999),
);

describe('ICU-free formats', () => {
  it('GIVEN any integer below 10^15 THEN it is grouped and ungrouped exactly as Intl.NumberFormat writes it', () => {
    fc.assert(
      fc.property(integers, (n) => {
        fc.pre(Math.abs(n) < 1e15);
        expect(groupedInteger(n)).toBe(grouped.format(n));
        expect(ungroupedInteger(n)).toBe(ungrouped.format(n));
      }),
    );
  });

  it('GIVEN a fraction, -0, a huge number or NaN THEN the fast path declines and Intl decides', () => {
    for (const n of [0.5, -2.25, -0, 1e15, 1e21, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(groupedInteger(n)).toBeUndefined();
      expect(ungroupedInteger(n)).toBeUndefined();
    }
  });

  it('GIVEN any list of names in any reply language THEN it is joined exactly as Intl.ListFormat joins it', () => {
    const names = fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 7 });
    fc.assert(
      fc.property(names, fc.constantFrom(...LANGS), (items, lang) => {
        const reference = new Intl.ListFormat(INTL_LOCALES[lang], { type: 'conjunction' });
        expect(conjunctionList(items, lang)).toBe(reference.format(items));
      }),
    );
  });
});
