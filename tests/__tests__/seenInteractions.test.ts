import { describe, expect, it } from 'vitest';
import { createMemorySeenInteractions, SEEN_TTL_MS } from '../../src/limits/seenInteractions.js';

describe('createMemorySeenInteractions', () => {
  it('claims an id once within the 5-minute TTL, and again once it has passed', async () => {
    let now = 1_700_000_000_000;
    const seen = createMemorySeenInteractions({ now: () => now });
    expect(await seen.claim('1')).toBe(true);
    expect(await seen.claim('1')).toBe(false);
    expect(await seen.claim('2')).toBe(true);
    now += SEEN_TTL_MS - 1;
    expect(await seen.claim('1')).toBe(false);
    now += 1;
    expect(await seen.claim('1')).toBe(true);
    expect(SEEN_TTL_MS).toBe(5 * 60_000);
  });

  it('holds at most maxIds, forgetting the oldest first', async () => {
    let now = 0;
    const seen = createMemorySeenInteractions({ maxIds: 3, now: () => now++ });
    for (const id of ['a', 'b', 'c']) expect(await seen.claim(id)).toBe(true);
    expect(await seen.claim('d')).toBe(true);
    // 'a' was the oldest and made room for 'd'; 'c' is still remembered.
    expect(await seen.claim('c')).toBe(false);
    expect(await seen.claim('a')).toBe(true);
  });

  it('keeps memory flat under a flood of new ids', async () => {
    const seen = createMemorySeenInteractions({ maxIds: 1_000, now: () => 0 });
    for (let i = 0; i < 50_000; i++) await seen.claim(String(i));
    // The last 1,000 are remembered, nothing before them.
    expect(await seen.claim('49999')).toBe(false);
    expect(await seen.claim('48999')).toBe(true);
  });

  it('refuses a bound that is not a whole number of at least 1', () => {
    expect(() => createMemorySeenInteractions({ maxIds: 0 })).toThrow(RangeError);
  });
});
