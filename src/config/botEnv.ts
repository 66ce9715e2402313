import { z } from 'zod';
import { LOG_LEVELS } from '../log/logger.js';
import { metricsPortSchema, OPERATIONS_ENV_HINTS, operationsEnvShape } from './operationsEnv.js';
import { type EnvResult, parseEnv } from './parseEnv.js';
import { parseShardIds } from './shardIds.js';

const snowflake = z.string().regex(/^\d{17,20}$/, 'expected a numeric Discord id (17–20 digits)');

/** The gateway bot's variables one by one; {@link botEnvSchema} adds the checks across them. */
export const botEnvFields = z.object({
  // A bot token is three dot-separated base64url parts; checking the shape catches pasted client secrets.
  DISCORD_TOKEN: z
    .string()
    .refine((token) => !/^bot\s/i.test(token), {
      message: 'it starts with "Bot ": remove that prefix, the bot adds it itself',
      abort: true,
    })
    .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'expected a bot token of three dot-separated parts'),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://discord.com/api' })
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  KNOWLEDGE_DIR: z.string().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(0, 'expected 0 (off) or a positive whole number')
    .default(20),
  SHARD_COUNT: z
    .union([z.literal('auto'), z.coerce.number().int().positive()], {
      error: 'expected "auto" or a whole number above 0',
    })
    .default('auto'),
  SHARD_IDS: z
    .string()
    .transform((text, ctx) => {
      const ids = parseShardIds(text);
      if (ids === undefined) {
        ctx.addIssue({ code: 'custom', message: 'expected shard ids such as 0-3 or 4,5,6,7' });
        return z.NEVER;
      }
      return ids;
    })
    .optional(),
  METRICS_PORT: metricsPortSchema,
  ...operationsEnvShape,
});

/** What the gateway bot reads from its environment. */
export const botEnvSchema = botEnvFields.superRefine((env, ctx) => {
  if (env.SHARD_IDS === undefined) return;
  // Every machine must agree on the count for Discord to route each guild to exactly one of them.
  if (env.SHARD_COUNT === 'auto') {
    ctx.addIssue({
      code: 'custom',
      path: ['SHARD_IDS'],
      message: 'SHARD_IDS needs SHARD_COUNT set to a number',
    });
    return;
  }
  const count = env.SHARD_COUNT;
  const outside = env.SHARD_IDS.filter((id) => id >= count);
  if (outside.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['SHARD_IDS'],
      message: `shard ids must be below SHARD_COUNT (${count}); ${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not`,
    });
  }
});
export type BotEnv = z.infer<typeof botEnvSchema>;

/** How to fix each variable, shown when it is missing or malformed. */
export const BOT_ENV_HINTS = {
  DISCORD_TOKEN: 'Copy the bot token from the Discord developer portal (Bot → Reset Token) into .env.',
  DISCORD_APPLICATION_ID: 'Use the Application ID from the developer portal (General Information).',
  DISCORD_GUILD_ID:
    'Right-click your test server with Developer Mode on → Copy Server ID, or leave it empty.',
  DISCORD_API_URL: 'Leave it empty for https://discord.com/api, or set your REST proxy base URL.',
  LOG_LEVEL: `Use one of: ${LOG_LEVELS.join(', ')}.`,
  KNOWLEDGE_DIR: 'Point it at a folder with the knowledge JSON files, or leave it empty for ./knowledge.',
  RATE_LIMIT_PER_MINUTE: 'Questions each user may ask per minute; 0 turns the limit off.',
  SHARD_COUNT: 'Use auto or a positive whole number of shards (a number when SHARD_IDS is set).',
  SHARD_IDS:
    "This machine's slice of the shards, e.g. 0-3 or 4,5,6,7, each below SHARD_COUNT; leave it empty to run them all.",
  METRICS_PORT: 'A port for GET /metrics (Prometheus), or leave it empty to serve no metrics.',
  ...OPERATIONS_ENV_HINTS,
} as const satisfies Record<keyof BotEnv, string>;

/** Reads the gateway bot's settings; on failure the message names every bad variable and its fix. */
export function readBotEnv(source: Readonly<Record<string, string | undefined>>): EnvResult<BotEnv> {
  return parseEnv(botEnvSchema, source, BOT_ENV_HINTS);
}
