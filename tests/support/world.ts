/**
 * The in-memory state of the local Discord server: who the bot is, which guilds/channels/users exist, which
 * messages were sent, which interactions are pending. Shared by the REST routes and the gateway.
 */
import {
  type APIApplication,
  type APIApplicationCommand,
  type APIAttachment,
  type APIChannel,
  type APIMessage,
  type APIUser,
  ChannelType,
  type InteractionResponseType,
  InteractionType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import {
  applicationPayload,
  buildGuild,
  DEFAULT_BOT_USER_ID,
  DEFAULT_USER_ID,
  dmChannelPayload,
  type GuildFixture,
  type GuildInput,
  type UserInput,
  userPayload,
} from './fixtures.js';
import { snowflake } from './ids.js';

export interface WorldOptions {
  /** The bot's user. Its id is also the application id. */
  botUser?: UserInput;
  /** The default human user that fixture messages and interactions come from. */
  user?: UserInput;
  /** Guilds the bot is in. Default: one guild with text channels `general` and `random`; `[]` for none. */
  guilds?: GuildInput[];
  /** `application.flags` in READY and GET /applications/@me. Default: message-content intent limited. */
  applicationFlags?: number;
  /**
   * How long after dispatch an interaction may be acknowledged (Discord: 3 s); later callbacks get
   * 404 Unknown interaction (10062). `0` or `Infinity` disables the check. Default 3000.
   */
  interactionAckDeadlineMs?: number;
}

export interface InteractionState {
  id: string;
  token: string;
  applicationId: string;
  type: InteractionType;
  /** `data.type` for application commands. */
  commandType: number | undefined;
  channelId: string | undefined;
  guildId: string | undefined;
  dispatchedAt: number;
  acknowledged: boolean;
  callbackType: InteractionResponseType | undefined;
  /** Id of the message `@original` refers to, once there is one. */
  originalMessageId: string | undefined;
  /** True while a deferred response has not been edited yet. */
  loading: boolean;
  ephemeral: boolean;
  /** The message a component interaction came from. */
  componentMessageId: string | undefined;
  followupMessageIds: string[];
  /** The full INTERACTION_CREATE payload as dispatched. */
  payload: Record<string, unknown>;
}

export interface StoredAttachment {
  id: string;
  channelId: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

export class World {
  readonly botUser: APIUser;
  readonly defaultUser: APIUser;
  readonly application: APIApplication;
  readonly guilds: GuildFixture[];
  readonly ackDeadlineMs: number;

  readonly users = new Map<string, APIUser>();
  readonly channels = new Map<string, APIChannel>();
  /** Messages by id (REST shape, without guild_id). */
  readonly messages = new Map<string, APIMessage>();
  readonly interactions = new Map<string, InteractionState>();
  readonly interactionsByToken = new Map<string, InteractionState>();
  /** Registered application commands by scope: `global` or a guild id. */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  readonly attachments = new Map<string, StoredAttachment>();
  private readonly dmChannelIds = new Map<string, string>();
  /** `http://127.0.0.1:PORT`, set once the server listens (used for attachment URLs). */
  baseUrl = '';

  constructor(options: WorldOptions = {}) {
    this.botUser = userPayload(options.botUser ?? {}, {
      id: DEFAULT_BOT_USER_ID,
      username: 'local-bot',
      bot: true,
    });
    this.defaultUser = userPayload(options.user ?? {}, { id: DEFAULT_USER_ID, username: 'tester' });
    this.application = applicationPayload(
      this.botUser,
      this.defaultUser,
      options.applicationFlags ?? 1 << 19,
    );
    const deadline = options.interactionAckDeadlineMs ?? 3000;
    this.ackDeadlineMs = deadline > 0 ? deadline : Number.POSITIVE_INFINITY;
    this.guilds = (options.guilds ?? [{}]).map((g, i) => buildGuild(g, i, this.botUser, this.defaultUser));
    this.rememberUser(this.botUser);
    this.rememberUser(this.defaultUser);
    for (const guild of this.guilds) {
      for (const channel of guild.channels) this.channels.set(channel.id, channel);
      for (const member of guild.members) this.rememberUser(member.user);
    }
  }

  get applicationId(): string {
    return this.application.id;
  }

  /** The first guild, or undefined when the world has none. */
  get defaultGuild(): GuildFixture | undefined {
    return this.guilds[0];
  }

  /** The first text channel of the first guild. */
  get defaultChannel(): APIChannel | undefined {
    return this.defaultGuild?.channels.find((c) => c.type === ChannelType.GuildText);
  }

  guild(id: string): GuildFixture | undefined {
    return this.guilds.find((g) => g.id === id);
  }

  guildIdOfChannel(channelId: string): string | undefined {
    const channel = this.channels.get(channelId);
    return channel && 'guild_id' in channel ? channel.guild_id : undefined;
  }

  rememberUser(user: APIUser): void {
    this.users.set(user.id, user);
  }

  /** The DM channel between the bot and `user` (created on first use, stable afterwards). */
  dmChannelFor(user: APIUser): APIChannel {
    this.rememberUser(user);
    let id = this.dmChannelIds.get(user.id);
    if (!id) {
      id = snowflake();
      this.dmChannelIds.set(user.id, id);
      this.channels.set(id, dmChannelPayload(id, user));
    }
    return this.channels.get(id) as APIChannel;
  }

  /** Permissions of a user in a guild (owner: everything; others: @everyone; the bot: its role too). */
  permissionsIn(guild: GuildFixture, userId: string): bigint {
    if (userId === guild.ownerId) return ALL_PERMISSIONS;
    let perms = guild.everyonePermissions;
    if (userId === this.botUser.id) perms |= guild.botPermissions;
    return perms & PermissionFlagsBits.Administrator ? ALL_PERMISSIONS : perms;
  }

  /** Learns users, channels, messages and interactions from a payload about to be dispatched. */
  observeDispatch(event: string, data: unknown): void {
    if (!data || typeof data !== 'object') return;
    const d = data as Record<string, unknown>;
    if (event === 'MESSAGE_CREATE' || event === 'MESSAGE_UPDATE') {
      const message = d as unknown as APIMessage & {
        guild_id?: string;
        member?: unknown;
        channel_type?: number;
      };
      if (message.author) this.rememberUser(message.author);
      if (!this.channels.has(message.channel_id)) {
        if (message.guild_id === undefined && message.author) {
          this.dmChannelIds.set(message.author.id, message.channel_id);
          this.channels.set(message.channel_id, dmChannelPayload(message.channel_id, message.author));
        }
      }
      const { guild_id: _g, member: _m, channel_type: _c, ...rest } = message;
      this.messages.set(message.id, rest as APIMessage);
    }
    if (event === 'INTERACTION_CREATE') this.registerInteraction(d);
  }

  private registerInteraction(d: Record<string, unknown>): void {
    const channel = d.channel as (APIChannel & { recipients?: APIUser[] }) | undefined;
    const user = (d.user ?? (d.member as { user?: APIUser } | undefined)?.user) as APIUser | undefined;
    if (user) this.rememberUser(user);
    if (channel && !this.channels.has(channel.id)) {
      if (channel.type === ChannelType.DM && user) {
        this.dmChannelIds.set(user.id, channel.id);
        this.channels.set(channel.id, dmChannelPayload(channel.id, user));
      } else {
        this.channels.set(channel.id, channel);
      }
    }
    const message = d.message as APIMessage | undefined;
    if (message && !this.messages.has(message.id)) this.messages.set(message.id, message);
    const resolved = (d.data as { resolved?: { messages?: Record<string, APIMessage> } } | undefined)
      ?.resolved;
    for (const target of Object.values(resolved?.messages ?? {})) {
      if (!this.messages.has(target.id)) this.messages.set(target.id, target);
    }
    const data = d.data as { type?: number } | undefined;
    const state: InteractionState = {
      id: String(d.id),
      token: String(d.token),
      applicationId: String(d.application_id),
      type: d.type as InteractionType,
      commandType: d.type === InteractionType.ApplicationCommand ? data?.type : undefined,
      channelId: channel?.id ?? (d.channel_id as string | undefined),
      guildId: d.guild_id as string | undefined,
      dispatchedAt: Date.now(),
      acknowledged: false,
      callbackType: undefined,
      originalMessageId: undefined,
      loading: false,
      ephemeral: false,
      componentMessageId: message?.id,
      followupMessageIds: [],
      payload: d,
    };
    this.interactions.set(state.id, state);
    this.interactionsByToken.set(state.token, state);
  }

  /** Stores uploaded bytes and returns the attachment object messages carry. */
  storeAttachment(
    channelId: string,
    file: { name: string; contentType: string; bytes: Buffer },
    meta: { filename?: string; description?: string } = {},
  ): APIAttachment {
    const id = snowflake();
    const filename = meta.filename ?? file.name;
    this.attachments.set(id, { id, channelId, filename, contentType: file.contentType, bytes: file.bytes });
    const url = `${this.baseUrl}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
    const attachment: APIAttachment = {
      id,
      filename,
      size: file.bytes.length,
      url,
      proxy_url: url,
      content_type: file.contentType,
    };
    if (meta.description !== undefined) attachment.description = meta.description;
    return attachment;
  }
}
