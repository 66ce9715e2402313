import {
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteraction,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
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

function base(locale: string) {
  return {
    id: snowflake(),
    application_id: '300000000000000001',
    token: `token-${snowflake()}`,
    version: 1,
    locale,
    guild_id: '400000000000000001',
    channel_id: '500000000000000001',
    app_permissions: '0',
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
  locale = 'en-US',
): APIInteraction {
  return {
    ...base(locale),
    type: InteractionType.ApplicationCommand,
    data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options: toOptions(options) },
  } as APIInteraction;
}

/** An autocomplete interaction with `focused` as the field being typed in. */
export function autocomplete(name: string, focused: string, value: string, locale = 'en-US'): APIInteraction {
  return {
    ...base(locale),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: toOptions({ [focused]: value }, focused),
    },
  } as APIInteraction;
}

/** The message context-menu command run on a message with `content`. */
export function messageCommand(content: string, locale = 'en-US'): APIInteraction {
  const messageId = snowflake();
  return {
    ...base(locale),
    type: InteractionType.ApplicationCommand,
    data: {
      id: snowflake(),
      name: 'Ask the H100 bot',
      type: ApplicationCommandType.Message,
      target_id: messageId,
      resolved: {
        messages: { [messageId]: { id: messageId, channel_id: '500000000000000001', content, author: USER } },
      },
    },
  } as APIInteraction;
}

/** A click on a button with `customId`. */
export function buttonClick(customId: string, locale = 'en-US'): APIInteraction {
  return {
    ...base(locale),
    type: InteractionType.MessageComponent,
    message: { id: snowflake(), channel_id: '500000000000000001', content: '', embeds: [], components: [] },
    data: { component_type: ComponentType.Button, custom_id: customId },
  } as APIInteraction;
}
