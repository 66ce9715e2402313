import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../src/discord/createRouter.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { DEFAULT_CONNECTION_LIMITS } from '../../src/http/createInteractionServer.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { silentLogger } from '../../src/log/logger.js';
import { commandInteraction, type RunningServer, sendSigned, startServer } from '../support/httpHarness.js';
import { malformedInteractions } from '../support/malformedInteractions.js';

const engine = createEngine(loadKnowledge(join(import.meta.dirname, '../../knowledge')));
const router = createRouter({ engine, logger: silentLogger });
const PING = JSON.stringify({ type: 1, id: '1', token: 't' });

describe('malformed but signed interactions', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(router);
  });
  afterAll(async () => {
    await server.close();
  });

  it.each(malformedInteractions())(
    '$name → 400 naming $field, never the router',
    async ({ payload, field }) => {
      const before = server.calls.length;
      const res = await sendSigned(server.port, server.keys, JSON.stringify(payload));
      expect(res.status).toBe(400);
      expect((JSON.parse(res.text) as { error: string }).error).toContain(field);
      expect(server.calls.length).toBe(before);
    },
  );

  it('answers a well-formed interaction afterwards', async () => {
    const res = await sendSigned(server.port, server.keys, commandInteraction('supply'));
    expect(res.status).toBe(200);
  });
});

describe('replayed interactions', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(router, { quiet: true });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers a signed interaction once; the same request again gets 409 and reaches nothing', async () => {
    const body = commandInteraction('supply');
    const first = await sendSigned(server.port, server.keys, body);
    expect(first.status).toBe(200);
    const calls = server.calls.length;
    for (let i = 0; i < 3; i++) {
      const replay = await sendSigned(server.port, server.keys, body);
      expect(replay.status).toBe(409);
    }
    expect(server.calls.length).toBe(calls);
    // A new interaction from the same user is answered as usual.
    expect((await sendSigned(server.port, server.keys, commandInteraction('supply'))).status).toBe(200);
  });

  it('answers every PING: Discord checks the endpoint with them and they cost nothing', async () => {
    for (let i = 0; i < 3; i++) expect((await sendSigned(server.port, server.keys, PING)).status).toBe(200);
  });
});

/** A socket to the server that records when it was closed and whether anything came back. */
function openSocket(
  port: number,
): Promise<{ socket: Socket; closed: () => boolean; received: () => string }> {
  return new Promise((resolve, reject) => {
    let closed = false;
    let received = '';
    const socket = connect(port, '127.0.0.1');
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    socket.on('close', () => {
      closed = true;
    });
    socket.on('error', () => {});
    socket.once('connect', () => resolve({ socket, closed: () => closed, received: () => received }));
    socket.once('error', reject);
  });
}

/** Writes `chunk` every `everyMs` until the socket closes: a client that never finishes. */
function dribble(socket: Socket, first: string, chunk: string, everyMs: number): void {
  socket.write(first);
  const timer = setInterval(() => {
    if (socket.destroyed) clearInterval(timer);
    else socket.write(chunk);
  }, everyMs);
  socket.once('close', () => clearInterval(timer));
}

describe('slow clients', () => {
  // Short timeouts so the test is bounded; the defaults are the same mechanism at 10 s and 15 s.
  const limits = { headersTimeoutMs: 400, requestTimeoutMs: 800, checkIntervalMs: 100, maxConnections: 40 };

  it('applies the defaults: a 1 s sweep, keep-alive past a load balancer’s 60 s, a connection bound', async () => {
    expect(DEFAULT_CONNECTION_LIMITS.checkIntervalMs).toBeLessThanOrEqual(1_000);
    expect(DEFAULT_CONNECTION_LIMITS.keepAliveTimeoutMs).toBeGreaterThan(60_000);
    expect(DEFAULT_CONNECTION_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(Number.isFinite(DEFAULT_CONNECTION_LIMITS.maxConnections)).toBe(true);
  });

  it('cuts idle, slow-header and slow-body sockets at their timeouts while signed PINGs are answered', async () => {
    const server = await startServer(router, { quiet: true, limits });
    const sockets: Awaited<ReturnType<typeof openSocket>>[] = [];
    try {
      for (let i = 0; i < 10; i++) sockets.push(await openSocket(server.port));
      for (let i = 0; i < 10; i++) {
        const slow = await openSocket(server.port);
        dribble(slow.socket, 'POST /interactions HTTP/1.1\r\nHost: x\r\n', 'X-Slow: 1\r\n', 50);
        sockets.push(slow);
      }
      for (let i = 0; i < 10; i++) {
        const slow = await openSocket(server.port);
        dribble(
          slow.socket,
          'POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n',
          '{',
          50,
        );
        sockets.push(slow);
      }
      // Thirty slow sockets open, and the endpoint still answers.
      expect(sockets.filter((s) => !s.closed()).length).toBe(30);
      const pong = await sendSigned(server.port, server.keys, PING);
      expect(pong.status).toBe(200);

      // Each is cut within its timeout plus one sweep; Node's default 30 s sweep would take far longer.
      await expect
        .poll(() => sockets.filter((s) => !s.closed()).length, { timeout: 4_000, interval: 50 })
        .toBe(0);
      expect(sockets.every((s) => s.received().startsWith('HTTP/1.1 408'))).toBe(true);
      expect((await sendSigned(server.port, server.keys, PING)).status).toBe(200);
    } finally {
      for (const s of sockets) s.socket.destroy();
      await server.close();
    }
  });

  it('closes connections past maxConnections at once, and serves again when the idle ones are cut', async () => {
    const server = await startServer(router, { quiet: true, limits: { ...limits, maxConnections: 5 } });
    const sockets: Awaited<ReturnType<typeof openSocket>>[] = [];
    try {
      for (let i = 0; i < 5; i++) sockets.push(await openSocket(server.port));
      const extra = await openSocket(server.port);
      await expect.poll(() => extra.closed(), { timeout: 2_000, interval: 20 }).toBe(true);
      expect(extra.received()).toBe('');
      await expect.poll(() => sockets.every((s) => s.closed()), { timeout: 4_000, interval: 50 }).toBe(true);
      expect((await sendSigned(server.port, server.keys, PING)).status).toBe(200);
    } finally {
      for (const s of sockets) s.socket.destroy();
      await server.close();
    }
  });
});
