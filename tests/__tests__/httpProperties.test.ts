import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignatureVerifier, parsePublicKey } from '../../src/http/verifySignature.js';
import {
  generateSigningKeys,
  messageReply,
  type RunningServer,
  send,
  signRequest,
  startServer,
} from '../support/httpHarness.js';

let server: RunningServer;
beforeAll(async () => {
  // The stub answers anything; only the server's own checks are under test here.
  server = await startServer(async () => messageReply('ok'), { quiet: true });
});
afterAll(async () => {
  await server.close();
});

const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: length, maxLength: length });
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Header values an HTTP client can send: printable ASCII, plus shapes close to the real thing. */
const signatureHeader = fc.option(fc.oneof(fc.string(), hex(128), hex(127), hex(130), fc.constant('')), {
  nil: undefined,
});
const timestampHeader = fc.option(
  fc.oneof(
    fc.string(),
    fc.integer().map(String),
    fc.integer({ min: -600, max: 600 }).map((offset) => String(nowSeconds() + offset)),
    fc.double().map(String),
  ),
  { nil: undefined },
);
const body = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  fc.string().map((s) => Buffer.from(s)),
  fc.json().map((s) => Buffer.from(s)),
  fc.record({ type: fc.anything() }).map((o) => Buffer.from(JSON.stringify(o) ?? '')),
);

async function healthy(): Promise<boolean> {
  return (await send(server.port, { method: 'GET', path: '/healthz' })).status === 200;
}

describe('/interactions under arbitrary input (fast-check)', () => {
  it('random bodies with random signature headers get only 401 (or 413), never a 5xx', async () => {
    const before = server.calls.length;
    await fc.assert(
      fc.asyncProperty(signatureHeader, timestampHeader, body, async (signature, timestamp, payload) => {
        const headers: Record<string, string> = {};
        if (signature !== undefined) headers['x-signature-ed25519'] = signature;
        if (timestamp !== undefined) headers['x-signature-timestamp'] = timestamp;
        const res = await send(server.port, { headers, body: payload });
        expect([401, 413]).toContain(res.status);
      }),
      { numRuns: 300 },
    );
    expect(server.calls.length).toBe(before);
    expect(await healthy()).toBe(true);
  });

  it('random correctly signed bodies get 200 or 400, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const res = await send(server.port, {
          headers: signRequest(server.keys.privateKey, payload),
          body: payload,
        });
        expect([200, 400]).toContain(res.status);
        if (res.status === 200) {
          const parsed = JSON.parse(payload.toString());
          expect(typeof parsed.type).toBe('number');
        }
      }),
      { numRuns: 300 },
    );
    expect(await healthy()).toBe(true);
  });

  it('random methods, paths and extra headers never get a 5xx', async () => {
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD');
    const path = fc.oneof(
      fc.constantFrom('/interactions', '/healthz', '/'),
      fc.webPath().map((p) => (p.startsWith('/') ? p : `/${p}`)),
    );
    const headerName = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
    const extra = fc.dictionary(headerName, fc.string({ maxLength: 40 }), { maxKeys: 5 });
    await fc.assert(
      fc.asyncProperty(
        method,
        path,
        extra,
        fc.uint8Array({ maxLength: 256 }),
        async (m, p, headers, payload) => {
          // Keep the framing headers ours: a random Content-Length is the client's lie, not input.
          const { 'content-length': _cl, 'transfer-encoding': _te, host: _h, expect: _e, ...rest } = headers;
          const res = await send(server.port, {
            method: m,
            path: p,
            headers: rest,
            ...(m === 'GET' || m === 'HEAD' ? {} : { body: payload }),
          });
          expect(res.status).toBeGreaterThanOrEqual(200);
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 200 },
    );
    expect(await healthy()).toBe(true);
  });

  it('raw garbage on the socket leaves the server up', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 512 }), async (bytes) => {
        await new Promise<void>((resolve) => {
          const socket = connect(server.port, '127.0.0.1');
          socket.on('error', () => resolve());
          socket.on('close', () => resolve());
          socket.on('data', (chunk) => {
            expect(chunk.toString('latin1')).not.toMatch(/^HTTP\/1\.[01] 5/);
          });
          socket.end(bytes);
          socket.setTimeout(2000, () => socket.destroy());
        });
      }),
      { numRuns: 100 },
    );
    expect(await healthy()).toBe(true);
  });
});

describe('verifySignature (fast-check)', () => {
  const keys = generateSigningKeys();
  const verify = createSignatureVerifier(keys.publicKeyHex);

  it('never throws on arbitrary strings and never accepts them', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), hex(128), fc.integer().map(String));
    const header = fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.constant(undefined));
    fc.assert(
      fc.property(header, header, fc.oneof(fc.string({ unit: 'binary' }), fc.uint8Array()), (sig, ts, b) => {
        const result = verify({
          signature: sig,
          timestamp: ts,
          body: typeof b === 'string' ? Buffer.from(b) : b,
        });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every body it signed, and rejects it once a byte changes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), fc.nat(), (bytes, at) => {
        const headers = signRequest(keys.privateKey, bytes);
        const signed = {
          signature: headers['x-signature-ed25519'],
          timestamp: headers['x-signature-timestamp'],
          body: bytes,
        };
        expect(verify(signed)).toEqual({ ok: true });
        const changed = Buffer.concat([bytes, Buffer.from([at % 256])]);
        expect(verify({ ...signed, body: changed }).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('parsePublicKey never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), hex(64), hex(63)), (text) => {
        const key = parsePublicKey(text);
        expect(key === undefined || /^[0-9a-fA-F]{64}$/.test(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
