import { join } from 'node:path';
import {
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/discord/createRouter.js';
import { decodeCustomId } from '../../src/discord/customId.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { silentLogger } from '../../src/log/logger.js';
import { ECHO_MAX, inertText } from '../../src/render/inertText.js';
import { ATTACKS, echoedParts, liveMarkup } from '../support/inertChecks.js';
import { buttonClick, chatInput, messageCommand } from '../support/interactions.js';

const engine = createEngine(loadKnowledge(join(import.meta.dirname, '../../knowledge')));
const route = createRouter({ engine, logger: silentLogger });
const attacks = Object.entries(ATTACKS);

function dataOf(response: APIInteractionResponse): APIInteractionResponseCallbackData {
  if (
    response.type !== InteractionResponseType.ChannelMessageWithSource &&
    response.type !== InteractionResponseType.UpdateMessage
  ) {
    throw new Error(`expected a message response, got type ${response.type}`);
  }
  return response.data ?? {};
}

/** Everything Discord shows of a message: content, and every embed's text. */
function shown(data: APIInteractionResponseCallbackData): string {
  return [
    data.content ?? '',
    ...(data.embeds ?? []).flatMap((e) => [
      e.title,
      e.description,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text,
    ]),
  ].join('\n');
}

/** The reply quotes the attack (so the test sees the echo) and none of it is live. */
function expectInertEcho(text: string): void {
  const echoes = echoedParts(text);
  expect(echoes.length).toBeGreaterThan(0);
  for (const echo of echoes) expect(liveMarkup(echo), echo).toEqual([]);
  expect(text).not.toContain('https://evil.example');
  expect(text).not.toMatch(/@(everyone|here)/);
  expect(text).not.toMatch(/<[@#/]/);
}

describe('inertText', () => {
  it.each(attacks)('leaves %s readable but with no live markup', (_name, attack) => {
    const inert = inertText(attack);
    expect(liveMarkup(inert)).toEqual([]);
    // Nothing is removed, only escaped or broken up: the words are still there to read.
    const visible = inert.replace(/\\(?=[\p{P}\p{S}])/gu, '').replace(/\u2060/g, '');
    expect(visible).toBe(attack.replace(/\s+/g, ' ').trim());
  });

  it('escapes a masked link and @everyone exactly', () => {
    expect(inertText(ATTACKS.maskedLink)).toBe(
      '\\[Verify your account\\](https:\u2060//evil.example/login) @\u2060everyone',
    );
  });

  it('caps the length in code points, escapes included, without splitting an escape or a surrogate pair', () => {
    expect([...inertText('𝕏'.repeat(500))].length).toBe(ECHO_MAX);
    expect(inertText('𝕏'.repeat(500)).endsWith('…')).toBe(true);
    const escaped = inertText('*'.repeat(500));
    expect(escaped).toMatch(/^(\\\*)+…$/);
    expect(inertText('short')).toBe('short');
  });
});

describe('echoed user text in replies', () => {
  it.each(attacks)('/cloud company:<%s> answers not-found with the name inert', async (_name, attack) => {
    const { response } = await route(chatInput('cloud', { company: attack }));
    expectInertEcho(shown(dataOf(response)));
  });

  it.each(attacks)('/ask question:"/cloud company:<%s>" echoes it inert', async (_name, attack) => {
    const { response } = await route(chatInput('ask', { question: `/cloud company:${attack}` }));
    expectInertEcho(shown(dataOf(response)));
  });

  it.each(attacks)('the context menu on "/cloud company:<%s>" echoes it inert', async (_name, attack) => {
    const { response } = await route(messageCommand(`/cloud company:${attack}`));
    expectInertEcho(shown(dataOf(response)));
  });

  it('the language button of such a reply re-renders it inert in the other language', async () => {
    const { response } = await route(
      chatInput('ask', { question: '/cloud company:[Verify](https://evil.example) @everyone' }),
    );
    const ids = (dataOf(response).components ?? []).flatMap((row) =>
      'components' in row ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : [])) : [],
    );
    const langId = ids.find((id) => decodeCustomId(id)?.action === 'lang');
    expect(langId).toBeDefined();
    const clicked = await route(buttonClick(langId ?? ''));
    expect(clicked.response.type).toBe(InteractionResponseType.UpdateMessage);
    const text = shown(dataOf(clicked.response));
    expect(text).toContain('文章没有提到');
    expectInertEcho(text);
  });

  it('an error quoting the value the user gave shows it inert', async () => {
    const { response } = await route(chatInput('gap', { price: '[cheap](https://evil.example) @everyone' }));
    const text = dataOf(response).content ?? '';
    expect(text).toContain('cheap');
    expect(liveMarkup(text)).toEqual([]);
  });
});
