/** Remembers interaction ids for a while, so a replayed interaction is answered once. */
export interface SeenInteractions {
  /** True the first time an id is claimed within the TTL; false for a replay. */
  claim(id: string): Promise<boolean>;
}

/** Discord refuses signatures older than this, so a replay can only come within it. */
export const SEEN_TTL_MS = 5 * 60_000;
/** Ids held at most; past it the oldest go first (a flood of new ids cannot grow memory). */
export const DEFAULT_MAX_SEEN = 100_000;

export interface MemorySeenOptions {
  readonly ttlMs?: number;
  readonly maxIds?: number;
  /** Milliseconds since the epoch, like `Date.now` (the default); tests inject a clock. */
  readonly now?: () => number;
}

/**
 * A {@link SeenInteractions} in this process's memory: bounded, oldest first out. Right for one
 * process; replicas behind a load balancer need a shared one, or a replay sent to another replica
 * is answered there too.
 *
 * @example
 * const seen = createMemorySeenInteractions();
 * await seen.claim(interaction.id); // true
 * await seen.claim(interaction.id); // false: a replay
 */
export function createMemorySeenInteractions(options: MemorySeenOptions = {}): SeenInteractions {
  const ttlMs = options.ttlMs ?? SEEN_TTL_MS;
  const maxIds = options.maxIds ?? DEFAULT_MAX_SEEN;
  const now = options.now ?? Date.now;
  if (!Number.isInteger(maxIds) || maxIds < 1) {
    throw new RangeError(`maxIds must be a whole number of at least 1, got ${maxIds}`);
  }
  // Insertion order is claim order, and every entry has the same TTL: the first entry always
  // expires first, so expiry is a walk from the front that stops at the first live id.
  const claimedAt = new Map<string, number>();

  function expire(at: number): void {
    for (const [id, time] of claimedAt) {
      if (at - time < ttlMs && claimedAt.size < maxIds) return;
      claimedAt.delete(id);
    }
  }

  return {
    async claim(id) {
      const at = now();
      expire(at);
      if (claimedAt.has(id)) return false;
      claimedAt.set(id, at);
      return true;
    },
  };
}
