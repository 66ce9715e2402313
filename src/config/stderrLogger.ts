import { createLogger, type Logger, type LogLevel } from '../log/logger.js';

/** The entry points' logger: JSON lines on stderr, with `secrets` (the bot token) scrubbed from every line. */
export function stderrLogger(level: LogLevel, secrets: readonly string[] = []): Logger {
  return createLogger({ level, write: (line) => process.stderr.write(`${line}\n`), secrets });
}
