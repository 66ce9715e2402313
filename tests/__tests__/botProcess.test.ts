import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shardIdForGuild, startLocalDiscord } from '../support/localDiscord.js';
import { ROOT, runEntry } from '../support/processes.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.process-secret-token-0123456789';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('the bot process', () => {
  it('GIVEN no token WHEN started THEN it exits non-zero with one message naming the variable and the fix', async () => {
    const bot = runEntry('bot/start.js', { LOG_LEVEL: 'chatty' });
    expect(await bot.exit).toBe(1);
    expect(bot.output()).toContain('DISCORD_TOKEN is missing');
    expect(bot.output()).toContain('LOG_LEVEL');
    expect(bot.output()).toMatch(/developer portal/);
  });

  it('GIVEN a broken knowledge file WHEN started THEN it exits non-zero naming the file', async () => {
    const bot = runEntry('bot/start.js', {
      DISCORD_TOKEN: TOKEN,
      KNOWLEDGE_DIR: join(ROOT, 'tests/fixtures/knowledge/malformed-json'),
    });
    expect(await bot.exit).toBe(1);
    expect(bot.output()).toContain('entities.json');
    expect(bot.output()).not.toContain(TOKEN);
  });

  it('GIVEN KNOWLEDGE_DIR naming no folder WHEN started THEN one sentence names the folder and the fix', async () => {
    const bot = runEntry('bot/start.js', { DISCORD_TOKEN: TOKEN, KNOWLEDGE_DIR: '/nope' });
    expect(await bot.exit).toBe(1);
    expect(bot.output().trim()).toBe(
      'The knowledge folder /nope does not exist. Set KNOWLEDGE_DIR to a folder holding source.json, entities.json, caveats.json and facts/, or leave it empty for the bundled ./knowledge.',
    );
  });

  it('GIVEN a Discord that refuses the connection WHEN started THEN one plain sentence says so, with no JSON or stack', async () => {
    const bot = runEntry('bot/start.js', { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'http://127.0.0.1:1/api' });
    expect(await bot.exit).toBe(1);
    expect(bot.output().trim()).toBe(
      'Could not reach Discord at 127.0.0.1:1: the connection was refused (ECONNREFUSED). Check the internet connection, or DISCORD_API_URL if you set one.',
    );
  });

  it('GIVEN DISCORD_API_URL on a local Discord WHEN started THEN it answers, never logs the token, and SIGTERM exits 0', async () => {
    const discord = await startLocalDiscord({ token: TOKEN, interactionAckDeadlineMs: 0 });
    try {
      const bot = runEntry('bot/start.js', {
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        LOG_LEVEL: 'debug',
      });
      running.push(bot.child);
      await expect
        .poll(() => bot.output().includes('bot ready'), { timeout: 15_000, interval: 50 })
        .toBe(true);
      const callback = await discord.interact(
        discord.interactionCreate.chatInput({ name: 'who-uses', options: { cloud: 'aws' } }),
      );
      expect(JSON.stringify(callback.body)).toContain('Anthropic');
      bot.child.kill('SIGTERM');
      expect(await bot.exit).toBe(0);
      expect(bot.output()).not.toContain(TOKEN);
    } finally {
      await discord.close();
    }
  });

  it('GIVEN a guild id WHEN deploy-commands runs THEN Discord accepts every command, localized, for that guild only', async () => {
    const discord = await startLocalDiscord({ token: TOKEN });
    try {
      const guildId = discord.defaultGuild?.id ?? '';
      const deploy = runEntry('bot/deployCommands.js', {
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_GUILD_ID: guildId,
        DISCORD_API_URL: discord.apiUrl,
      });
      expect(await deploy.exit).toBe(0);
      const put = discord.requests.find((r) => r.method === 'PUT' && r.path.includes('/commands'));
      expect(put?.path).toBe(`/applications/${discord.applicationId}/guilds/${guildId}/commands`);
      expect(put?.status).toBe(200);
      const registered = (put?.body ?? []) as { name: string }[];
      const names = registered.map((c) => c.name);
      expect(names).toEqual(
        expect.arrayContaining(['ask', 'who-uses', 'cloud', 'gap', 'demand', 'Ask the H100 bot']),
      );
      expect(deploy.output()).toContain(`to guild ${guildId}`);
      expect(deploy.output()).not.toContain(TOKEN);
    } finally {
      await discord.close();
    }
  });

  it('GIVEN no application id WHEN deploy-commands runs THEN it says which variable to set and registers nothing', async () => {
    const deploy = runEntry('bot/deployCommands.js', { DISCORD_TOKEN: TOKEN });
    expect(await deploy.exit).toBe(1);
    expect(deploy.output()).toContain('DISCORD_APPLICATION_ID is missing');
  });

  it('GIVEN a shard count of 2 from /gateway/bot WHEN started sharded THEN two shard processes identify as [0,2] and [1,2] and both answer', async () => {
    const discord = await startLocalDiscord({
      token: TOKEN,
      shardCount: 2,
      interactionAckDeadlineMs: 0,
      guilds: [{ name: 'Even' }, { name: 'Odd' }],
    });
    expect(discord.guilds.map((g) => shardIdForGuild(g.id, 2)).sort()).toEqual([0, 1]);
    try {
      const manager = runEntry('bot/shard.js', {
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        SHARD_COUNT: 'auto',
      });
      running.push(manager.child);
      await expect
        .poll(() => discord.identifies.map((i) => i.shard?.join(',')).sort(), {
          timeout: 30_000,
          interval: 100,
        })
        .toEqual(['0,2', '1,2']);
      await discord.waitForShardReady(0, 10_000);
      await discord.waitForShardReady(1, 10_000);
      // One guild per shard, so each shard process must answer one of these.
      for (const guild of discord.guilds) {
        const callback = await discord.interact(
          discord.interactionCreate.chatInput({
            name: 'cloud',
            options: { company: 'openai' },
            guildId: guild.id,
          }),
          10_000,
        );
        expect(JSON.stringify(callback.body)).toContain('Azure');
      }
      manager.child.kill('SIGTERM');
      expect(await manager.exit).toBe(0);
    } finally {
      await discord.close();
    }
  });
});
