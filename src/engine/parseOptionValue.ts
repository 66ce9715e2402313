import type { OptionDefinition } from '../commands/commandDefinition.js';
import { UserInputError } from '../errors/UserInputError.js';
import { parseAmount } from './amounts.js';
import { toSimplified } from './normalize.js';

/**
 * Checks one option value against its definition: numbers parsed ("$30k", "3万"), choices matched.
 *
 * @throws UserInputError when the value does not fit the option
 */
export function parseOptionValue(
  command: string,
  option: OptionDefinition,
  value: string | number,
): string | number {
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
  const number = typeof value === 'number' ? value : parseAmount(toSimplified(value));
  if (number === undefined || !Number.isFinite(number)) {
    throw new UserInputError(option.name === 'price' ? 'invalid-price' : 'invalid-count', {
      en: `/${command} ${option.name} must be a number above 0, such as ${exampleValue(option)}; "${String(value)}" is not one.`,
      zh: `/${command} 的 ${option.nameZh} 须为大于 0 的数字，例如 ${exampleValue(option)}；「${String(value)}」不是有效数字。`,
    });
  }
  return number;
}

/** A sensible example value for an option, used in error messages. */
export function exampleValue(option: OptionDefinition): string {
  if (option.name === 'price') return '30000';
  if (option.name === 'count') return '10000';
  if (option.autocomplete === 'cloud') return 'azure';
  if (option.choices?.[0] !== undefined) return option.choices[0].value;
  return option.name === 'question' ? '"who uses azure"' : 'openai';
}
