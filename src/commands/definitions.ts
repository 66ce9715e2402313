import type { CommandDefinition } from './commandDefinition.js';
import { askCommand } from './definitions/askCommand.js';
import { cloudCommand } from './definitions/cloudCommand.js';
import { compareCommand } from './definitions/compareCommand.js';
import { demandCommand } from './definitions/demandCommand.js';
import { gapCommand } from './definitions/gapCommand.js';
import { holdingsCommand } from './definitions/holdingsCommand.js';
import { sourceCommand } from './definitions/sourceCommand.js';
import { supplyCommand } from './definitions/supplyCommand.js';
import { topicsCommand } from './definitions/topicsCommand.js';
import { whoUsesCommand } from './definitions/whoUsesCommand.js';

/**
 * Every slash command the bot offers. The deploy script, the Discord router and the engine's
 * `/command` text parser all read this one list.
 */
export const COMMANDS = [
  askCommand,
  whoUsesCommand,
  cloudCommand,
  gapCommand,
  demandCommand,
  holdingsCommand,
  compareCommand,
  supplyCommand,
  sourceCommand,
  topicsCommand,
] as const satisfies readonly CommandDefinition[];

/** The name of one of the bot's slash commands. */
export type CommandName = (typeof COMMANDS)[number]['name'];

type OptionsOf<N extends CommandName> = Extract<(typeof COMMANDS)[number], { name: N }>['options'][number];
type ValueOf<O> = O extends { choices: readonly { value: infer V }[] }
  ? V
  : O extends { type: 'string' }
    ? string
    : number;

/** The parsed arguments of a command, typed from its definition. */
export type CommandArgs<N extends CommandName> = {
  [O in OptionsOf<N> as O['name']]?: ValueOf<O>;
};

/** A command with its arguments, as the engine runs it. */
export type CommandInput = {
  [N in CommandName]: { readonly name: N; readonly args: CommandArgs<N> };
}[CommandName];

/** Looks a command up by its English or Chinese name. */
export function findCommand(name: string): (typeof COMMANDS)[number] | undefined {
  const key = name.toLowerCase();
  return COMMANDS.find((c) => c.name === key || c.nameZh === key);
}
