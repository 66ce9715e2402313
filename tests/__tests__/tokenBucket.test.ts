import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/limits/tokenBucket.js';

function clock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe('createRateLimiter', () => {
  it('lets a burst of `capacity` through, then says how long to wait', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 0.5, now: c.now });
    expect([limiter.take('u'), limiter.take('u'), limiter.take('u')]).toEqual([
      { ok: true },
      { ok: true },
      { ok: true },
    ]);
    const denied = limiter.take('u');
    expect(denied.ok).toBe(false);
    if (!denied.ok) expect(denied.retryAfterSeconds).toBeCloseTo(2, 9);
  });

  it('refills over time, never past capacity', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, now: c.now });
    limiter.take('u');
    limiter.take('u');
    c.advance(500);
    const half = limiter.take('u');
    expect(half.ok).toBe(false);
    if (!half.ok) expect(half.retryAfterSeconds).toBeCloseTo(0.5, 9);
    c.advance(500);
    expect(limiter.take('u').ok).toBe(true);
    c.advance(3_600_000);
    expect(limiter.take('u').ok).toBe(true);
    expect(limiter.take('u').ok).toBe(true);
    expect(limiter.take('u').ok).toBe(false);
  });

  it('keeps keys apart', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: c.now });
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });

  it('gives back a whole token after exactly 1/rate seconds despite float error', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 20, refillPerSecond: 20 / 60, now: c.now });
    for (let i = 0; i < 20; i++) expect(limiter.take('u').ok).toBe(true);
    for (let i = 0; i < 50; i++) {
      const denied = limiter.take('u');
      expect(denied.ok).toBe(false);
      if (!denied.ok) c.advance(denied.retryAfterSeconds * 1000);
      expect(limiter.take('u').ok).toBe(true);
    }
  });

  it('a clock that steps back drains nothing and refills nothing', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: c.now });
    expect(limiter.take('u').ok).toBe(true);
    c.advance(-10_000);
    expect(limiter.take('u').ok).toBe(false);
    c.advance(1_000);
    expect(limiter.take('u').ok).toBe(true);
  });

  it('rejects settings that make no sense', () => {
    expect(() => createRateLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
    expect(() => createRateLimiter({ capacity: 1.5, refillPerSecond: 1 })).toThrow(RangeError);
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: 0 })).toThrow(RangeError);
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: Number.NaN })).toThrow(RangeError);
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: 1, maxKeys: 0 })).toThrow(RangeError);
  });
});

describe('bounded memory', () => {
  it('drops buckets that have refilled once the map passes maxKeys', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 1, now: c.now, maxKeys: 100 });
    for (let i = 0; i < 100; i++) limiter.take(`idle-${i}`);
    expect(limiter.size()).toBe(100);
    c.advance(2_000); // one token back: every bucket is full again
    limiter.take('new');
    expect(limiter.size()).toBe(1);
  });

  it('never holds more than maxKeys, even when every key is busy, and keeps the most recent', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.001, now: c.now, maxKeys: 50 });
    for (let i = 0; i < 10_000; i++) {
      limiter.take(`busy-${i}`);
      expect(limiter.size()).toBeLessThanOrEqual(50);
    }
    // The last key used is still limited: its bucket survived the pruning.
    expect(limiter.take('busy-9999').ok).toBe(false);
  });

  it('a key in use stays limited while idle keys come and go', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 0.01, now: c.now, maxKeys: 20 });
    limiter.take('hot');
    limiter.take('hot');
    for (let i = 0; i < 1_000; i++) {
      expect(limiter.take('hot').ok).toBe(false);
      limiter.take(`one-off-${i}`);
      c.advance(1);
    }
  });

  it('property: size stays within maxKeys and every wait is positive and at most 1/rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 5_000 })), {
          maxLength: 300,
        }),
        (capacity, rate, maxKeys, steps) => {
          const c = clock();
          const limiter = createRateLimiter({ capacity, refillPerSecond: rate, now: c.now, maxKeys });
          for (const [key, wait] of steps) {
            c.advance(wait);
            const result = limiter.take(`user-${key}`);
            if (!result.ok) {
              expect(result.retryAfterSeconds).toBeGreaterThan(0);
              expect(result.retryAfterSeconds).toBeLessThanOrEqual(1 / rate + 1e-9);
            }
            expect(limiter.size()).toBeLessThanOrEqual(maxKeys);
          }
        },
      ),
    );
  });

  it('property: with room for every key, grants stay within capacity + elapsed × rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.array(fc.integer({ min: 0, max: 5_000 }), { maxLength: 300 }),
        (capacity, rate, waits) => {
          const c = clock();
          const limiter = createRateLimiter({ capacity, refillPerSecond: rate, now: c.now });
          let granted = 0;
          let elapsedMs = 0;
          for (const wait of waits) {
            c.advance(wait);
            elapsedMs += wait;
            if (limiter.take('k').ok) granted++;
            expect(granted).toBeLessThanOrEqual(capacity + Math.floor((elapsedMs / 1000) * rate + 1e-6));
          }
        },
      ),
    );
  });
});
