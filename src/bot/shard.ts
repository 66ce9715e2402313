#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { readBotEnv } from '../config/botEnv.js';
import { runMain } from '../config/runMain.js';
import { stderrLogger } from '../config/stderrLogger.js';
import { recommendedShardCount } from './recommendedShardCount.js';

/**
 * `npm run start:sharded`: runs the gateway bot as one child process per shard with discord.js's
 * ShardingManager. Each child is `start.js`; discord.js hands it its shard ids through the
 * environment, so the bot code is the same with or without sharding.
 */
async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const read = readBotEnv(process.env);
  if (!read.ok) {
    console.error(read.message);
    return 1;
  }
  const env = read.env;
  const logger = stderrLogger(env.LOG_LEVEL, [env.DISCORD_TOKEN]);
  const totalShards =
    env.SHARD_COUNT === 'auto'
      ? await recommendedShardCount(env.DISCORD_TOKEN, env.DISCORD_API_URL)
      : env.SHARD_COUNT;

  // SHARD_IDS runs this machine's slice only; the other machines run the rest with the same count.
  const shardList = env.SHARD_IDS ?? [...Array(totalShards).keys()];
  const manager = new ShardingManager(fileURLToPath(new URL('./start.js', import.meta.url)), {
    token: env.DISCORD_TOKEN,
    totalShards,
    shardList,
    mode: 'process',
    respawn: true,
    // The shards run as this process does: `--enable-source-maps` from `npm run start:sharded` included.
    execArgv: process.execArgv,
  });
  manager.on('shardCreate', (shard) => {
    logger.info('shard launched', { shardId: shard.id, totalShards });
    shard.on('death', () => logger.warn('shard process exited', { shardId: shard.id }));
  });

  const shutdown = (signal: string) => {
    logger.info('shutting down shards', { signal });
    manager.respawn = false;
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  await manager.spawn({ amount: totalShards, delay: 1_000 });
  logger.info('all shards ready', { totalShards, shardIds: shardList });
  return 0;
}

runMain(main);
