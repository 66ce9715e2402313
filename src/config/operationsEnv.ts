import { z } from 'zod';

/** Settings for running in production that the gateway bot and the HTTP endpoint share. */
export const operationsEnvShape = {
  REDIS_URL: z
    .url({
      protocol: /^rediss?$/,
      error: 'expected a redis:// or rediss:// URL such as redis://127.0.0.1:6379',
    })
    .optional(),
  DATA_DIR: z.string().optional(),
  ANALYTICS: z.enum(['on', 'off']).default('on'),
  ANALYTICS_MAX_MB: z.coerce
    .number({ error: 'expected a number of megabytes' })
    .positive('expected a positive number of megabytes')
    .default(512),
};

export const OPERATIONS_ENV_HINTS = {
  REDIS_URL:
    'Leave it empty to keep the rate limit in each process, or set redis://host:6379 so replicas and shards share it.',
  DATA_DIR: 'A writable folder for analytics.sqlite, or leave it empty for ./data.',
  ANALYTICS:
    'on (default) records unanswered questions and 👍/👎 votes, without user ids; off records nothing.',
  ANALYTICS_MAX_MB:
    'The most the analytics file may grow to, in MB (default 512); past it records are skipped.',
} as const;

/**
 * `METRICS_PORT` for the gateway bot, which has no HTTP server of its own: decimal only, as `PORT`
 * (`0x50` or `1e3` would otherwise listen somewhere unexpected); 0 takes any free port.
 */
export const metricsPortSchema = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/, 'expected a decimal port number from 0 to 65535')
  .transform(Number)
  .pipe(z.number().max(65535, 'expected a port from 0 to 65535'))
  .optional();
