/**
 * The objects the local Discord server knows about (bot, users, guilds, channels) and builders for the
 * Discord payloads made from them. Everything here is plain data: no sockets, no server state.
 */
import {
  type APIApplication,
  type APIAttachment,
  type APIChannel,
  type APIDMChannel,
  type APIEmbed,
  type APIGuildMember,
  type APIMessage,
  type APIMessageReference,
  type APIMessageTopLevelComponent,
  type APIRole,
  type APIUser,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  type Locale,
  MessageReferenceType,
  MessageType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import { fixedId, snowflake } from './ids.js';

// ---------------------------------------------------------------------------------------------------------
// Users

export interface UserInput {
  id?: string;
  username?: string;
  globalName?: string | null;
  bot?: boolean;
}

export function userPayload(
  input: UserInput,
  fallback: { id: string; username: string; bot?: boolean },
): APIUser {
  const user: APIUser = {
    id: input.id ?? fallback.id,
    username: input.username ?? fallback.username,
    discriminator: '0',
    global_name: input.globalName === undefined ? (input.username ?? fallback.username) : input.globalName,
    avatar: null,
  };
  const bot = input.bot ?? fallback.bot;
  if (bot) user.bot = true;
  return user;
}

export const DEFAULT_BOT_USER_ID = fixedId(1);
export const DEFAULT_USER_ID = fixedId(2);

// ---------------------------------------------------------------------------------------------------------
// Permissions

const P = PermissionFlagsBits;

/** What @everyone may do in fixture guilds. */
export const DEFAULT_EVERYONE_PERMISSIONS =
  P.CreateInstantInvite |
  P.ViewChannel |
  P.SendMessages |
  P.SendMessagesInThreads |
  P.EmbedLinks |
  P.AttachFiles |
  P.ReadMessageHistory |
  P.AddReactions |
  P.UseExternalEmojis |
  P.UseApplicationCommands |
  P.ChangeNickname |
  P.Connect |
  P.Speak;

/** What the bot's managed role grants in fixture guilds (deliberately not Administrator). */
export const DEFAULT_BOT_PERMISSIONS =
  DEFAULT_EVERYONE_PERMISSIONS | P.ManageMessages | P.CreatePublicThreads | P.UseExternalStickers;

// ---------------------------------------------------------------------------------------------------------
// Guilds and channels

export type FixtureChannelType =
  | ChannelType.GuildText
  | ChannelType.GuildAnnouncement
  | ChannelType.GuildVoice
  | ChannelType.GuildCategory;

export interface ChannelInput {
  id?: string;
  name?: string;
  type?: FixtureChannelType;
  parentId?: string;
  topic?: string;
  nsfw?: boolean;
}

export interface GuildInput {
  id?: string;
  name?: string;
  ownerId?: string;
  /** Guild preferred locale (also sent as `guild_locale` on interactions). Default `en-US`. */
  locale?: string;
  /** Default: one text channel `general` and one text channel `random`. Up to 9 get default ids. */
  channels?: ChannelInput[];
  /** Permissions of the bot's managed role. */
  botPermissions?: bigint;
  /** Permissions of @everyone. */
  everyonePermissions?: bigint;
}

export interface GuildFixture {
  id: string;
  name: string;
  ownerId: string;
  locale: string;
  everyonePermissions: bigint;
  botPermissions: bigint;
  botRoleId: string;
  roles: APIRole[];
  channels: APIChannel[];
  members: APIGuildMember[];
  joinedAt: string;
}

function role(id: string, name: string, permissions: bigint, position: number, managedBy?: string): APIRole {
  const r: APIRole = {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed: managedBy !== undefined,
    mentionable: false,
    flags: 0 as APIRole['flags'],
  };
  if (managedBy !== undefined) r.tags = { bot_id: managedBy };
  return r;
}

export function memberPayload(user: APIUser, roles: string[], joinedAt: string): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as APIGuildMember['flags'],
    pending: false,
  };
}

function channelPayload(
  input: ChannelInput,
  guildId: string,
  position: number,
  fallbackId: string,
): APIChannel {
  const type = input.type ?? ChannelType.GuildText;
  const base = {
    id: input.id ?? fallbackId,
    guild_id: guildId,
    name: input.name ?? `channel-${position}`,
    position,
    permission_overwrites: [],
    parent_id: input.parentId ?? null,
    nsfw: input.nsfw ?? false,
    flags: 0,
  };
  switch (type) {
    case ChannelType.GuildCategory:
      return { ...base, type } as APIChannel;
    case ChannelType.GuildVoice:
      return {
        ...base,
        type,
        bitrate: 64_000,
        user_limit: 0,
        rtc_region: null,
        last_message_id: null,
      } as APIChannel;
    default:
      return {
        ...base,
        type,
        topic: input.topic ?? null,
        last_message_id: null,
        rate_limit_per_user: 0,
        default_auto_archive_duration: 1440,
      } as APIChannel;
  }
}

/** Builds guild number `index` (0-based) of the fixture world. */
export function buildGuild(input: GuildInput, index: number, bot: APIUser, owner: APIUser): GuildFixture {
  // Blocks of 11 ids per guild: the odd step makes consecutive default guilds alternate between 2 shards.
  const base = 100 + index * 11;
  const id = input.id ?? fixedId(base);
  const botRoleId = fixedId(base + 1);
  const everyonePermissions = input.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS;
  const botPermissions = input.botPermissions ?? DEFAULT_BOT_PERMISSIONS;
  const channelInputs: ChannelInput[] = input.channels ?? [{ name: 'general' }, { name: 'random' }];
  const joinedAt = new Date(Date.UTC(2024, 0, 2)).toISOString();
  const ownerId = input.ownerId ?? owner.id;
  const members = [memberPayload(bot, [botRoleId], joinedAt)];
  if (ownerId === owner.id) members.push(memberPayload(owner, [], joinedAt));
  return {
    id,
    name: input.name ?? (index === 0 ? 'Local Test Guild' : `Local Test Guild ${index + 1}`),
    ownerId,
    locale: input.locale ?? 'en-US',
    everyonePermissions,
    botPermissions,
    botRoleId,
    roles: [
      role(id, '@everyone', everyonePermissions, 0),
      role(botRoleId, bot.username, botPermissions, 1, bot.id),
    ],
    channels: channelInputs.map((c, i) => channelPayload(c, id, i, fixedId(base + 2 + i))),
    members,
    joinedAt,
  };
}

/** The GUILD_CREATE the gateway sends for a guild after READY. */
export function guildCreatePayload(guild: GuildFixture): GatewayGuildCreateDispatchData {
  const text = guild.channels.find((c) => c.type === ChannelType.GuildText);
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    region: 'local',
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: guild.roles,
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: text?.id ?? null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    max_presences: null,
    max_members: 500_000,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: guild.locale as Locale,
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    approximate_member_count: guild.members.length,
    approximate_presence_count: 0,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    incidents_data: null,
    hub_type: null,
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: guild.members.length,
    voice_states: [],
    members: guild.members,
    channels: guild.channels.map((channel) => {
      const { guild_id: _omit, ...rest } = channel as APIChannel & { guild_id?: string };
      return rest;
    }) as APIChannel[],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  } as GatewayGuildCreateDispatchData;
}

export function dmChannelPayload(id: string, recipient: APIUser): APIDMChannel {
  return {
    id,
    type: ChannelType.DM,
    recipients: [recipient],
    last_message_id: null,
    flags: 0,
  } as unknown as APIDMChannel;
}

// ---------------------------------------------------------------------------------------------------------
// Application

export function applicationPayload(bot: APIUser, owner: APIUser, flags: number): APIApplication {
  return {
    id: bot.id,
    name: bot.username,
    icon: null,
    description: 'Local test application',
    bot_public: true,
    bot_require_code_grant: false,
    bot,
    verify_key: '0'.repeat(64),
    owner,
    flags,
    team: null,
    summary: '',
    guild_id: undefined,
    approximate_guild_count: 1,
    interactions_endpoint_url: null,
    install_params: undefined,
    integration_types_config: { 0: {} },
  } as unknown as APIApplication;
}

// ---------------------------------------------------------------------------------------------------------
// Messages

export interface MessageInit {
  id?: string;
  channelId: string;
  author: APIUser;
  content?: string;
  type?: MessageType;
  flags?: number;
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
  attachments?: APIAttachment[];
  mentions?: APIUser[];
  mentionRoles?: string[];
  webhookId?: string;
  applicationId?: string;
  tts?: boolean;
  timestamp?: string;
  reference?: APIMessageReference;
  referencedMessage?: APIMessage | null;
}

/** A complete message object as the REST API returns it (no `guild_id`/`member`; the gateway adds those). */
export function messagePayload(init: MessageInit): APIMessage {
  const message: APIMessage = {
    id: init.id ?? snowflake(),
    channel_id: init.channelId,
    author: init.author,
    content: init.content ?? '',
    timestamp: init.timestamp ?? new Date().toISOString(),
    edited_timestamp: null,
    tts: init.tts ?? false,
    mention_everyone: false,
    mentions: init.mentions ?? [],
    mention_roles: init.mentionRoles ?? [],
    attachments: init.attachments ?? [],
    embeds: init.embeds ?? [],
    pinned: false,
    type: init.type ?? (init.reference ? MessageType.Reply : MessageType.Default),
    flags: init.flags ?? 0,
    components: init.components ?? [],
  };
  if (init.webhookId !== undefined) message.webhook_id = init.webhookId;
  if (init.applicationId !== undefined) message.application_id = init.applicationId;
  if (init.reference) {
    message.message_reference = { type: MessageReferenceType.Default, ...init.reference };
    message.referenced_message = init.referencedMessage ?? null;
  }
  return message;
}
