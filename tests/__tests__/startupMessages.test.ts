import { describe, expect, it } from 'vitest';
import { readBotEnv } from '../../src/config/botEnv.js';
import { connectionProblem } from '../../src/config/connectionProblem.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.startup-secret-token-0123456789';

describe('start-up messages', () => {
  it('GIVEN getaddrinfo ENOTFOUND discord.com WHEN explained THEN it is one plain sentence naming the host and the fix', () => {
    const error = Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND' });
    expect(connectionProblem(error, 'discord.com')).toBe(
      'Could not reach Discord at discord.com: its address could not be found (ENOTFOUND). Check the internet connection, or DISCORD_API_URL if you set one.',
    );
  });

  it('GIVEN a network error wrapped as a cause WHEN explained THEN the cause’s code is read', () => {
    const error = new Error('fetch failed', { cause: { code: 'ETIMEDOUT' } });
    expect(connectionProblem(error, 'discord.com')).toContain('timed out (ETIMEDOUT)');
  });

  it('GIVEN an error that is not about the network WHEN explained THEN there is no sentence: it is logged in full', () => {
    expect(connectionProblem(new Error('boom'), 'discord.com')).toBeUndefined();
    expect(connectionProblem(undefined, 'discord.com')).toBeUndefined();
  });

  it('GIVEN SHARD_COUNT=lots WHEN read THEN the message says what is allowed', () => {
    const read = readBotEnv({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: 'lots' });
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.message).toContain('SHARD_COUNT is invalid (expected "auto" or a whole number above 0)');
  });

  it('GIVEN a token pasted with its "Bot " prefix WHEN read THEN the hint says to remove the prefix, without echoing the token', () => {
    const read = readBotEnv({ DISCORD_TOKEN: `Bot ${TOKEN}` });
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toContain('remove that prefix');
      expect(read.message).not.toContain(TOKEN);
    }
  });
});
