import { z } from 'zod';
import { OPERATIONS_ENV_HINTS, operationsEnvShape } from '../config/operationsEnv.js';
import { type EnvResult, parseEnv } from '../config/parseEnv.js';
import { LOG_LEVELS } from '../log/logger.js';

/** What the HTTP interactions endpoint (`npm run serve`) reads from its environment. */
export const httpEnvSchema = z.object({
  DISCORD_PUBLIC_KEY: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{64}$/, 'expected 64 hexadecimal characters'),
  PORT: z.coerce
    .number({ error: 'expected a port number' })
    .int('expected a whole number')
    .min(0, 'expected a port from 0 to 65535')
    .max(65535, 'expected a port from 0 to 65535')
    .default(8080),
  HOST: z.string().trim().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  KNOWLEDGE_DIR: z.string().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: 'expected a whole number' })
    .int('expected a whole number')
    .min(0, 'expected 0 (off) or a positive whole number')
    .default(20),
  ...operationsEnvShape,
});
export type HttpEnv = z.infer<typeof httpEnvSchema>;

/** How to fix each variable, shown when it is missing or malformed. */
export const HTTP_ENV_HINTS = {
  DISCORD_PUBLIC_KEY:
    'Copy the Public Key from the Discord developer portal (General Information) into .env: 64 hex characters.',
  PORT: 'Use a port number from 0 to 65535, or leave it empty for 8080.',
  HOST: 'Leave it empty to listen on every interface, or set an address such as 127.0.0.1 behind a proxy.',
  LOG_LEVEL: `Use one of: ${LOG_LEVELS.join(', ')}.`,
  KNOWLEDGE_DIR: 'Point it at a folder with the knowledge JSON files, or leave it empty for ./knowledge.',
  RATE_LIMIT_PER_MINUTE: 'Questions each user may ask per minute; 0 turns the limit off.',
  ...OPERATIONS_ENV_HINTS,
} as const satisfies Record<keyof HttpEnv, string>;

/** Reads the endpoint's settings; on failure the message names every bad variable and its fix. */
export function readHttpEnv(source: Readonly<Record<string, string | undefined>>): EnvResult<HttpEnv> {
  return parseEnv(httpEnvSchema, source, HTTP_ENV_HINTS);
}
