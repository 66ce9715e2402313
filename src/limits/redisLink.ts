import { Redis } from 'ioredis';
import type { Logger } from '../log/logger.js';

/** How long one Redis command may take before the caller falls back to its in-process state. */
export const DEFAULT_REDIS_COMMAND_TIMEOUT_MS = 500;

export interface RedisLinkOptions {
  /** `redis://[:password@]host:port[/db]` or `rediss://…` for TLS. */
  readonly url: string;
  readonly logger: Logger;
  readonly commandTimeoutMs?: number;
}

/** A Redis connection that never makes its caller wait on an outage. */
export interface RedisLink {
  readonly client: Redis;
  /**
   * Runs `command`, or resolves `undefined` at once when Redis is down and within the command
   * timeout when it is slow or failing. The first failure of an outage is logged, and the recovery.
   */
  run<T>(what: string, command: (client: Redis) => Promise<T>): Promise<T | undefined>;
  /** Whether the last word from Redis was good: for metrics and health. */
  isUp(): boolean;
  /** Resolves true once connected, false if that takes longer than `timeoutMs`; never rejects. */
  ready(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Connects to Redis for state shared by replicas. Commands are never queued while disconnected
 * (they fail at once), each has a timeout, and the client reconnects on its own with a capped
 * backoff, so a Redis outage costs the bot its shared state, never a reply.
 *
 * @example
 * const link = connectRedis({ url: env.REDIS_URL, logger });
 * const pong = await link.run('ping', (redis) => redis.ping()); // undefined while Redis is away
 */
export function connectRedis(options: RedisLinkOptions): RedisLink {
  const { logger } = options;
  const client = new Redis(options.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? DEFAULT_REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(100 * attempt, 2_000),
  });
  let up = false;
  let everUp = false;
  let outageLogged = false;

  function markDown(reason: string, error?: unknown): void {
    up = false;
    if (outageLogged) return;
    outageLogged = true;
    logger.warn('redis unavailable: using in-process state until it is back', {
      reason,
      ...(error === undefined ? {} : { error }),
    });
  }
  function markUp(): void {
    if (!up) logger.info(everUp ? 'redis reconnected: shared state restored' : 'redis connected');
    up = true;
    everUp = true;
    outageLogged = false;
  }

  client.on('ready', markUp);
  // Without an 'error' listener ioredis prints every failed reconnect; one log line per outage is enough.
  client.on('error', (error: unknown) => markDown('connection error', error));
  client.on('close', () => {
    if (up) markDown('connection closed');
  });

  return {
    client,
    async run(what, command) {
      if (client.status !== 'ready') {
        if (everUp || client.status !== 'connecting') markDown(`not connected (${client.status})`);
        return undefined;
      }
      try {
        const result = await command(client);
        if (!up) markUp();
        return result;
      } catch (error) {
        markDown(`${what} failed`, error);
        return undefined;
      }
    },
    isUp: () => up,
    ready(timeoutMs) {
      if (client.status === 'ready') return Promise.resolve(true);
      return new Promise((resolve) => {
        const onReady = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const timer = setTimeout(() => {
          client.off('ready', onReady);
          resolve(false);
        }, timeoutMs);
        client.once('ready', onReady);
      });
    },
    async close() {
      client.removeAllListeners('error');
      client.on('error', () => {});
      client.disconnect();
    },
  };
}
