import { describe, expect, it } from 'vitest';
import { readHttpEnv } from '../../src/http/httpEnv.js';

const KEY = 'a'.repeat(64);

describe('readHttpEnv', () => {
  it('fills in the defaults', () => {
    expect(readHttpEnv({ DISCORD_PUBLIC_KEY: KEY })).toEqual({
      ok: true,
      env: {
        DISCORD_PUBLIC_KEY: KEY,
        PORT: 8080,
        LOG_LEVEL: 'info',
        RATE_LIMIT_PER_MINUTE: 20,
        SERVE_WORKERS: 1,
        ANALYTICS: 'on',
        ANALYTICS_MAX_MB: 512,
      },
    });
  });

  it('reads every variable', () => {
    const read = readHttpEnv({
      DISCORD_PUBLIC_KEY: KEY.toUpperCase(),
      PORT: '3000',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      KNOWLEDGE_DIR: '/srv/knowledge',
      RATE_LIMIT_PER_MINUTE: '0',
      SERVE_WORKERS: '4',
      REDIS_URL: 'redis://cache.internal:6379/2',
      DATA_DIR: '/var/lib/h100bot',
      ANALYTICS: 'off',
      ANALYTICS_MAX_MB: '64',
      UNRELATED: 'ignored',
    });
    expect(read).toEqual({
      ok: true,
      env: {
        DISCORD_PUBLIC_KEY: KEY.toUpperCase(),
        PORT: 3000,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'debug',
        KNOWLEDGE_DIR: '/srv/knowledge',
        RATE_LIMIT_PER_MINUTE: 0,
        SERVE_WORKERS: 4,
        REDIS_URL: 'redis://cache.internal:6379/2',
        DATA_DIR: '/var/lib/h100bot',
        ANALYTICS: 'off',
        ANALYTICS_MAX_MB: 64,
      },
    });
  });

  it('refuses a REDIS_URL that is not redis:// or rediss://, and an ANALYTICS that is not on or off', () => {
    const read = readHttpEnv({ DISCORD_PUBLIC_KEY: KEY, REDIS_URL: 'http://cache:6379', ANALYTICS: 'yes' });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(
      /REDIS_URL is invalid \(expected a redis:\/\/ or rediss:\/\/ URL/,
    );
    expect(!read.ok && read.message).toMatch(/ANALYTICS is invalid/);
    expect(readHttpEnv({ DISCORD_PUBLIC_KEY: KEY, REDIS_URL: 'rediss://:pw@cache:6380' }).ok).toBe(true);
  });

  it('treats empty values from a half-filled .env as unset', () => {
    const read = readHttpEnv({ DISCORD_PUBLIC_KEY: KEY, PORT: '', LOG_LEVEL: '  ', KNOWLEDGE_DIR: '' });
    expect(read.ok && read.env.PORT).toBe(8080);
  });

  it('names every bad variable with its fix in one message', () => {
    const read = readHttpEnv({ PORT: '80.5', LOG_LEVEL: 'verbose', RATE_LIMIT_PER_MINUTE: '-1' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toMatch(/4 environment variables to fix/);
    expect(read.message).toMatch(/DISCORD_PUBLIC_KEY is missing\. Copy the Public Key/);
    expect(read.message).toMatch(/PORT is invalid .*1 to 65535/);
    expect(read.message).toMatch(/LOG_LEVEL is invalid.*debug, info, warn, error/);
    expect(read.message).toMatch(/RATE_LIMIT_PER_MINUTE is invalid/);
  });

  it.each([
    ['too short', 'a'.repeat(63)],
    ['too long', 'a'.repeat(66)],
    ['not hex', 'g'.repeat(64)],
    ['a bot token pasted by mistake', 'MTA.abc.def'],
  ])('refuses a public key that is %s, without echoing it', (_label, value) => {
    const read = readHttpEnv({ DISCORD_PUBLIC_KEY: value });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toMatch(/DISCORD_PUBLIC_KEY is invalid \(expected 64 hexadecimal characters\)/);
    expect(read.message).not.toContain(value);
  });

  it.each(['-1', '65536', 'http', '8080x', '0', '0x50', '1e3', '80.0', '+80', '０８０', '99999999'])(
    'refuses PORT=%s, naming the decimal range',
    (port) => {
      const read = readHttpEnv({ DISCORD_PUBLIC_KEY: KEY, PORT: port });
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.message).toMatch(
        /PORT is invalid \(expected a (decimal )?port (number )?from 1 to 65535\)/,
      );
    },
  );

  it.each([
    ['1', 1],
    ['080', 80],
    [' 443 ', 443],
    ['65535', 65535],
  ])('reads PORT=%s as %i', (port, expected) => {
    const read = readHttpEnv({ DISCORD_PUBLIC_KEY: KEY, PORT: port });
    expect(read.ok && read.env.PORT).toBe(expected);
  });

  it.each(['0', '65', '1.5', 'all'])('refuses SERVE_WORKERS=%s, naming the range', (workers) => {
    const read = readHttpEnv({ DISCORD_PUBLIC_KEY: KEY, SERVE_WORKERS: workers });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toMatch(/SERVE_WORKERS is invalid .*node:cluster/);
  });
});
