import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/bench/freePort.js';
import {
  commandInteraction,
  generateSigningKeys,
  readReply,
  send,
  sendSigned,
} from '../support/httpHarness.js';

// The built entry point, as `npm run serve` runs it (npm test builds first).
const SERVE = fileURLToPath(new URL('../../dist/http/serve.js', import.meta.url));
// A folder with no .env, so a developer's own .env cannot leak into these runs.
const CWD = mkdtempSync(join(tmpdir(), 'serve-test-'));
const VARS = [
  'DISCORD_PUBLIC_KEY',
  'PORT',
  'HOST',
  'LOG_LEVEL',
  'KNOWLEDGE_DIR',
  'RATE_LIMIT_PER_MINUTE',
  'SERVE_WORKERS',
  'DATA_DIR',
  'ANALYTICS',
];

afterAll(() => rmSync(CWD, { recursive: true, force: true }));

function startServe(env: Record<string, string>): { child: ChildProcess; stderr: () => string } {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VARS.includes(name)));
  const child = spawn(process.execPath, [SERVE], {
    cwd: CWD,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return { child, stderr: () => stderr };
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

async function waitFor<T>(probe: () => T | undefined, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The port of each "listening" line logged so far. */
function listeningPorts(stderr: string): { port: number; worker?: number }[] {
  return stderr
    .split('\n')
    .filter((line) => line.includes('"listening"'))
    .map((line) => JSON.parse(line) as { port: number; worker?: number });
}

describe('npm run serve (dist/http/serve.js)', () => {
  it('exits non-zero with one message naming every bad variable', async () => {
    const { child, stderr } = startServe({ PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(await exitCode(child)).toBe(1);
    const message = stderr();
    expect(message).toMatch(/Configuration error: 3 environment variables to fix/);
    expect(message).toMatch(/DISCORD_PUBLIC_KEY is missing/);
    expect(message).toMatch(/PORT is invalid/);
    expect(message).toMatch(/LOG_LEVEL is invalid/);
  });

  it('serves signed interactions with the real router and exits 0 on SIGTERM', async () => {
    const keys = generateSigningKeys();
    const { child, stderr } = startServe({
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
    });
    try {
      const port = await waitFor(() => {
        const line = stderr()
          .split('\n')
          .find((l) => l.includes('"listening"'));
        return line === undefined ? undefined : (JSON.parse(line) as { port: number }).port;
      });
      expect((await send(port, { method: 'GET', path: '/healthz' })).status).toBe(200);
      const pong = await sendSigned(port, keys, JSON.stringify({ type: 1, id: '1', token: 't' }));
      expect(JSON.parse(pong.text)).toEqual({ type: 1 });
      const gap = await sendSigned(port, keys, commandInteraction('gap'));
      expect(gap.status).toBe(200);
      const reply = await readReply(gap);
      expect(reply.payload.type).toBe(4);
      // The gap answer carries its chart, so the reply is multipart with the PNG.
      expect(reply.files[0]?.type).toBe('image/png');

      child.kill('SIGTERM');
      expect(await exitCode(child)).toBe(0);
      expect(stderr()).toContain('"shutting down"');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  // Native libraries a process has loaded are listed in /proc/<pid>/maps (Linux, as CI).
  it.runIf(process.platform === 'linux')(
    'GIVEN analytics on (the default) WHEN idle THEN SQLite is not loaded; the first question to record loads it and is kept',
    async () => {
      const keys = generateSigningKeys();
      const dataDir = mkdtempSync(join(CWD, 'data-'));
      const { child, stderr } = startServe({
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
        PORT: String(await freePort()),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
      });
      const loaded = () => readFileSync(`/proc/${child.pid}/maps`, 'utf8');
      try {
        const port = await waitFor(() => listeningPorts(stderr())[0]?.port);
        expect(stderr()).toContain('"analytics":true');
        expect(loaded()).not.toContain('better_sqlite3.node');
        expect(existsSync(join(dataDir, 'analytics.sqlite'))).toBe(false);

        const ask = JSON.parse(commandInteraction('ask')) as { data: { options: unknown[] } };
        ask.data.options = [{ name: 'question', type: 3, value: 'what does Apple think of the H200?' }];
        expect((await sendSigned(port, keys, JSON.stringify(ask))).status).toBe(200);
        await waitFor(() => (loaded().includes('better_sqlite3.node') ? true : undefined));
        await waitFor(() => (existsSync(join(dataDir, 'analytics.sqlite')) ? true : undefined));
      } finally {
        child.kill('SIGKILL');
      }
    },
  );

  it('GIVEN SERVE_WORKERS=2 THEN two workers share one port, both answer, and SIGTERM stops them all with 0', async () => {
    const keys = generateSigningKeys();
    const { child, stderr } = startServe({
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      SERVE_WORKERS: '2',
    });
    try {
      const workers = await waitFor(() => {
        const lines = listeningPorts(stderr());
        return lines.length === 2 ? lines : undefined;
      });
      expect(new Set(workers.map((w) => w.worker))).toEqual(new Set([1, 2]));
      const port = workers[0]?.port ?? 0;
      expect(workers[1]?.port).toBe(port);
      for (let i = 0; i < 4; i++) {
        const reply = await sendSigned(port, keys, commandInteraction('source'));
        expect(reply.status).toBe(200);
        expect((await readReply(reply)).payload.type).toBe(4);
      }
      child.kill('SIGTERM');
      expect(await exitCode(child)).toBe(0);
      expect(stderr()).toContain('"shutting down workers"');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('GIVEN SERVE_WORKERS=2 and a broken knowledge folder THEN the primary stops and exits non-zero', async () => {
    const { child, stderr } = startServe({
      DISCORD_PUBLIC_KEY: generateSigningKeys().publicKeyHex,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      SERVE_WORKERS: '2',
      KNOWLEDGE_DIR: fileURLToPath(new URL('../fixtures/knowledge/malformed-json', import.meta.url)),
    });
    try {
      expect(await exitCode(child)).toBe(1);
      expect(stderr()).toContain('entities.json');
      expect(stderr()).toContain('"worker failed to start; stopping"');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
