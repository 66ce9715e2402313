import type { CommandInput } from './definitions.js';

/** Writes a command as the text form the engine reads back: `/gap price:30000 meta:25k`. */
export function formatCommand(command: CommandInput): string {
  const args = Object.entries(command.args).map(([name, value]) => `${name}:${String(value)}`);
  return [`/${command.name}`, ...args].join(' ');
}
