#!/usr/bin/env node
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { config as loadDotenv } from 'dotenv';
import { createApp } from '../app/createApp.js';
import { setUpOperations } from '../app/operations.js';
import { warmUp } from '../app/warmUp.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../cli/knowledgeDir.js';
import { installLastResort } from '../config/lastResort.js';
import { loadKnowledgeOrReport, runMain } from '../config/runMain.js';
import { stderrLogger } from '../config/stderrLogger.js';
import { createInteractionServer } from './createInteractionServer.js';
import { readHttpEnv } from './httpEnv.js';
import { runWorkers } from './serveWorkers.js';

/** How long open requests get to finish after SIGINT/SIGTERM before their connections are cut. */
const SHUTDOWN_GRACE_MS = 5_000;

/**
 * `npm run serve`: the HTTP interactions endpoint. Validates the environment once, then serves
 * POST /interactions and GET /healthz until SIGINT/SIGTERM. With `SERVE_WORKERS=N` (N > 1) this
 * process becomes a node:cluster primary and N workers, each this same program, share the port.
 */
async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const read = readHttpEnv(process.env);
  if (!read.ok) {
    console.error(read.message);
    return 1;
  }
  const env = read.env;
  const logger = stderrLogger(env.LOG_LEVEL);
  if (env.SERVE_WORKERS > 1 && cluster.isPrimary) return runWorkers(env.SERVE_WORKERS, logger);

  const kb = await loadKnowledgeOrReport(env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR);
  if (kb === undefined) return 1;
  const ops = await setUpOperations(env, logger, { metrics: true });
  const { router, engine } = createApp(kb, {
    logger,
    ratePerMinute: env.RATE_LIMIT_PER_MINUTE,
    observer: ops.observer,
    feedback: ops.feedback,
    ...(ops.redis === undefined ? {} : { redis: ops.redis }),
  });
  warmUp(engine);
  const server = createInteractionServer({
    router,
    publicKey: env.DISCORD_PUBLIC_KEY,
    logger,
    observer: ops.observer,
    ...(ops.metrics === undefined ? {} : { metrics: ops.metrics.endpoint }),
    ...(ops.seenInteractions === undefined ? {} : { seen: ops.seenInteractions }),
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(env.PORT, env.HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    logger.error('could not listen', { port: env.PORT, host: env.HOST, error });
    return 1;
  }
  const address = server.address() as AddressInfo;
  logger.info('listening', {
    address: address.address,
    port: address.port,
    paths: ['/interactions', '/healthz', '/metrics'],
    redis: ops.redis !== undefined,
    analytics: ops.analytics?.enabled === true,
    ...(cluster.isWorker ? { worker: cluster.worker?.id } : {}),
  });

  installLastResort(
    logger,
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  );
  const shutdown = (signal: string) => {
    logger.info('shutting down', { signal });
    server.close(() => {
      ops.close().finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  return 0;
}

runMain(main);
