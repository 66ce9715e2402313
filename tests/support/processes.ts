import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

export interface Run {
  readonly child: ChildProcess;
  /** stdout and stderr so far. */
  readonly output: () => string;
  readonly exit: Promise<number | null>;
  /** Resolves with the first JSON log line whose message is `message`. */
  logLine(message: string, timeoutMs?: number): Promise<Record<string, unknown>>;
}

/** Runs a built entry point (npm test builds first) with only the given environment, from `tests/` (no .env). */
export function runEntry(entry: string, env: Record<string, string>): Run {
  const child = spawn(process.execPath, [join(ROOT, 'dist', entry)], {
    cwd: join(ROOT, 'tests'),
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exit = once(child, 'exit').then(([code]) => code as number | null);
  const find = (message: string) =>
    output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((record) => record.message === message);
  return {
    child,
    output: () => output,
    exit,
    async logLine(message, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const record = find(message);
        if (record !== undefined) return record;
        if (child.exitCode !== null) throw new Error(`exited before logging "${message}":\n${output}`);
        if (Date.now() > until) throw new Error(`no "${message}" within ${timeoutMs} ms:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}
