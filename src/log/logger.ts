/** Severity of a log record, lowest first. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Structured context attached to a record: ids, command names, error objects. */
export type LogContext = Readonly<Record<string, unknown>>;

/** What every module that logs receives as a parameter; there is no global logger. */
export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warn(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
}

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Where finished lines go; the entry point passes stderr, tests pass an array's push. */
  readonly write: (line: string) => void;
  /** Strings that must never appear in a log line (the bot token); each is replaced by `[redacted]`. */
  readonly secrets?: readonly string[];
  readonly now?: () => Date;
}

/**
 * A JSON-lines logger. Secrets are scrubbed from the finished line, not from chosen fields, so a
 * token that reaches a log through an error message or a URL is caught too.
 */
export function createLogger(options: LoggerOptions): Logger {
  const threshold = LOG_LEVELS.indexOf(options.level);
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  const now = options.now ?? (() => new Date());

  function log(level: LogLevel, message: string, context?: LogContext): void {
    if (LOG_LEVELS.indexOf(level) < threshold) return;
    let line = JSON.stringify({ time: now().toISOString(), level, message, ...serialize(context) });
    for (const secret of secrets) line = line.split(secret).join('[redacted]');
    options.write(line);
  }

  return {
    debug: (message, context) => log('debug', message, context),
    info: (message, context) => log('info', message, context),
    warn: (message, context) => log('warn', message, context),
    error: (message, context) => log('error', message, context),
  };
}

/** A logger that drops everything, for tests that do not look at logs. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function serialize(context: LogContext | undefined): Record<string, unknown> {
  if (context === undefined) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(context)) {
    out[key] =
      value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
  }
  return out;
}
