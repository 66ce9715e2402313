import { describe, expect, it } from 'vitest';
import { readBotEnv } from '../../src/config/botEnv.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('readBotEnv', () => {
  it('GIVEN only a token WHEN read THEN defaults fill the rest', () => {
    const read = readBotEnv({ DISCORD_TOKEN: TOKEN });
    expect(read).toEqual({
      ok: true,
      env: { DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: 20, SHARD_COUNT: 'auto' },
    });
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
