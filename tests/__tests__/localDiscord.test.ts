import { once } from 'node:events';
import {
  AttachmentBuilder,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  instantIdentifyThrottler,
  type LocalDiscord,
  type LocalDiscordOptions,
  shardIdForGuild,
  startLocalDiscord,
} from '../support/localDiscord.js';

const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
const PNG_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

const servers: LocalDiscord[] = [];
const clients: Client[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.destroy()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(options: LocalDiscordOptions = {}): Promise<LocalDiscord> {
  const discord = await startLocalDiscord(options);
  servers.push(discord);
  return discord;
}

/** A real discord.js Client pointed at the local server, logged in and ready. */
async function readyClient(discord: LocalDiscord, options: Partial<ClientOptions> = {}): Promise<Client> {
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel],
    ...options,
    rest: { api: discord.apiUrl, ...options.rest },
  });
  clients.push(client);
  const ready = once(client, Events.ClientReady);
  await client.login('fake-token');
  await ready;
  return client;
}

/** Routes every chat-input interaction to `handler`, recording errors instead of crashing the test. */
function onCommand(client: Client, handler: (interaction: ChatInputCommandInteraction) => Promise<unknown>) {
  const errors: unknown[] = [];
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (!interaction.isChatInputCommand()) return;
    handler(interaction).catch((error: unknown) => errors.push(error));
  });
  return errors;
}

describe('local Discord server with a real discord.js Client', () => {
  it('GIVEN a local server WHEN a Client logs in with a fake token THEN it fetches /gateway/bot, identifies over v10 JSON and becomes ready with the guild', async () => {
    const discord = await start({ heartbeatIntervalMs: 100 });
    const client = await readyClient(discord);

    const gatewayBot = discord.requests.find((r) => r.path === '/gateway/bot');
    expect(gatewayBot).toMatchObject({ method: 'GET', apiVersion: 10, status: 200 });
    expect(gatewayBot?.headers.authorization).toBe('Bot fake-token');
    expect(discord.connections[0]?.query).toEqual({ v: '10', encoding: 'json' });
    expect(discord.identifies).toHaveLength(1);
    expect(discord.identifies[0]).toMatchObject({ shard: [0, 1], token: 'fake-token', compress: false });
    expect(discord.identifies[0]?.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );

    expect(client.user?.id).toBe(discord.botUser.id);
    expect(client.application?.id).toBe(discord.applicationId);
    const guild = client.guilds.cache.get(discord.defaultGuild?.id ?? '');
    expect(guild?.name).toBe('Local Test Guild');
    expect(guild?.channels.cache.map((c) => c.name).sort()).toEqual(['general', 'random']);
    expect(guild?.members.me?.id).toBe(discord.botUser.id);

    // Heartbeats are acknowledged: the shard measures a ping.
    await expect.poll(() => client.ws.ping, { timeout: 2000 }).toBeGreaterThanOrEqual(0);
    expect(discord.received.some((p) => p.op === 1)).toBe(true);
  });

  it('GIVEN a ready Client WHEN a slash command is dispatched THEN both raw and interactionCreate see it and reply() reaches the callback route', async () => {
    const discord = await start();
    const client = await readyClient(discord);
    const raw: unknown[] = [];
    client.ws.on('INTERACTION_CREATE' as never, (data: unknown) => raw.push(data));
    const seen: { locale: string; question: string | null; guildId: string | null }[] = [];
    const errors = onCommand(client, async (interaction) => {
      seen.push({
        locale: interaction.locale,
        question: interaction.options.getString('question'),
        guildId: interaction.guildId,
      });
      await interaction.reply({
        content: `answer to ${interaction.options.getString('question')}`,
        allowedMentions: { parse: [] },
      });
    });

    const payload = discord.interactionCreate.chatInput({
      name: 'ask',
      options: { question: 'H100 supply' },
      locale: 'zh-CN',
    });
    const callback = await discord.interact(payload);

    expect(errors).toEqual([]);
    expect(raw).toEqual([expect.objectContaining({ id: payload.id, token: payload.token })]);
    expect(seen).toEqual([{ locale: 'zh-CN', question: 'H100 supply', guildId: discord.defaultGuild?.id }]);
    expect(callback.status).toBe(204);
    expect(callback.query).toEqual({ with_response: 'false' });
    expect(callback.headers.authorization).toBeUndefined();
    expect(callback.body).toEqual({
      type: 4,
      data: expect.objectContaining({ content: 'answer to H100 supply', allowed_mentions: { parse: [] } }),
    });
    const original = await discord.waitForOriginalResponse(payload);
    expect(original.content).toBe('answer to H100 supply');
  });

  it('GIVEN a reply with a file WHEN it is sent THEN the callback is multipart with payload_json and the exact bytes', async () => {
    const discord = await start();
    const client = await readyClient(discord);
    const errors = onCommand(client, (interaction) =>
      interaction.reply({
        content: 'chart attached',
        files: [new AttachmentBuilder(PNG_BYTES, { name: 'chart.png', description: 'A chart' })],
      }),
    );

    const payload = discord.interactionCreate.chatInput({ name: 'chart' });
    const callback = await discord.interact(payload);

    expect(errors).toEqual([]);
    expect(callback.multipart).toBe(true);
    expect(callback.body).toMatchObject({
      type: 4,
      data: { content: 'chart attached', attachments: [{ id: '0', description: 'A chart' }] },
    });
    expect(callback.files).toHaveLength(1);
    expect(callback.files[0]).toMatchObject({
      field: 'files[0]',
      name: 'chart.png',
      contentType: 'image/png',
    });
    expect(Buffer.compare(callback.files[0]?.bytes ?? Buffer.alloc(0), PNG_BYTES)).toBe(0);

    const original = await discord.waitForOriginalResponse(payload);
    const url = original.attachments[0]?.url ?? '';
    const downloaded = Buffer.from(await (await fetch(url)).arrayBuffer());
    expect(Buffer.compare(downloaded, PNG_BYTES)).toBe(0);
  });

  it('GIVEN a deferred reply WHEN the bot edits it and follows up THEN @original and the followup routes answer with messages', async () => {
    const discord = await start();
    const client = await readyClient(discord);
    const results: {
      resourceType?: number | undefined;
      edited?: string;
      followUp?: string;
      fetched?: string;
    } = {};
    const errors = onCommand(client, async (interaction) => {
      const response = await interaction.deferReply({ withResponse: true, flags: MessageFlags.Ephemeral });
      results.resourceType = response.resource?.type;
      results.edited = (await interaction.editReply('done thinking')).content;
      results.fetched = (await interaction.fetchReply()).content;
      results.followUp = (await interaction.followUp({ content: 'one more thing' })).content;
    });

    const payload = discord.interactionCreate.chatInput({ name: 'slow' });
    const callback = await discord.interact(payload);
    const followUp = await discord.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/webhooks/${discord.applicationId}/${payload.token}`,
    );

    expect(callback.query).toEqual({ with_response: 'true' });
    expect(callback.body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    expect(callback.responseBody).toMatchObject({
      interaction: { id: payload.id, response_message_loading: true, response_message_ephemeral: true },
      resource: { type: 5 },
    });
    expect(followUp.query).toEqual({ wait: 'true' });
    await expect.poll(() => results.followUp).toBe('one more thing');
    expect(errors).toEqual([]);
    expect(results).toEqual({
      resourceType: 5,
      edited: 'done thinking',
      fetched: 'done thinking',
      followUp: 'one more thing',
    });
    expect((await discord.waitForOriginalResponse(payload)).content).toBe('done thinking');
    const patch = discord.requests.find((r) => r.method === 'PATCH');
    expect(patch?.path).toBe(`/webhooks/${discord.applicationId}/${payload.token}/messages/@original`);
  });

  it('GIVEN guild and DM messages WHEN the bot replies to mentions THEN message.reply() reaches POST /channels/:id/messages', async () => {
    const discord = await start();
    const client = await readyClient(discord);
    const contents: string[] = [];
    client.on(Events.MessageCreate, (message: Message) => {
      contents.push(message.content);
      if (message.author.bot) return;
      if (message.channel.isDMBased() || message.mentions.users.has(client.user?.id ?? '')) {
        void message.reply({
          content: `hello ${message.author.username}`,
          allowedMentions: { repliedUser: false },
        });
      }
    });

    const mention = discord.sendMessage({ content: 'what is the H100 gap?', mentionsBot: true });
    const guildReply = await discord.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${mention.channel_id}/messages`,
    );
    expect(guildReply.status).toBe(200);
    expect(guildReply.body).toMatchObject({
      content: 'hello tester',
      message_reference: { message_id: mention.id },
      allowed_mentions: { replied_user: false },
    });
    expect(guildReply.responseBody).toMatchObject({ type: 19, referenced_message: { id: mention.id } });

    const dm = discord.sendMessage({ content: 'hi in private', dm: true });
    expect(dm.channel_id).not.toBe(mention.channel_id);
    const dmReply = await discord.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${dm.channel_id}/messages`,
    );
    expect(dmReply.body).toMatchObject({ content: 'hello tester', message_reference: { message_id: dm.id } });

    // Without the MESSAGE_CONTENT intent, guild messages that do not mention the bot arrive blank.
    discord.sendMessage({ content: 'just chatting' });
    await expect.poll(() => contents.length).toBe(3);
    expect(contents).toEqual([`<@${discord.botUser.id}> what is the H100 gap?`, 'hi in private', '']);
  });

  it('GIVEN autocomplete, message-context, button and select payloads WHEN discord.js parses them THEN it sees the right interaction kinds and their responses are recorded', async () => {
    const discord = await start();
    const client = await readyClient(discord);
    const seen: string[] = [];
    const errors: unknown[] = [];
    client.on(Events.InteractionCreate, (interaction: Interaction) => {
      const handle = async () => {
        if (interaction.isAutocomplete()) {
          const focused = interaction.options.getFocused(true);
          seen.push(`autocomplete ${interaction.commandName} ${focused.name}=${focused.value}`);
          await interaction.respond([{ name: 'H100 supply', value: 'supply' }]);
        } else if (interaction.isMessageContextMenuCommand()) {
          seen.push(`context ${interaction.commandName} "${interaction.targetMessage.content}"`);
          await interaction.reply({ content: 'explained', flags: MessageFlags.Ephemeral });
        } else if (interaction.isButton()) {
          seen.push(`button ${interaction.customId} on ${interaction.message.id}`);
          await interaction.update({ content: 'page 2', components: [] });
        } else if (interaction.isStringSelectMenu()) {
          seen.push(`select ${interaction.customId} ${interaction.values.join(',')}`);
          await interaction.deferUpdate();
        }
      };
      handle().catch((error: unknown) => errors.push(error));
    });

    const auto = await discord.interact(
      discord.interactionCreate.autocomplete({
        name: 'ask',
        options: { question: 'H1' },
        focused: 'question',
      }),
    );
    expect(auto.body).toEqual({ type: 8, data: { choices: [{ name: 'H100 supply', value: 'supply' }] } });

    const context = await discord.interact(
      discord.interactionCreate.messageContext({ name: 'Explain', target: { content: 'H100 is scarce' } }),
    );
    expect(context.body).toMatchObject({
      type: 4,
      data: { content: 'explained', flags: MessageFlags.Ephemeral },
    });

    const button = discord.interactionCreate.button({ customId: 'page:2' });
    const update = await discord.interact(button);
    expect(update.body).toMatchObject({ type: 7, data: { content: 'page 2', components: [] } });
    expect((await discord.waitForOriginalResponse(button)).content).toBe('page 2');

    const select = await discord.interact(
      discord.interactionCreate.stringSelect({ customId: 'lang', values: ['zh-CN'], guild: false }),
    );
    expect(select.body).toEqual({ type: 6 });

    expect(errors).toEqual([]);
    expect(seen).toEqual([
      'autocomplete ask question=H1',
      'context Explain "H100 is scarce"',
      `button page:2 on ${(button.message as { id: string }).id}`,
      'select lang zh-CN',
    ]);
  });

  it('GIVEN a Client without the GuildMessages intent WHEN a guild message is dispatched THEN the server does not deliver it, as Discord would not', async () => {
    const discord = await start();
    await readyClient(discord, { intents: [GatewayIntentBits.Guilds] });

    const result = discord.dispatch(
      'MESSAGE_CREATE',
      discord.messageCreate({ content: 'hi', mentionsBot: true }),
    );
    expect(result).toMatchObject({ delivered: false, reason: expect.stringContaining('GuildMessages') });
    expect(() => discord.sendMessage({ content: 'hi', dm: true })).toThrow(/DirectMessages/);
  });

  it('GIVEN a ready Client WHEN the server drops the socket THEN the client resumes quickly and gets the next interaction (replayed if sent while down)', async () => {
    const discord = await start();
    const client = await readyClient(discord);
    const resumed = once(client, Events.ShardResume);
    const errors = onCommand(client, (interaction) => interaction.reply(`pong ${interaction.commandName}`));

    const started = Date.now();
    await discord.closeSockets();
    expect(discord.connections[0]?.closeCode).toBe(4000);
    // Sent while the client is disconnected: replayed by the RESUME.
    const callback = await discord.interact(discord.interactionCreate.chatInput({ name: 'after-drop' }));
    await resumed;

    expect(Date.now() - started).toBeLessThan(3000);
    expect(errors).toEqual([]);
    expect(callback.body).toMatchObject({ data: { content: 'pong after-drop' } });
    expect(discord.identifies).toHaveLength(1);
    expect(discord.resumes).toEqual([
      expect.objectContaining({ accepted: true, replayed: 1, shard: [0, 1] }),
    ]);
    expect(discord.connections[1]?.path).toBe('/resume');
  });

  it('GIVEN a non-resumable invalid session WHEN the client re-identifies THEN it is ready again and still handles interactions', async () => {
    const discord = await start();
    const client = await readyClient(discord, {
      ws: { buildIdentifyThrottler: () => instantIdentifyThrottler },
    });
    const errors = onCommand(client, (interaction) => interaction.reply('still here'));

    const started = Date.now();
    discord.sendInvalidSession(false);
    await expect.poll(() => discord.identifies.length, { timeout: 3000 }).toBe(2);
    await discord.waitForShardReady(0);
    const callback = await discord.interact(discord.interactionCreate.chatInput({ name: 'again' }));

    expect(Date.now() - started).toBeLessThan(3000);
    expect(errors).toEqual([]);
    expect(callback.body).toMatchObject({ data: { content: 'still here' } });
    expect(discord.identifies[1]?.sessionId).not.toBe(discord.identifies[0]?.sessionId);
  });

  it('GIVEN injected 500s and a 429 on callbacks WHEN the bot replies THEN failures are recorded, retries happen and later interactions still work', async () => {
    const discord = await start();
    const client = await readyClient(discord);
    const errors = onCommand(client, (interaction) => interaction.reply(`ok ${interaction.commandName}`));

    // One 500: @discordjs/rest retries 5xx (3 retries by default), so the reply still lands.
    const first = discord.interactionCreate.chatInput({ name: 'first' });
    discord.failNext(discord.isCallbackOf(first), 500);
    await discord.interact(first);
    const firstAttempts = discord.requests.filter(discord.isCallbackOf(first));
    expect(firstAttempts.map((r) => [r.status, r.injected])).toEqual([
      [500, true],
      [204, false],
    ]);

    // Four 500s exhaust the retries: reply() rejects with an HTTPError.
    const second = discord.interactionCreate.chatInput({ name: 'second' });
    discord.failNext(discord.isCallbackOf(second), 500, undefined, { times: 4 });
    discord.dispatch('INTERACTION_CREATE', second);
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toBeInstanceOf(HTTPError);
    expect((errors[0] as HTTPError).status).toBe(500);
    expect(discord.requests.filter(discord.isCallbackOf(second))).toHaveLength(4);

    // A 429 with retry_after: the client waits and retries.
    const third = discord.interactionCreate.chatInput({ name: 'third' });
    discord.failNext(discord.isCallbackOf(third), 429, undefined, { retryAfter: 0.1 });
    const thirdCallback = await discord.interact(third);
    const limited = discord.requests.find((r) => discord.isCallbackOf(third)(r) && r.status === 429);
    expect(limited?.responseBody).toEqual({
      message: 'You are being rate limited.',
      retry_after: 0.1,
      global: false,
    });
    expect(thirdCallback.at - (limited?.at ?? 0)).toBeGreaterThanOrEqual(100);

    // And the next one is untouched.
    const fourth = await discord.interact(discord.interactionCreate.chatInput({ name: 'fourth' }));
    expect(fourth.body).toMatchObject({ data: { content: 'ok fourth' } });
  });

  it('GIVEN two shards WHEN two Clients run shards [0] and [1] THEN they identify as [0,2] and [1,2] and each gets only its guilds events', async () => {
    const discord = await start({ shardCount: 2, guilds: [{ name: 'Even' }, { name: 'Odd' }] });
    const [g0, g1] = discord.guilds;
    expect(g0 && g1 && [shardIdForGuild(g0.id, 2), shardIdForGuild(g1.id, 2)].sort()).toEqual([0, 1]);
    const clientA = await readyClient(discord, { shards: [0], shardCount: 2 });
    const clientB = await readyClient(discord, { shards: [1], shardCount: 2 });

    expect(discord.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const guildOfShard = (shard: number) => discord.guilds.find((g) => shardIdForGuild(g.id, 2) === shard);
    expect([...clientA.guilds.cache.keys()]).toEqual([guildOfShard(0)?.id]);
    expect([...clientB.guilds.cache.keys()]).toEqual([guildOfShard(1)?.id]);

    const handledBy: string[] = [];
    onCommand(clientA, (i) => {
      handledBy.push('A');
      return i.reply('from A');
    });
    onCommand(clientB, (i) => {
      handledBy.push('B');
      return i.reply('from B');
    });
    const onShard1 = discord.interactionCreate.chatInput({
      name: 'where',
      guildId: guildOfShard(1)?.id ?? '',
    });
    const callback = await discord.interact(onShard1);
    expect(callback.body).toMatchObject({ data: { content: 'from B' } });
    // DMs go to shard 0.
    const dm = await discord.interact(discord.interactionCreate.chatInput({ name: 'where', guild: false }));
    expect(dm.body).toMatchObject({ data: { content: 'from A' } });
    expect(handledBy).toEqual(['B', 'A']);
  });

  it('GIVEN command registration and unknown routes WHEN the bot calls them THEN valid commands are echoed, invalid ones get 50035 and unknown routes 404 — all recorded', async () => {
    const discord = await start();
    const client = await readyClient(discord);

    const commands = await client.application?.commands.set([
      {
        name: 'ask',
        description: 'Ask about H100 supply',
        descriptionLocalizations: { 'zh-CN': '询问 H100 供应' },
        options: [{ name: 'question', description: 'Your question', type: 3, required: true }],
      },
    ]);
    expect(commands?.map((c) => c.name)).toEqual(['ask']);
    const put = discord.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/applications/${discord.applicationId}/commands`);
    expect(put?.body).toEqual([
      expect.objectContaining({ name: 'ask', description_localizations: { 'zh-CN': '询问 H100 供应' } }),
    ]);

    const invalid = client.application?.commands.set([
      { name: 'Ask', description: 'x', descriptionLocalizations: { zh: '无效' } as never },
    ]);
    await expect(invalid).rejects.toBeInstanceOf(DiscordAPIError);
    await expect(invalid).rejects.toMatchObject({ code: 50035, status: 400 });

    await expect(client.rest.get('/no/such/route')).rejects.toMatchObject({ status: 404 });
    expect(discord.requests.at(-1)).toMatchObject({ method: 'GET', path: '/no/such/route', status: 404 });
  });
});
