import { connect } from 'node:net';
import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionRouter } from '../../src/discord/interactionRouter.js';
import {
  commandInteraction,
  messageReply,
  type RunningServer,
  send,
  sendSigned,
  signRequest,
  startServer,
} from '../support/httpHarness.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x0d, 0x0a, 0x2d, 0x2d]);
const MiB = 1024 * 1024;

/** The stub router: `boom` throws, `chart` answers with two files, anything else with text. */
const stubRouter: InteractionRouter = async (interaction) => {
  const name = interaction.type === InteractionType.ApplicationCommand ? interaction.data.name : '';
  if (name === 'boom') throw new Error('router exploded');
  if (name === 'chart') {
    const reply = messageReply('here is a chart');
    const response = {
      ...reply.response,
      data: {
        content: 'here is a chart',
        embeds: [{ image: { url: 'attachment://chart.png' } }],
        attachments: [{ id: 0, filename: 'old.png', description: 'Bar chart of the gap' }],
      },
    } as typeof reply.response;
    return {
      response,
      files: [
        { name: 'chart.png', data: PNG, contentType: 'image/png' },
        { name: '差距 "gap".csv', data: Buffer.from('a,b\n1,2\n'), contentType: 'text/csv' },
      ],
    };
  }
  return messageReply(`answered ${name}`);
};

let server: RunningServer;

beforeAll(async () => {
  server = await startServer(stubRouter);
});
afterAll(async () => {
  await server.close();
});

describe('POST /interactions with a valid signature', () => {
  it('hands the interaction to the router and answers its reply as JSON', async () => {
    const before = server.calls.length;
    const res = await sendSigned(server.port, server.keys, commandInteraction('gap'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.text)).toEqual({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: 'answered gap', flags: 64 },
    });
    expect(server.calls.length).toBe(before + 1);
    expect(server.calls.at(-1)?.type).toBe(InteractionType.ApplicationCommand);
  });

  it('answers PING with PONG without calling the router', async () => {
    const before = server.calls.length;
    const res = await sendSigned(server.port, server.keys, JSON.stringify({ type: 1, id: '1', token: 't' }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ type: 1 });
    expect(server.calls.length).toBe(before);
  });

  it('sends files as multipart/form-data with payload_json and files[n] that parse back', async () => {
    const res = await sendSigned(server.port, server.keys, commandInteraction('chart'));
    expect(res.status).toBe(200);
    const contentType = String(res.headers['content-type']);
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(res.body, { headers: { 'content-type': contentType } }).formData();

    const payload = JSON.parse(String(form.get('payload_json')));
    expect(payload.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(payload.data.content).toBe('here is a chart');
    // ids match files[n]; alt text the router gave is kept, the filename is the file's own.
    expect(payload.data.attachments).toEqual([
      { id: '0', filename: 'chart.png', description: 'Bar chart of the gap' },
      { id: '1', filename: '差距 "gap".csv' },
    ]);

    const chart = form.get('files[0]') as File;
    expect(chart.name).toBe('chart.png');
    expect(chart.type).toBe('image/png');
    expect(Buffer.from(await chart.arrayBuffer())).toEqual(PNG);
    const csv = form.get('files[1]') as File;
    expect(csv.name).toBe('差距 "gap".csv');
    expect(await csv.text()).toBe('a,b\n1,2\n');
  });
});

describe('signature failures: 401 and the router is never called', () => {
  const body = commandInteraction('gap');

  it.each([
    ['no headers at all', {}],
    ['no signature', { 'x-signature-timestamp': String(Math.floor(Date.now() / 1000)) }],
    ['no timestamp', { 'x-signature-ed25519': 'ab'.repeat(64) }],
    ['a signature that is not hex', { 'x-signature-ed25519': 'zz'.repeat(64), 'x-signature-timestamp': '1' }],
  ])('%s', async (_label, headers) => {
    const before = server.calls.length;
    const res = await send(server.port, { headers, body });
    expect(res.status).toBe(401);
    expect(server.calls.length).toBe(before);
  });

  it('a signature made with another key', async () => {
    const other = await startServer(stubRouter, { quiet: true });
    try {
      const before = server.calls.length;
      const res = await send(server.port, { headers: signRequest(other.keys.privateKey, body), body });
      expect(res.status).toBe(401);
      expect(server.calls.length).toBe(before);
    } finally {
      await other.close();
    }
  });

  it('a body changed after signing', async () => {
    const before = server.calls.length;
    const headers = signRequest(server.keys.privateKey, body);
    const res = await send(server.port, { headers, body: body.replace('gap', 'gaq') });
    expect(res.status).toBe(401);
    expect(server.calls.length).toBe(before);
  });

  it('a timestamp changed after signing', async () => {
    const now = Math.floor(Date.now() / 1000);
    const headers = signRequest(server.keys.privateKey, body, String(now));
    const res = await send(server.port, {
      headers: { ...headers, 'x-signature-timestamp': String(now - 1) },
      body,
    });
    expect(res.status).toBe(401);
  });

  it('an invalid body is refused for its signature before it is parsed', async () => {
    const res = await send(server.port, {
      headers: { 'x-signature-ed25519': 'ab'.repeat(64), 'x-signature-timestamp': '1' },
      body: '{not json',
    });
    expect(res.status).toBe(401);
  });
});

describe('replayed requests (injected clock)', () => {
  const NOW_MS = 1_700_000_000_000;
  let clocked: RunningServer;
  beforeAll(async () => {
    clocked = await startServer(stubRouter, { now: () => NOW_MS, quiet: true });
  });
  afterAll(async () => {
    await clocked.close();
  });

  it.each([
    ['5 min 1 s old', -301, 401],
    ['5 min 1 s ahead', 301, 401],
    ['a day old', -86_400, 401],
    ['4 min 59 s old', -299, 200],
    ['exactly 5 min ahead', 300, 200],
  ])('a correctly signed request %s → %i', async (_label, offset, status) => {
    const before = clocked.calls.length;
    const timestamp = String(NOW_MS / 1000 + offset);
    const res = await sendSigned(clocked.port, clocked.keys, commandInteraction('gap'), timestamp);
    expect(res.status).toBe(status);
    expect(clocked.calls.length).toBe(before + (status === 200 ? 1 : 0));
  });

  it('a timestamp that is not a whole number of seconds is refused', async () => {
    for (const timestamp of [`${NOW_MS / 1000}.5`, `${NOW_MS}`, `-${NOW_MS / 1000}`, '1e9', ' 1700000000']) {
      const res = await sendSigned(clocked.port, clocked.keys, commandInteraction('gap'), timestamp);
      expect(res.status, timestamp).toBe(401);
    }
  });
});

describe('malformed bodies with a valid signature: 400', () => {
  it.each([
    ['broken JSON', '{"type": 2,'],
    ['empty body', ''],
    ['an array', '[1,2]'],
    ['null', 'null'],
    ['a number', '2'],
    ['an object without type', '{"id":"1"}'],
    ['a string type', '{"type":"2"}'],
  ])('%s', async (_label, body) => {
    const before = server.calls.length;
    const res = await sendSigned(server.port, server.keys, body);
    expect(res.status).toBe(400);
    expect(server.calls.length).toBe(before);
  });
});

describe('body size cap', () => {
  it('refuses a 1 MiB + 1 byte body with 413 from its Content-Length', async () => {
    const body = Buffer.alloc(MiB + 1, 0x20);
    const res = await send(server.port, { headers: signRequest(server.keys.privateKey, body), body });
    expect(res.status).toBe(413);
    expect(res.headers.connection).toBe('close');
  });

  it('accepts a signed body of exactly 1 MiB (then 400: it is not an interaction)', async () => {
    const body = Buffer.alloc(MiB, 0x20);
    const res = await send(server.port, { headers: signRequest(server.keys.privateKey, body), body });
    expect(res.status).toBe(400);
  });

  it('stops reading a chunked body as soon as it passes 1 MiB, without waiting for its end', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => {
        received += chunk.toString('latin1');
        if (received.includes('\r\n\r\n')) resolve(received);
      });
      socket.on('error', reject);
      socket.write(
        'POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n' +
          'X-Signature-Ed25519: 00\r\nX-Signature-Timestamp: 1\r\n\r\n',
      );
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      for (let i = 0; i < 17; i++)
        socket.write(`${chunk.length.toString(16)}\r\n${chunk.toString('latin1')}\r\n`);
      // No terminating chunk: the body never ends, yet the answer must come.
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('refuses an announced oversized body under Expect: 100-continue before it is sent', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => {
        received += chunk.toString('latin1');
        if (received.includes('\r\n\r\n')) resolve(received);
      });
      socket.on('error', reject);
      socket.write(
        `POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${MiB + 1}\r\nExpect: 100-continue\r\n\r\n`,
      );
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  });
});

describe('routing', () => {
  it('GET /interactions → 405 with Allow: POST', async () => {
    const res = await send(server.port, { method: 'GET' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });

  it.each(['PUT', 'DELETE', 'PATCH'])('%s /interactions → 405', async (method) => {
    const res = await send(server.port, { method, body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });

  it('a large body to the wrong method or path is refused unread, and the connection closed', async () => {
    const body = Buffer.alloc(2 * MiB, 0x20);
    const wrongMethod = await send(server.port, { method: 'PUT', body });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.connection).toBe('close');
    const wrongPath = await send(server.port, { method: 'POST', path: '/upload', body });
    expect(wrongPath.status).toBe(404);
    expect(wrongPath.headers.connection).toBe('close');
  });

  it('unknown paths → 404', async () => {
    for (const path of ['/', '/interaction', '/interactions/', '/healthz/x', '/%zz']) {
      const res = await send(server.port, { method: 'GET', path });
      expect(res.status, path).toBe(404);
    }
  });

  it('a query string does not change the route', async () => {
    const body = commandInteraction('gap');
    const res = await send(server.port, {
      path: '/interactions?x=1',
      headers: signRequest(server.keys.privateKey, body),
      body,
    });
    expect(res.status).toBe(200);
  });

  it('GET /healthz → 200 {ok:true}', async () => {
    const res = await send(server.port, { method: 'GET', path: '/healthz' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ ok: true });
  });

  it('POST /healthz → 405', async () => {
    const res = await send(server.port, { method: 'POST', path: '/healthz', body: '{}' });
    expect(res.status).toBe(405);
  });
});

describe('a router that throws', () => {
  it('gets a 500, a log line with context but no token, and the server keeps serving', async () => {
    const token = 'aW50ZXJhY3Rpb24tdG9rZW4tc2VjcmV0';
    const body = commandInteraction('boom', token);
    const res = await sendSigned(server.port, server.keys, body);
    expect(res.status).toBe(500);
    expect(res.text).not.toContain('router exploded');

    const line = server.logs.find((l) => l.includes('interaction router failed'));
    expect(line).toBeDefined();
    const record = JSON.parse(line as string);
    expect(record).toMatchObject({
      level: 'error',
      interactionId: JSON.parse(body).id,
      command: 'boom',
      userId: '200000000000000001',
      error: { message: 'router exploded' },
    });
    expect(server.logs.join('\n')).not.toContain(token);
    expect(server.logs.join('\n')).not.toContain('x-signature');

    const after = await sendSigned(server.port, server.keys, commandInteraction('gap'));
    expect(after.status).toBe(200);
    expect((await send(server.port, { method: 'GET', path: '/healthz' })).status).toBe(200);
  });

  it('a router that throws synchronously is caught too', async () => {
    const sync = await startServer(
      () => {
        throw new Error('sync');
      },
      { quiet: true },
    );
    try {
      const res = await sendSigned(sync.port, sync.keys, commandInteraction('gap'));
      expect(res.status).toBe(500);
      expect((await send(sync.port, { method: 'GET', path: '/healthz' })).status).toBe(200);
    } finally {
      await sync.close();
    }
  });

  it('a reply that cannot be serialised gets a 500, not a crash', async () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const bad = await startServer(
      async () => ({ response: { type: 4, data: circular }, files: [] }) as never,
      { quiet: true },
    );
    try {
      const res = await sendSigned(bad.port, bad.keys, commandInteraction('gap'));
      expect(res.status).toBe(500);
    } finally {
      await bad.close();
    }
  });
});
