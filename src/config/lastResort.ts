import type { Logger } from '../log/logger.js';

/** The exit code after an uncaught exception: EX_SOFTWARE, "internal software error". */
export const UNCAUGHT_EXIT_CODE = 70;
/** How long the entry point's `stop` gets before the process exits anyway. */
const STOP_GRACE_MS = 3_000;

/**
 * The last-resort handlers of an entry point, for errors that every handler of ours missed.
 *
 * - A rejected promise nobody awaited is logged and the process keeps serving: the rejection
 *   unwound nothing but that promise's own chain.
 * - An uncaught exception is logged, `stop` closes connections cleanly, and the process exits
 *   {@link UNCAUGHT_EXIT_CODE} for its supervisor to restart it. Such a throw has unwound through
 *   code (discord.js's caches and shard state, Node's own) in the middle of an update, so what is
 *   in memory can no longer be trusted; a restart takes seconds, serving from corrupt state does
 *   not end.
 */
export function installLastResort(logger: Logger, stop: () => Promise<void>): void {
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled promise rejection; still serving', { error: reason });
  });
  let exiting = false;
  process.on('uncaughtException', (error, origin) => {
    logger.error('uncaught exception; exiting for the supervisor to restart', { error, origin });
    if (exiting) return;
    exiting = true;
    const exit = () => process.exit(UNCAUGHT_EXIT_CODE);
    setTimeout(exit, STOP_GRACE_MS).unref();
    stop().then(exit, exit);
  });
}
