import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../log/logger.js';

/** How long workers get to finish open requests after SIGINT/SIGTERM before they are killed. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * The cluster primary of `SERVE_WORKERS=N npm run serve`: forks `count` workers running this same
 * entry point, which share the listening port through node:cluster, and replaces a worker that
 * dies. A worker that dies before it ever listened (bad knowledge, port taken) stops them all:
 * it would only fail again. SIGINT/SIGTERM are passed on and the primary exits once all are gone.
 *
 * @returns the exit code, once every worker has exited
 */
export function runWorkers(count: number, logger: Logger): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    let code = 0;
    const listening = new Set<number>();
    const fork = () => cluster.fork();

    const stop = (exitCode: number) => {
      if (stopping) return;
      stopping = true;
      code = exitCode;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
      setTimeout(() => {
        for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      }, SHUTDOWN_GRACE_MS).unref();
    };

    cluster.on('listening', (worker: Worker) => listening.add(worker.id));
    cluster.on('exit', (worker: Worker, exitCode: number | null, signal: string | null) => {
      const everListened = listening.delete(worker.id);
      if (!stopping) {
        if (everListened) {
          logger.warn('worker died; starting another', { worker: worker.id, exitCode, signal });
          fork();
        } else {
          logger.error('worker failed to start; stopping', { worker: worker.id, exitCode, signal });
          stop(1);
        }
      }
      if (stopping && Object.keys(cluster.workers ?? {}).length === 0) resolve(code);
    });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        logger.info('shutting down workers', { signal });
        stop(0);
      });
    }
    logger.info('starting workers', { workers: count });
    for (let i = 0; i < count; i++) fork();
  });
}
