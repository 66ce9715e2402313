import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { send } from '../support/httpHarness.js';
import { fixedId, shardIdForGuild, startLocalDiscord } from '../support/localDiscord.js';
import { type Run, runEntry } from '../support/processes.js';
import { parseScrape } from '../support/prometheus.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.slice-secret-token-0123456789';
const DATA_DIR = mkdtempSync(join(tmpdir(), 'shards-test-'));
afterAll(() => rmSync(DATA_DIR, { recursive: true, force: true }));

const running: Run[] = [];
afterEach(() => {
  for (const run of running.splice(0)) if (run.child.exitCode === null) run.child.kill('SIGKILL');
});

/** One guild on each of 4 shards, found among consecutive fixture ids. */
function guildPerShard(count: number): { id: string; name: string }[] {
  const guilds: { id: string; name: string }[] = [];
  for (let n = 1000; guilds.length < count; n++) {
    const id = fixedId(n);
    const shard = shardIdForGuild(id, count);
    if (!guilds.some((g) => shardIdForGuild(g.id, count) === shard))
      guilds.push({ id, name: `Shard ${shard}` });
  }
  return guilds;
}

describe('shards spread over machines: SHARD_IDS with SHARD_COUNT', () => {
  it('two processes with disjoint slices of 4 shards identify with their own ids and all answer; the gateway serves /metrics on METRICS_PORT', async () => {
    const discord = await startLocalDiscord({
      token: TOKEN,
      shardCount: 4,
      interactionAckDeadlineMs: 0,
      guilds: guildPerShard(4),
    });
    try {
      const common = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl, SHARD_COUNT: '4', DATA_DIR };
      // One machine runs its slice in one process (npm start), the other under the ShardingManager.
      const first = runEntry('bot/start.js', { ...common, SHARD_IDS: '0-1', METRICS_PORT: '0' });
      const second = runEntry('bot/shard.js', { ...common, SHARD_IDS: '2,3' });
      running.push(first, second);
      await expect
        .poll(() => discord.identifies.map((i) => i.shard?.join(',')).sort(), {
          timeout: 40_000,
          interval: 100,
        })
        .toEqual(['0,4', '1,4', '2,4', '3,4']);
      for (const shard of [0, 1, 2, 3]) await discord.waitForShardReady(shard, 15_000);
      await first.logLine('bot ready', 15_000);

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

      const port = Number((await first.logLine('metrics listening')).port);
      const scraped = await send(port, { method: 'GET', path: '/metrics' });
      expect(scraped.status).toBe(200);
      const scrape = parseScrape(scraped.text);
      expect(scrape.samples('h100bot_gateway_shard_ready').map((s) => [s.labels?.shard, s.value])).toEqual([
        ['0', '1'],
        ['1', '1'],
      ]);
      expect(scrape.value('h100bot_gateway_shard_status', { shard: '0' })).toBe(0);
      // Two of the four guilds are on this process's shards: Discord routed the others to the second.
      expect(scrape.value('h100bot_questions_total', { command: 'cloud', outcome: 'answered' })).toBe(2);
      expect(scrape.count('h100bot_reply_seconds', { transport: 'gateway' })).toBe(2);
      expect(scrape.value('h100bot_gateway_guilds')).toBe(2);
      expect(scrape.family('process_resident_memory_bytes')?.type).toBe('GAUGE');

      first.child.kill('SIGTERM');
      second.child.kill('SIGTERM');
      expect(await first.exit).toBe(0);
      expect(await second.exit).toBe(0);
      expect(first.output() + second.output()).not.toContain(TOKEN);
    } finally {
      await discord.close();
    }
  }, 90_000);

  it('refuses shard ids that do not fit the count, naming the variable', async () => {
    const bad = runEntry('bot/start.js', { DISCORD_TOKEN: TOKEN, SHARD_COUNT: '4', SHARD_IDS: '2-5' });
    expect(await bad.exit).toBe(1);
    expect(bad.output()).toContain(
      'SHARD_IDS is invalid (shard ids must be below SHARD_COUNT (4); 4, 5 are not)',
    );
  });
});
