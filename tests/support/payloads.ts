/**
 * Builders for the gateway payloads tests dispatch: INTERACTION_CREATE (slash command, autocomplete, message
 * context menu, button, string select) and MESSAGE_CREATE. They fill in everything discord.js 14 reads, using
 * the world's bot, default user, guild and channel unless told otherwise.
 */
import {
  type APIApplicationCommandInteractionDataOption,
  type APIAttachment,
  type APIChannel,
  type APIEmbed,
  type APIInteractionDataResolved,
  type APIMessage,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  type GatewayMessageCreateDispatchData,
  InteractionContextType,
  InteractionType,
  MessageType,
} from 'discord-api-types/v10';
import { type GuildFixture, memberPayload, messagePayload, type UserInput, userPayload } from './fixtures.js';
import { fixedId, interactionToken, snowflake } from './ids.js';
import type { World } from './world.js';

/** An INTERACTION_CREATE `d` payload (loosely typed so tests can tweak any field). */
export type InteractionPayload = Record<string, unknown> & {
  id: string;
  token: string;
  type: InteractionType;
  application_id: string;
  data?: Record<string, unknown>;
};

export type MessageCreatePayload = GatewayMessageCreateDispatchData;

export interface InteractionBaseInput {
  id?: string;
  token?: string;
  /** Guild (default, when the world has a guild) or bot DM (`guild: false`). */
  guild?: boolean;
  guildId?: string;
  channelId?: string;
  /** Who invokes it: a full APIUser, or parts of one (default: the world's default user). */
  user?: UserInput | APIUser;
  /** User locale, e.g. `zh-CN`. Default `en-US`. */
  locale?: string;
  guildLocale?: string;
  /** Role ids of the invoking member. */
  roles?: string[];
  memberPermissions?: bigint;
  appPermissions?: bigint;
}

export type OptionValue = string | number | boolean;

/** Options as `{ name: value }` (string → STRING, integer → INTEGER, other number → NUMBER, boolean → BOOLEAN) or raw. */
export type OptionsInput = Record<string, OptionValue> | APIApplicationCommandInteractionDataOption[];

export interface ChatInputInput extends InteractionBaseInput {
  name: string;
  commandId?: string;
  options?: OptionsInput;
  subcommand?: string;
  subcommandGroup?: string;
  resolved?: APIInteractionDataResolved;
}

export interface AutocompleteInput extends ChatInputInput {
  /** Name of the option being typed (marked `focused: true`; created as an empty STRING if absent). */
  focused: string;
}

export interface MessageContextInput extends InteractionBaseInput {
  name: string;
  commandId?: string;
  /** The message the command targets (default: a message from the invoking user in the channel). */
  target?: APIMessage | { id?: string; content?: string; author?: UserInput | APIUser };
}

export interface ComponentInput extends InteractionBaseInput {
  customId: string;
  /** The message the component is on (default: a bot message with a matching component). */
  message?: APIMessage;
}

export interface StringSelectInput extends ComponentInput {
  values: string[];
}

export interface MessageCreateInput {
  content: string;
  /** Prefix `<@bot>` (unless already in content) and list the bot in `mentions`. */
  mentionsBot?: boolean;
  /** Send as a DM to the bot instead of in a guild channel. */
  dm?: boolean;
  author?: UserInput | APIUser;
  id?: string;
  guildId?: string;
  channelId?: string;
  attachments?: APIAttachment[];
  embeds?: APIEmbed[];
  /** Make it a reply to this message (or message id in the same channel). */
  replyTo?: APIMessage | string;
}

function isFullUser(user: UserInput | APIUser): user is APIUser {
  return 'discriminator' in user;
}

function resolveUser(world: World, input: UserInput | APIUser | undefined): APIUser {
  if (!input) return world.defaultUser;
  if (isFullUser(input)) return input;
  const known = input.id ? world.users.get(input.id) : undefined;
  if (known && input.username === undefined && input.globalName === undefined) return known;
  return userPayload(input, { id: input.id ?? snowflake(), username: input.username ?? 'someone' });
}

function textChannelOf(world: World, guild: GuildFixture, channelId: string | undefined): APIChannel {
  if (channelId) {
    const channel = world.channels.get(channelId);
    if (!channel) throw new Error(`localDiscord fixtures: unknown channel ${channelId}`);
    return channel;
  }
  const channel = guild.channels.find((c) => c.type === ChannelType.GuildText);
  if (!channel) throw new Error(`localDiscord fixtures: guild ${guild.id} has no text channel`);
  return channel;
}

interface Where {
  guild: GuildFixture | undefined;
  channel: APIChannel;
}

function where(
  world: World,
  input: { guild?: boolean; guildId?: string; channelId?: string },
  user: APIUser,
): Where {
  const inGuild = input.guild ?? (input.guildId !== undefined || world.defaultGuild !== undefined);
  if (!inGuild) {
    const channel = input.channelId ? world.channels.get(input.channelId) : world.dmChannelFor(user);
    if (!channel) throw new Error(`localDiscord fixtures: unknown DM channel ${input.channelId}`);
    return { guild: undefined, channel };
  }
  const guildId = input.guildId ?? (input.channelId ? world.guildIdOfChannel(input.channelId) : undefined);
  const guild = guildId ? world.guild(guildId) : world.defaultGuild;
  if (!guild) throw new Error(`localDiscord fixtures: unknown guild ${guildId ?? '(none configured)'}`);
  return { guild, channel: textChannelOf(world, guild, input.channelId) };
}

function baseInteraction(
  world: World,
  input: InteractionBaseInput,
  type: InteractionType,
): InteractionPayload {
  const user = resolveUser(world, input.user);
  const { guild, channel } = where(world, input, user);
  const payload: InteractionPayload = {
    id: input.id ?? snowflake(),
    application_id: world.applicationId,
    type,
    token: input.token ?? interactionToken(),
    version: 1,
    locale: input.locale ?? 'en-US',
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
  };
  if (guild) {
    const appPermissions = input.appPermissions ?? world.permissionsIn(guild, world.botUser.id);
    const memberPermissions = input.memberPermissions ?? world.permissionsIn(guild, user.id);
    Object.assign(payload, {
      guild_id: guild.id,
      guild_locale: input.guildLocale ?? guild.locale,
      guild: { id: guild.id, locale: input.guildLocale ?? guild.locale, features: [] },
      channel_id: channel.id,
      channel: { ...channel, permissions: memberPermissions.toString() },
      member: {
        ...memberPayload(user, input.roles ?? [], guild.joinedAt),
        permissions: memberPermissions.toString(),
      },
      app_permissions: appPermissions.toString(),
      authorizing_integration_owners: { '0': guild.id },
      context: InteractionContextType.Guild,
    });
  } else {
    Object.assign(payload, {
      channel_id: channel.id,
      channel: { ...channel, recipients: [user] },
      user,
      app_permissions: (input.appPermissions ?? 0n).toString(),
      authorizing_integration_owners: { '0': '0' },
      context: InteractionContextType.BotDM,
    });
  }
  return payload;
}

function optionType(value: OptionValue): ApplicationCommandOptionType {
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? ApplicationCommandOptionType.Integer
      : ApplicationCommandOptionType.Number;
  }
  return ApplicationCommandOptionType.String;
}

function toOptions(options: OptionsInput | undefined): APIApplicationCommandInteractionDataOption[] {
  if (!options) return [];
  if (Array.isArray(options)) return options;
  return Object.entries(options).map(
    ([name, value]) =>
      ({ name, type: optionType(value), value }) as APIApplicationCommandInteractionDataOption,
  );
}

function wrapSubcommands(
  options: APIApplicationCommandInteractionDataOption[],
  subcommand: string | undefined,
  group: string | undefined,
): APIApplicationCommandInteractionDataOption[] {
  if (!subcommand) return options;
  const sub = { name: subcommand, type: ApplicationCommandOptionType.Subcommand, options };
  if (!group) return [sub] as APIApplicationCommandInteractionDataOption[];
  return [
    { name: group, type: ApplicationCommandOptionType.SubcommandGroup, options: [sub] },
  ] as APIApplicationCommandInteractionDataOption[];
}

type MutableOption = {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
  options?: MutableOption[];
};

function markFocused(options: MutableOption[], focused: string): boolean {
  for (const option of options) {
    if (option.options && markFocused(option.options, focused)) return true;
    if (option.name === focused && option.type !== 1 && option.type !== 2) {
      option.focused = true;
      return true;
    }
  }
  return false;
}

function deepestOptionList(options: MutableOption[]): MutableOption[] {
  const sub = options.find((o) => o.type === ApplicationCommandOptionType.Subcommand || o.type === 2);
  if (!sub) return options;
  sub.options ??= [];
  return deepestOptionList(sub.options);
}

function commandData(
  world: World,
  input: ChatInputInput,
  guild: unknown,
  options: APIApplicationCommandInteractionDataOption[],
): Record<string, unknown> {
  const data: Record<string, unknown> = {
    id: input.commandId ?? fixedId(900),
    name: input.name,
    type: ApplicationCommandType.ChatInput,
  };
  if (options.length > 0) data.options = options;
  if (input.resolved) data.resolved = input.resolved;
  if (guild && world.commands.get(String(guild))?.some((c) => c.name === input.name)) data.guild_id = guild;
  return data;
}

function buttonMessage(world: World, channelId: string, customId: string, type: ComponentType): APIMessage {
  const component =
    type === ComponentType.Button
      ? { type, custom_id: customId, style: ButtonStyle.Primary, label: 'Button' }
      : { type, custom_id: customId, options: [{ label: 'Option', value: 'option' }] };
  return messagePayload({
    channelId,
    author: world.botUser,
    content: 'A message with a component',
    components: [{ type: ComponentType.ActionRow, components: [component] }] as APIMessage['components'] &
      object,
  });
}

export interface PayloadBuilders {
  interactionCreate: {
    chatInput(input: ChatInputInput): InteractionPayload;
    autocomplete(input: AutocompleteInput): InteractionPayload;
    messageContext(input: MessageContextInput): InteractionPayload;
    button(input: ComponentInput): InteractionPayload;
    stringSelect(input: StringSelectInput): InteractionPayload;
  };
  messageCreate(input: MessageCreateInput): MessageCreatePayload;
}

export function createPayloadBuilders(world: World): PayloadBuilders {
  const component = (input: ComponentInput, type: ComponentType, extra: Record<string, unknown>) => {
    const payload = baseInteraction(world, input, InteractionType.MessageComponent);
    const channelId = (payload.channel as APIChannel).id;
    payload.message = input.message ?? buttonMessage(world, channelId, input.customId, type);
    payload.data = { custom_id: input.customId, component_type: type, ...extra };
    return payload;
  };

  return {
    interactionCreate: {
      chatInput(input) {
        const payload = baseInteraction(world, input, InteractionType.ApplicationCommand);
        const options = wrapSubcommands(toOptions(input.options), input.subcommand, input.subcommandGroup);
        payload.data = commandData(world, input, payload.guild_id, options);
        return payload;
      },
      autocomplete(input) {
        const payload = baseInteraction(world, input, InteractionType.ApplicationCommandAutocomplete);
        const options = wrapSubcommands(
          structuredClone(toOptions(input.options)),
          input.subcommand,
          input.subcommandGroup,
        ) as MutableOption[];
        if (!markFocused(options, input.focused)) {
          deepestOptionList(options).push({
            name: input.focused,
            type: ApplicationCommandOptionType.String,
            value: '',
            focused: true,
          });
        }
        payload.data = commandData(
          world,
          input,
          payload.guild_id,
          options as APIApplicationCommandInteractionDataOption[],
        );
        return payload;
      },
      messageContext(input) {
        const payload = baseInteraction(world, input, InteractionType.ApplicationCommand);
        const channelId = (payload.channel as APIChannel).id;
        const t = input.target ?? {};
        const target: APIMessage =
          'channel_id' in t
            ? (t as APIMessage)
            : messagePayload({
                id: t.id ?? snowflake(),
                channelId,
                author: resolveUser(world, t.author ?? input.user),
                content: t.content ?? 'Example message',
              });
        payload.data = {
          id: input.commandId ?? fixedId(901),
          name: input.name,
          type: ApplicationCommandType.Message,
          target_id: target.id,
          resolved: { messages: { [target.id]: target } },
        };
        return payload;
      },
      button(input) {
        return component(input, ComponentType.Button, {});
      },
      stringSelect(input) {
        return component(input, ComponentType.StringSelect, { values: input.values });
      },
    },

    messageCreate(input) {
      const author = resolveUser(world, input.author);
      const { guild, channel } = where(
        world,
        {
          guild: !input.dm,
          ...(input.guildId && { guildId: input.guildId }),
          ...(input.channelId && { channelId: input.channelId }),
        },
        author,
      );
      const botMention = `<@${world.botUser.id}>`;
      const content =
        input.mentionsBot &&
        !input.content.includes(botMention) &&
        !input.content.includes(`<@!${world.botUser.id}>`)
          ? `${botMention} ${input.content}`
          : input.content;
      const replyTo =
        typeof input.replyTo === 'string'
          ? (world.messages.get(input.replyTo) ?? input.replyTo)
          : input.replyTo;
      const replyToId = typeof replyTo === 'string' ? replyTo : replyTo?.id;
      const message = messagePayload({
        ...(input.id && { id: input.id }),
        channelId: channel.id,
        author,
        content,
        mentions: input.mentionsBot ? [world.botUser] : [],
        ...(input.attachments && { attachments: input.attachments }),
        ...(input.embeds && { embeds: input.embeds }),
        ...(replyToId && {
          reference: { message_id: replyToId, channel_id: channel.id, ...(guild && { guild_id: guild.id }) },
          referencedMessage: typeof replyTo === 'object' ? replyTo : null,
        }),
      });
      if (!guild) return { ...message, channel_type: ChannelType.DM } as MessageCreatePayload;
      const { user: _user, ...member } = memberPayload(author, [], guild.joinedAt);
      const mentions = message.mentions.map((u) => {
        const m = guild.members.find((gm) => gm.user.id === u.id);
        if (!m) return u;
        const { user: _u, ...partial } = m;
        return { ...u, member: partial };
      });
      return {
        ...message,
        type: replyToId ? MessageType.Reply : MessageType.Default,
        mentions,
        guild_id: guild.id,
        member,
        channel_type: channel.type,
      } as MessageCreatePayload;
    },
  };
}
