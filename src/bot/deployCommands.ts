#!/usr/bin/env node
import { REST } from 'discord.js';
import { Routes } from 'discord-api-types/v10';
import { config as loadDotenv } from 'dotenv';
import type { z } from 'zod';
import { BOT_ENV_HINTS, botEnvFields } from '../config/botEnv.js';
import { parseEnv } from '../config/parseEnv.js';
import { applicationCommands } from '../discord/applicationCommands.js';

// Deploying needs the application id too; it loads nothing but the command definitions.
const deployEnvSchema = botEnvFields
  .pick({ DISCORD_TOKEN: true, DISCORD_GUILD_ID: true, DISCORD_API_URL: true })
  .extend({ DISCORD_APPLICATION_ID: botEnvFields.shape.DISCORD_APPLICATION_ID.unwrap() });

/** `npm run deploy-commands`: registers the slash and context-menu commands, to one guild when DISCORD_GUILD_ID is set. */
async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const read = parseEnv(deployEnvSchema, process.env, BOT_ENV_HINTS);
  if (!read.ok) {
    console.error(read.message);
    return 1;
  }
  const env: z.infer<typeof deployEnvSchema> = read.env;
  const rest = new REST(env.DISCORD_API_URL === undefined ? {} : { api: env.DISCORD_API_URL }).setToken(
    env.DISCORD_TOKEN,
  );
  const body = applicationCommands();
  const route =
    env.DISCORD_GUILD_ID === undefined
      ? Routes.applicationCommands(env.DISCORD_APPLICATION_ID)
      : Routes.applicationGuildCommands(env.DISCORD_APPLICATION_ID, env.DISCORD_GUILD_ID);
  await rest.put(route, { body });
  const where =
    env.DISCORD_GUILD_ID === undefined
      ? 'globally (may take up to an hour to show)'
      : `to guild ${env.DISCORD_GUILD_ID}`;
  console.log(`Registered ${body.length} commands ${where}: ${body.map((c) => c.name).join(', ')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Deploying commands failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
