import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface IdleRssOptions {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  /** Seen on stdout or stderr once the process is up (e.g. "bot ready"). */
  readonly ready: RegExp;
  /** How long to leave it idle after `ready` before reading its RSS. */
  readonly settleMs?: number;
  readonly timeoutMs?: number;
}

/**
 * Starts a long-running entry point, waits until it says it is ready, lets it idle, reads its
 * resident set size (VmRSS from /proc, MiB), then stops it with SIGTERM.
 */
export async function idleRss(options: IdleRssOptions): Promise<number> {
  const child = spawn(options.command, [...options.args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    while (!options.ready.test(output)) {
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`${options.args.join(' ')} never got ready:\n${output.slice(-2000)}`);
      }
      await sleep(20);
    }
    await sleep(options.settleMs ?? 1_000);
    return readRssMb(child.pid ?? -1);
  } finally {
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(5_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

function readRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (kib === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) / 1024;
}
