import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UNCAUGHT_EXIT_CODE } from '../../src/config/lastResort.js';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const SCRIPT = new URL('../fixtures/processes/lastResort.ts', import.meta.url).pathname;

async function run(
  mode: 'throw' | 'reject',
): Promise<{ code: number | null; lines: Record<string, unknown>[] }> {
  const child = spawn(process.execPath, ['--import', TSX, SCRIPT, mode], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  const lines = stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { code, lines };
}

describe('the last-resort handlers', () => {
  it('log an uncaught exception with its error, stop cleanly and exit 70 for the supervisor', async () => {
    const { code, lines } = await run('throw');
    expect(code).toBe(UNCAUGHT_EXIT_CODE);
    const failure = lines.find(
      (l) => l.message === 'uncaught exception; exiting for the supervisor to restart',
    );
    expect(failure).toMatchObject({ level: 'error', error: { message: 'boom in a timer' } });
    expect(lines.some((l) => l.message === 'stopped cleanly')).toBe(true);
  }, 20_000);

  it('log an unhandled rejection and keep serving', async () => {
    const { code, lines } = await run('reject');
    expect(code).toBe(0);
    const index = lines.findIndex((l) => l.message === 'unhandled promise rejection; still serving');
    expect(lines[index]).toMatchObject({ level: 'error', error: { message: 'nobody awaited this' } });
    expect(lines.slice(index + 1).some((l) => l.message === 'serving')).toBe(true);
  }, 20_000);
});
