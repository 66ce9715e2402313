import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACKS, echoedParts, liveMarkup } from '../support/inertChecks.js';
import { type LocalDiscord, startLocalDiscord } from '../support/localDiscord.js';
import { malformedInteractions } from '../support/malformedInteractions.js';

const ROOT = join(import.meta.dirname, '../..');
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.hardening-secret-token-0123456789';

type Raw = Record<string, unknown>;
const copy = (value: unknown) => JSON.parse(JSON.stringify(value)) as Raw;

/** Content and every embed's text of a message body. */
function shownText(body: unknown): string {
  const message = body as {
    content?: string;
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  };
  return [
    message.content ?? '',
    ...(message.embeds ?? []).flatMap((e) => [
      e.title,
      e.description,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ].join('\n');
}

/**
 * The built bot (`npm start`, as a supervisor runs it) against a local Discord: a packet that kills
 * the process shows as an exit, which an in-process client could not show.
 */
describe('the gateway bot process and malformed INTERACTION_CREATE packets', () => {
  let discord: LocalDiscord;
  let child: ChildProcess;
  let output = '';

  beforeAll(async () => {
    discord = await startLocalDiscord({ token: TOKEN });
    child = spawn(process.execPath, [join(ROOT, 'dist/bot/start.js')], {
      cwd: join(ROOT, 'tests'),
      env: {
        PATH: process.env.PATH ?? '',
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        LOG_LEVEL: 'debug',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const until = Date.now() + 20_000;
    while (!output.includes('bot ready')) {
      if (Date.now() > until || child.exitCode !== null) throw new Error(`bot did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, 30_000);

  afterAll(async () => {
    if (child?.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    await discord?.close();
  });

  it('survives every malformed packet, answers those it can, logs each, then answers a valid interaction', async () => {
    const cases = malformedInteractions({
      chatInput: () =>
        copy(discord.interactionCreate.chatInput({ name: 'cloud', options: { company: 'openai' } })),
      messageCommand: () =>
        copy(
          discord.interactionCreate.messageContext({
            name: 'Ask the H100 bot',
            target: { content: 'who uses azure?' },
          }),
        ),
      autocomplete: () =>
        copy(
          discord.interactionCreate.autocomplete({
            name: 'cloud',
            options: { company: 'open' },
            focused: 'company',
          }),
        ),
    });
    for (const { name, payload } of cases) {
      discord.dispatch('INTERACTION_CREATE', payload);
      if (typeof payload.id !== 'string') continue;
      // The ones with an id and a token are told the request could not be read.
      const callback = await discord.waitForRequest(
        discord.isCallbackOf({ id: payload.id, token: String(payload.token) }),
        5_000,
      );
      const body = callback.body as {
        type: number;
        data?: { content?: string; choices?: unknown[]; flags?: number };
      };
      if (payload.type === 4) expect(body, name).toEqual({ type: 8, data: { choices: [] } });
      else {
        expect(body.type, name).toBe(4);
        expect(body.data?.content, name).toContain('could not read');
        expect(body.data?.flags, name).toBe(64);
      }
    }
    expect(child.exitCode).toBeNull();
    await expect
      .poll(() => output.split('"interaction dropped: malformed"').length - 1, { timeout: 5_000 })
      .toBe(cases.length);

    const valid = await discord.interact(
      discord.interactionCreate.chatInput({ name: 'who-uses', options: { cloud: 'aws' } }),
    );
    expect(JSON.stringify(valid.body)).toContain('Anthropic');
    expect(child.exitCode).toBeNull();
    expect(output).not.toContain(TOKEN);
  }, 60_000);

  it.each(Object.entries(ATTACKS))(
    'echoes %s inert in a reply to a mention and to a DM',
    async (_name, attack) => {
      for (const where of [{ mentionsBot: true }, { dm: true }]) {
        const sent = discord.sendMessage({ content: `/cloud company:${attack}`, ...where });
        const reply = await discord.waitForRequest(discord.isReplyTo(sent), 10_000);
        const text = shownText(reply.body);
        const echoes = echoedParts(text);
        expect(echoes.length).toBeGreaterThan(0);
        for (const echo of echoes) expect(liveMarkup(echo), echo).toEqual([]);
        expect(text).not.toContain('https://evil.example');
      }
    },
    30_000,
  );

  it('answers a long mention from its first part and says so', async () => {
    const sent = discord.sendMessage({
      content: `which cloud does Anthropic use? ${'x'.repeat(3000)}`,
      mentionsBot: true,
    });
    const reply = await discord.waitForRequest(discord.isReplyTo(sent), 10_000);
    expect((reply.body as { content?: string }).content).toContain('first 500 characters');
    expect(shownText(reply.body)).toContain('AWS');
  }, 30_000);
});
