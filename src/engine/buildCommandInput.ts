import type { OptionDefinition } from '../commands/commandDefinition.js';
import { COMMANDS, type CommandInput, findCommand } from '../commands/definitions.js';
import { UserInputError } from '../errors/UserInputError.js';
import { exampleValue, parseOptionValue } from './parseOptionValue.js';

/**
 * Checks raw option values against a command's definition and returns the typed command: what
 * the text parser reads from `/gap price:30000` and what Discord delivers as options meet here.
 *
 * @param name - the command's English or Chinese name
 * @param raw - option values by English option name; empty strings count as absent
 * @throws UserInputError for an unknown command, a missing required option or a value that does not fit
 */
export function buildCommandInput(
  name: string,
  raw: Readonly<Record<string, string | number>>,
): CommandInput {
  const definition = findCommand(name);
  if (definition === undefined) throw unknownCommand(name);
  const options: readonly OptionDefinition[] = definition.options;
  const args: Record<string, string | number> = {};
  for (const option of options) {
    const value = raw[option.name];
    if (value === undefined || value === '') {
      if (option.required) {
        throw new UserInputError('missing-option', {
          en: `/${definition.name} needs a ${option.name}, e.g. /${definition.name} ${option.name}:${exampleValue(option)}.`,
          zh: `/${definition.name} 需要填写 ${option.name}（${option.nameZh}），例如 /${definition.name} ${option.name}:${exampleValue(option)}。`,
        });
      }
      continue;
    }
    args[option.name] = parseOptionValue(definition.name, option, value);
  }
  // Every value was checked against this definition's options above, so the record is this command's args.
  return { name: definition.name, args } as CommandInput;
}

/** The error for a command name that is not one of {@link COMMANDS}, listing the ones there are. */
export function unknownCommand(name: string): UserInputError {
  return new UserInputError('unknown-command', {
    en: `There is no /${name} command. Try one of: ${COMMANDS.map((c) => `/${c.name}`).join(', ')}.`,
    zh: `没有 /${name} 命令。可用命令：${COMMANDS.map((c) => `/${c.name}`).join('、')}。`,
  });
}
