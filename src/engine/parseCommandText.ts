import { type CommandInput, COMMANDS, findCommand } from '../commands/definitions.js';
import type { OptionDefinition } from '../commands/commandDefinition.js';
import { UserInputError } from '../errors/UserInputError.js';
import { parseAmount } from './amounts.js';

/** True when the text is written as a slash command ("/gap price:30000"). */
export function isCommandText(text: string): boolean {
  return /^\s*[/／]/.test(text);
}

/**
 * Parses a slash command typed as text: `/who-uses azure`, `/who-uses cloud:aws`, `/gap price:$30k`.
 * Text before the first `name:` goes to the command's first option.
 *
 * @throws UserInputError for an unknown command or option, a missing required value, or a bad number
 */
export function parseCommandText(text: string): CommandInput {
  const body = text.normalize('NFKC').trim().replace(/^\//, '');
  const [head = '', ...restParts] = body.split(/\s+/);
  const rest = body.slice(head.length).trim();
  const definition = findCommand(head);
  if (definition === undefined) {
    throw new UserInputError('unknown-command', {
      en: `There is no /${head} command. Try one of: ${COMMANDS.map((c) => `/${c.name}`).join(', ')}.`,
      zh: `没有 /${head} 命令。可用命令：${COMMANDS.map((c) => `/${c.name}`).join('、')}。`,
    });
  }
  const options: readonly OptionDefinition[] = definition.options;
  const raw = new Map<OptionDefinition, string>();
  const names = options.flatMap((o) => [o.name, o.nameZh]).map((n) => n.replace(/[-]/g, '\\-'));
  const marker = names.length > 0 ? new RegExp(`(?:^|\\s)(${names.join('|')})\\s*[:：=]`, 'giu') : undefined;
  const marks = marker === undefined ? [] : [...rest.matchAll(marker)];
  const leading = (marks[0] === undefined ? rest : rest.slice(0, marks[0].index)).trim();
  if (leading !== '' && restParts.length > 0) {
    const first = options[0];
    if (first === undefined) {
      throw new UserInputError('unknown-option', {
        en: `/${definition.name} takes no options.`,
        zh: `/${definition.name} 不需要参数。`,
      });
    }
    raw.set(first, leading);
  }
  marks.forEach((m, i) => {
    const option = options.find((o) => o.name === m[1]?.toLowerCase() || o.nameZh === m[1]);
    const end = marks[i + 1]?.index ?? rest.length;
    if (option !== undefined) raw.set(option, rest.slice(m.index + m[0].length, end).trim());
  });

  const args: Record<string, string | number> = {};
  for (const option of options) {
    const value = raw.get(option);
    if (value === undefined || value === '') {
      if (option.required) {
        throw new UserInputError('missing-option', {
          en: `/${definition.name} needs a ${option.name}, e.g. /${definition.name} ${option.name}:${example(option)}.`,
          zh: `/${definition.name} 需要填写 ${option.name}（${option.nameZh}），例如 /${definition.name} ${option.name}:${example(option)}。`,
        });
      }
      continue;
    }
    args[option.name] = parseOptionValue(definition.name, option, value);
  }
  // The definitions are the single source of option names and types, so the record matches CommandInput.
  return { name: definition.name, args } as CommandInput;
}

/**
 * Checks one option value against its definition: numbers parsed ("$30k", "3万"), choices matched.
 *
 * @throws UserInputError when the value does not fit the option
 */
export function parseOptionValue(command: string, option: OptionDefinition, value: string | number): string | number {
  if (option.type === 'string') {
    const text = String(value).trim();
    if (option.choices === undefined) return text;
    const choice = option.choices.find((c) => c.value === text.toLowerCase());
    if (choice !== undefined) return choice.value;
    throw new UserInputError('invalid-option', {
      en: `${option.name} must be one of: ${option.choices.map((c) => c.value).join(', ')}.`,
      zh: `${option.nameZh} 只能是：${option.choices.map((c) => c.value).join('、')}。`,
    });
  }
  const number = typeof value === 'number' ? value : parseAmount(value);
  if (number === undefined || !Number.isFinite(number)) {
    throw new UserInputError(option.name === 'price' ? 'invalid-price' : 'invalid-count', {
      en: `/${command} ${option.name} must be a number above 0, such as ${example(option)}; "${String(value)}" is not one.`,
      zh: `/${command} 的 ${option.nameZh} 须为大于 0 的数字，例如 ${example(option)}；「${String(value)}」不是有效数字。`,
    });
  }
  return number;
}

function example(option: OptionDefinition): string {
  if (option.name === 'price') return '30000';
  if (option.name === 'count') return '10000';
  if (option.autocomplete === 'cloud') return 'azure';
  if (option.choices?.[0] !== undefined) return option.choices[0].value;
  return option.name === 'question' ? '"who uses azure"' : 'openai';
}
