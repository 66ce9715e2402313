import { describe, expect, it } from 'vitest';
import { readBotEnv } from '../../src/config/botEnv.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('readBotEnv', () => {
  it('GIVEN only a token WHEN read THEN defaults fill the rest', () => {
    const read = readBotEnv({ DISCORD_TOKEN: TOKEN });
    expect(read).toEqual({
      ok: true,
      env: {
        DISCORD_TOKEN: TOKEN,
        LOG_LEVEL: 'info',
        RATE_LIMIT_PER_MINUTE: 20,
        SHARD_COUNT: 'auto',
        ANALYTICS: 'on',
        ANALYTICS_MAX_MB: 512,
      },
    });
  });

  it('GIVEN a slice of shards WHEN read THEN SHARD_IDS is a sorted list of ids, ranges expanded', () => {
    const range = readBotEnv({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: '8', SHARD_IDS: '4-7' });
    expect(range.ok && range.env.SHARD_IDS).toEqual([4, 5, 6, 7]);
    const list = readBotEnv({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: '8', SHARD_IDS: '3, 0,1-2' });
    expect(list.ok && list.env.SHARD_IDS).toEqual([0, 1, 2, 3]);
    const metrics = readBotEnv({ DISCORD_TOKEN: TOKEN, METRICS_PORT: '9464' });
    expect(metrics.ok && metrics.env.METRICS_PORT).toBe(9464);
  });

  it.each([
    [
      'SHARD_IDS=4-7 with SHARD_COUNT=4',
      { SHARD_COUNT: '4', SHARD_IDS: '4-7' },
      /shard ids must be below SHARD_COUNT \(4\); 4, 5, 6, 7 are not/,
    ],
    [
      'SHARD_IDS=0-3 with SHARD_COUNT=auto',
      { SHARD_IDS: '0-3' },
      /SHARD_IDS needs SHARD_COUNT set to a number/,
    ],
    ['SHARD_IDS=3-1', { SHARD_COUNT: '4', SHARD_IDS: '3-1' }, /expected shard ids such as 0-3 or 4,5,6,7/],
    ['SHARD_IDS=a,b', { SHARD_COUNT: '4', SHARD_IDS: 'a,b' }, /expected shard ids such as 0-3 or 4,5,6,7/],
    ['METRICS_PORT=70000', { METRICS_PORT: '70000' }, /METRICS_PORT is invalid/],
  ])('GIVEN %s WHEN read THEN it is refused, naming the variable', (_, vars, message) => {
    const read = readBotEnv({ DISCORD_TOKEN: TOKEN, ...vars });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(message);
  });

  it('GIVEN several bad variables WHEN read THEN one message names each with its fix and never echoes the token', () => {
    const badToken = 'not-a-token-but-secret-looking-value';
    const read = readBotEnv({
      DISCORD_TOKEN: badToken,
      LOG_LEVEL: 'loud',
      DISCORD_API_URL: 'ftp://proxy',
      DISCORD_GUILD_ID: 'abc',
    });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    for (const name of ['DISCORD_TOKEN', 'LOG_LEVEL', 'DISCORD_API_URL', 'DISCORD_GUILD_ID'])
      expect(read.message).toContain(name);
    expect(read.message).toContain('4 environment variables');
    expect(read.message).toMatch(/developer portal/);
    expect(read.message).not.toContain(badToken);
  });

  it('GIVEN a missing token and empty optional values WHEN read THEN only the token is reported, as missing', () => {
    const read = readBotEnv({ DISCORD_GUILD_ID: '', LOG_LEVEL: '  ' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toContain('DISCORD_TOKEN is missing');
    expect(read.message).not.toContain('LOG_LEVEL');
  });

  it('GIVEN a local REST base and a shard count WHEN read THEN they are typed', () => {
    const read = readBotEnv({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: 'http://127.0.0.1:5050/api',
      SHARD_COUNT: '2',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    expect(read.ok && read.env).toMatchObject({
      DISCORD_API_URL: 'http://127.0.0.1:5050/api',
      SHARD_COUNT: 2,
      RATE_LIMIT_PER_MINUTE: 0,
    });
  });
});
