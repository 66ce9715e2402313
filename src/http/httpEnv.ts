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
  // Decimal digits only: Number() would read `0x50` as 80 and `1e3` as 1000.
  PORT: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, 'expected a decimal port number from 1 to 65535')
    .transform(Number)
    .pipe(z.number().min(1, 'expected a port from 1 to 65535').max(65535, 'expected a port from 1 to 65535'))
    .default(8080),
  HOST: z.string().trim().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  KNOWLEDGE_DIR: z.string().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: 'expected a whole number' })
    .int('expected a whole number')
    .min(0, 'expected 0 (off) or a positive whole number')
    .default(20),
  SERVE_WORKERS: z.coerce
    .number({ error: 'expected a whole number' })
    .int('expected a whole number')
    .min(1, 'expected a number of workers from 1 to 64')
    .max(64, 'expected a number of workers from 1 to 64')
    .default(1),
  ...operationsEnvShape,
});
export type HttpEnv = z.infer<typeof httpEnvSchema>;

/** How to fix each variable, shown when it is missing or malformed. */
export const HTTP_ENV_HINTS = {
  DISCORD_PUBLIC_KEY:
    'Copy the Public Key from the Discord developer portal (General Information) into .env: 64 hex characters.',
  PORT: 'Use a decimal port number from 1 to 65535, or leave it empty for 8080.',
  HOST: 'Leave it empty to listen on every interface, or set an address such as 127.0.0.1 behind a proxy.',
  LOG_LEVEL: `Use one of: ${LOG_LEVELS.join(', ')}.`,
  KNOWLEDGE_DIR: 'Point it at a folder with the knowledge JSON files, or leave it empty for ./knowledge.',
  RATE_LIMIT_PER_MINUTE: 'Questions each user may ask per minute; 0 turns the limit off.',
  SERVE_WORKERS:
    'How many worker processes share the port (node:cluster); 1 (the default) runs one process. At most one per spare core.',
  ...OPERATIONS_ENV_HINTS,
} as const satisfies Record<keyof HttpEnv, string>;

/** Reads the endpoint's settings; on failure the message names every bad variable and its fix. */
export function readHttpEnv(source: Readonly<Record<string, string | undefined>>): EnvResult<HttpEnv> {
  return parseEnv(httpEnvSchema, source, HTTP_ENV_HINTS);
}
