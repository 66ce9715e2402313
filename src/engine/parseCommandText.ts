import type { OptionDefinition } from '../commands/commandDefinition.js';
import { type CommandInput, findCommand } from '../commands/definitions.js';
import { UserInputError } from '../errors/UserInputError.js';
import { buildCommandInput, unknownCommand } from './buildCommandInput.js';

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
  if (definition === undefined) throw unknownCommand(head);
  const options: readonly OptionDefinition[] = definition.options;
  const raw = new Map<OptionDefinition, string>();
  const names = options.flatMap((o) => [o.name, o.nameZh]).map((n) => n.replace(/[-]/g, '\\-'));
  const marker = names.length > 0 ? new RegExp(`(?:^|\\s)(${names.join('|')})\\s*[:：=]`, 'giu') : undefined;
  const marks = marker === undefined ? [] : [...rest.matchAll(marker)];
  const leading = (marks[0] === undefined ? rest : rest.slice(0, marks[0].index)).trim();
  if (leading !== '' && restParts.length > 0) {
    // "colour:red" is a misnamed option, not a value for the first one (a free question may hold colons).
    const misnamed = /^([\p{L}\p{N}_-]+)\s*[:：=]/u.exec(leading)?.[1];
    if (misnamed !== undefined && options[0]?.name !== 'question') {
      const known = options.map((o) => `${o.name}:`);
      throw new UserInputError('unknown-option', {
        en: `/${definition.name} has no option "${misnamed}".${known.length > 0 ? ` Its options: ${known.join(', ')}.` : ''}`,
        zh: `/${definition.name} 没有「${misnamed}」这个参数。${known.length > 0 ? `可用参数：${known.join('、')}。` : ''}`,
      });
    }
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

  const values: Record<string, string> = {};
  for (const [option, value] of raw) values[option.name] = value;
  return buildCommandInput(definition.name, values);
}
