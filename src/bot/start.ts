#!/usr/bin/env node
import { config as loadDotenv } from 'dotenv';
import { createApp } from '../app/createApp.js';
import { setUpOperations } from '../app/operations.js';
import { warmUp } from '../app/warmUp.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../cli/knowledgeDir.js';
import { readBotEnv } from '../config/botEnv.js';
import { connectionProblem } from '../config/connectionProblem.js';
import { installLastResort } from '../config/lastResort.js';
import { loadKnowledgeOrReport, runMain } from '../config/runMain.js';
import { stderrLogger } from '../config/stderrLogger.js';
import { createGatewayBot } from './createGatewayBot.js';

/** `npm start`: the gateway bot. Validates the environment once, then runs until SIGINT/SIGTERM. */
async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const read = readBotEnv(process.env);
  if (!read.ok) {
    console.error(read.message);
    return 1;
  }
  const env = read.env;
  const logger = stderrLogger(env.LOG_LEVEL, [env.DISCORD_TOKEN]);

  const kb = await loadKnowledgeOrReport(env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR);
  if (kb === undefined) return 1;
  const ops = await setUpOperations(env, logger, { metrics: env.METRICS_PORT !== undefined });
  const app = createApp(kb, {
    logger,
    ratePerMinute: env.RATE_LIMIT_PER_MINUTE,
    observer: ops.observer,
    feedback: ops.feedback,
    ...(ops.redis === undefined ? {} : { redis: ops.redis }),
  });
  warmUp(app.engine);
  // Under start:sharded the ShardingManager names this process's shards; alone, SHARD_IDS does.
  const slice =
    env.SHARD_IDS !== undefined &&
    typeof env.SHARD_COUNT === 'number' &&
    process.env.SHARDING_MANAGER === undefined
      ? { shards: { ids: env.SHARD_IDS, count: env.SHARD_COUNT } }
      : {};
  const bot = createGatewayBot({
    token: env.DISCORD_TOKEN,
    logger,
    ...app,
    ...slice,
    ...(env.DISCORD_API_URL === undefined ? {} : { apiUrl: env.DISCORD_API_URL }),
  });
  if (ops.metrics !== undefined && env.METRICS_PORT !== undefined) {
    // Imported here: prom-client is loaded only when metrics are asked for.
    const [{ watchGateway }, { startMetricsServer }] = await Promise.all([
      import('../metrics/watchGateway.js'),
      import('../metrics/startMetricsServer.js'),
    ]);
    watchGateway(ops.metrics.registry, bot.client);
    const port = metricsPortOf(env.METRICS_PORT, process.env.SHARDS);
    try {
      await startMetricsServer({ endpoint: ops.metrics.endpoint, port, logger });
    } catch (error) {
      logger.error('could not serve metrics', { port, error });
      return 1;
    }
  }

  installLastResort(logger, () => bot.stop());
  const shutdown = (signal: string) => {
    logger.info('shutting down', { signal });
    Promise.all([bot.stop(), ops.close()]).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  try {
    await bot.start();
  } catch (error) {
    const host = new URL(env.DISCORD_API_URL ?? 'https://discord.com/api').host;
    const problem = connectionProblem(error, host);
    if (problem === undefined) logger.error('could not connect to Discord', { error });
    else console.error(problem);
    await bot.stop();
    return 1;
  }
  return 0;
}

runMain(main);

/**
 * Under start:sharded every shard is a process of its own, so each serves its metrics on
 * METRICS_PORT + its shard id (0 stays 0: any free port).
 */
function metricsPortOf(base: number, managedShard: string | undefined): number {
  const shard = Number(managedShard);
  return base === 0 || managedShard === undefined || !Number.isInteger(shard) ? base : base + shard;
}
