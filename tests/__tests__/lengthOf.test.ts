import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lengthOf } from '../../src/render/lengthOf.js';

describe('lengthOf', () => {
  it('counts an astral character (emoji, rare Han) once and a lone surrogate once', () => {
    expect(lengthOf('a🔎b')).toBe(3);
    expect(lengthOf('𠀀x')).toBe(2);
    expect(lengthOf('\ud83d')).toBe(1);
    expect(lengthOf('x\udc00\ud83d')).toBe(3);
    expect(lengthOf('')).toBe(0);
  });

  it('agrees with the string iterator on any UTF-16 text, paired or lone surrogates included', () => {
    const utf16 = fc
      .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff })), {
        maxLength: 40,
      })
      .map((units) => String.fromCharCode(...units));
    fc.assert(fc.property(utf16, (text) => lengthOf(text) === [...text].length));
  });
});
