import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIMessage,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentInteraction,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  type Locale,
  MessageType,
} from 'discord-api-types/v10';

let next = 1000n;
const snowflake = () => String(100000000000000000n + next++);

const USER = {
  id: '200000000000000001',
  username: 'asker',
  discriminator: '0',
  global_name: 'Asker',
  avatar: null,
};

function base(locale: `${Locale}`) {
  return {
    id: snowflake(),
    application_id: '300000000000000001',
    token: `token-${snowflake()}`,
    version: 1 as const,
    locale: locale as Locale,
    guild_id: '400000000000000001',
    channel_id: '500000000000000001',
    channel: { id: '500000000000000001', type: ChannelType.GuildText as const },
    app_permissions: '0',
    attachment_size_limit: 26_214_400,
    context: InteractionContextType.Guild,
    entitlements: [],
    authorizing_integration_owners: {},
    member: {
      user: USER,
      roles: [],
      joined_at: '2023-07-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      permissions: '0',
    },
  };
}

function message(id: string, content: string): APIMessage {
  return {
    id,
    channel_id: '500000000000000001',
    content,
    author: USER,
    timestamp: '2023-07-01T00:00:00.000Z',
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: MessageType.Default,
  };
}

type OptionValue = string | number;

function toOptions(
  options: Readonly<Record<string, OptionValue>>,
  focused?: string,
): APIApplicationCommandInteractionDataBasicOption[] {
  return Object.entries(options).map(([name, value]) => {
    const type =
      typeof value === 'number' ? ApplicationCommandOptionType.Number : ApplicationCommandOptionType.String;
    return {
      name,
      type,
      value,
      ...(name === focused ? { focused: true } : {}),
    } as APIApplicationCommandInteractionDataBasicOption;
  });
}

/** A slash-command interaction as Discord sends it (raw API shape). */
export function chatInput(
  name: string,
  options: Readonly<Record<string, OptionValue>> = {},
  locale: `${Locale}` = 'en-US',
): APIInteraction {
  const interaction: APIChatInputApplicationCommandInteraction = {
    ...base(locale),
    type: InteractionType.ApplicationCommand,
    data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options: toOptions(options) },
  };
  return interaction;
}

/** An autocomplete interaction with `focused` as the field being typed in. */
export function autocomplete(
  name: string,
  focused: string,
  value: string,
  locale: `${Locale}` = 'en-US',
): APIInteraction {
  const interaction: APIApplicationCommandAutocompleteInteraction = {
    ...base(locale),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: toOptions({ [focused]: value }, focused),
    },
  };
  return interaction;
}

/** The message context-menu command run on a message with `content`. */
export function messageCommand(content: string, locale: `${Locale}` = 'en-US'): APIInteraction {
  const messageId = snowflake();
  const interaction: APIMessageApplicationCommandInteraction = {
    ...base(locale),
    type: InteractionType.ApplicationCommand,
    data: {
      id: snowflake(),
      name: 'Ask the H100 bot',
      type: ApplicationCommandType.Message,
      target_id: messageId,
      resolved: { messages: { [messageId]: message(messageId, content) } },
    },
  };
  return interaction;
}

/** A click on a button with `customId`. */
export function buttonClick(customId: string, locale: `${Locale}` = 'en-US'): APIInteraction {
  const interaction: APIMessageComponentInteraction = {
    ...base(locale),
    type: InteractionType.MessageComponent,
    message: message(snowflake(), ''),
    data: { component_type: ComponentType.Button, custom_id: customId },
  };
  return interaction;
}
