#!/usr/bin/env node
import { config as loadDotenv } from 'dotenv';
import { createApp } from '../app/createApp.js';
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
  const app = createApp(kb, { logger, ratePerMinute: env.RATE_LIMIT_PER_MINUTE });
  const bot = createGatewayBot({
    token: env.DISCORD_TOKEN,
    logger,
    ...app,
    ...(env.DISCORD_API_URL === undefined ? {} : { apiUrl: env.DISCORD_API_URL }),
  });

  installLastResort(logger, () => bot.stop());
  const shutdown = (signal: string) => {
    logger.info('shutting down', { signal });
    bot.stop().then(
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
