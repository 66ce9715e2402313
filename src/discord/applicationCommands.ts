import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type LocalizationMap,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { OptionDefinition } from '../commands/commandDefinition.js';
import { CONTEXT_MENUS } from '../commands/contextMenus.js';
import { COMMANDS } from '../commands/definitions.js';
import { toTraditional } from '../i18n/chineseText.js';
import type { Bilingual } from '../knowledge/schema.js';

/** Discord's Chinese locales: Simplified for zh-CN, Traditional (converted) for zh-TW. */
function zh(text: string): LocalizationMap {
  return { 'zh-CN': text, 'zh-TW': toTraditional(text) };
}

function describe(text: Bilingual) {
  return { description: text.en, description_localizations: zh(text.zh) };
}

/**
 * The JSON the deploy script registers: every slash command from the definitions with its
 * Chinese names and descriptions, and the message context-menu commands.
 */
export function applicationCommands(): RESTPostAPIApplicationCommandsJSONBody[] {
  const slash = COMMANDS.map((command) => ({
    type: ApplicationCommandType.ChatInput as const,
    name: command.name,
    name_localizations: zh(command.nameZh),
    ...describe(command.description),
    options: (command.options as readonly OptionDefinition[]).map(toOption),
  }));
  const menus = CONTEXT_MENUS.map((menu) => ({
    type: ApplicationCommandType.Message as const,
    name: menu.name,
    name_localizations: zh(menu.nameLocalized.zh),
  }));
  return [...slash, ...menus];
}

function toOption(option: OptionDefinition): APIApplicationCommandBasicOption {
  const base = {
    name: option.name,
    name_localizations: zh(option.nameZh),
    ...describe(option.description),
    required: option.required,
  };
  if (option.type === 'string') {
    return {
      ...base,
      type: ApplicationCommandOptionType.String,
      ...(option.maxLength === undefined ? {} : { max_length: option.maxLength }),
      ...(option.choices === undefined
        ? { autocomplete: option.autocomplete !== undefined }
        : {
            choices: option.choices.map((c) => ({
              name: c.name.en,
              name_localizations: zh(c.name.zh),
              value: c.value,
            })),
          }),
    };
  }
  const bounds = {
    ...(option.minValue === undefined ? {} : { min_value: option.minValue }),
    ...(option.maxValue === undefined ? {} : { max_value: option.maxValue }),
  };
  return option.type === 'integer'
    ? { ...base, ...bounds, type: ApplicationCommandOptionType.Integer }
    : { ...base, ...bounds, type: ApplicationCommandOptionType.Number };
}
