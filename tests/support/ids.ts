/** Snowflake helpers for the local Discord server. */

export const DISCORD_EPOCH = 1_420_070_400_000n;

/** Timestamp (ms) that the fixed fixture ids are based on: 2024-01-01T00:00:00Z. */
const FIXED_BASE_MS = BigInt(Date.UTC(2024, 0, 1));

let increment = 0n;

/**
 * A fresh, real-looking snowflake (17–19 digits, so @discordjs/rest buckets routes by it the way it does in
 * production) for the given time.
 */
export function snowflake(timestampMs: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(timestampMs) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/**
 * A deterministic snowflake for fixtures. Each `n` has its own timestamp (base + n ms), so guild ids made by
 * `fixedId` spread over shards: `shardIdForGuild(fixedId(n), 2)` alternates with `n`.
 */
export function fixedId(n: number): string {
  return (((FIXED_BASE_MS + BigInt(n) - DISCORD_EPOCH) << 22n) | BigInt(n & 0xfff)).toString();
}

/** Discord's sharding formula: `(guild_id >> 22) % num_shards`. */
export function shardIdForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** Milliseconds since the Unix epoch encoded in a snowflake. */
export function timestampOf(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

let tokenCounter = 0;

/** An interaction token: opaque, URL-safe, unique. */
export function interactionToken(): string {
  tokenCounter += 1;
  return `aW50ZXJhY3Rpb246${Date.now().toString(36)}${tokenCounter.toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}
