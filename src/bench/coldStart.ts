import { spawn } from 'node:child_process';

/**
 * Milliseconds from spawning a command until its first output, i.e. until the first answer is
 * printed; the process is left to finish so runs do not overlap.
 */
export function timeToFirstOutput(command: string, args: readonly string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let first: number | undefined;
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.once('data', () => {
      first = performance.now() - start;
    });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || first === undefined)
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      else resolve(first);
    });
  });
}

/** Milliseconds from spawning a command until it exits (successfully): the whole run, floors included. */
export function timeToExit(command: string, args: readonly string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      else resolve(performance.now() - start);
    });
  });
}
