import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/engine/editDistance.js';

describe('editDistance', () => {
  it('GIVEN known pairs WHEN measured THEN swaps, typos and lengths count as one edit each', () => {
    expect(editDistance('azrue', 'azure')).toBe(1);
    expect(editDistance('opnai', 'openai')).toBe(1);
    expect(editDistance('coreweavw', 'coreweave')).toBe(1);
    expect(editDistance('', 'aws')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('GIVEN a bound WHEN measured THEN the result equals the unbounded distance, capped at bound + 1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(4), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(editDistance(a, b), max + 1));
        expect(editDistance(a, b)).toBe(editDistance(b, a));
      }),
      { numRuns: 2000 },
    );
  });
});
