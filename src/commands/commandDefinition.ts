import type { Bilingual } from '../knowledge/schema.js';

/** An option's value type, as both the text parser and Discord understand it. */
export type OptionType = 'string' | 'number' | 'integer';

/** Which entities an option's autocomplete offers. */
export type AutocompleteKind = 'cloud' | 'company' | 'any';

/** One option of a slash command, defined once for the engine, the deploy script and Discord. */
export interface OptionDefinition {
  readonly name: string;
  readonly nameZh: string;
  readonly type: OptionType;
  readonly description: Bilingual;
  readonly required: boolean;
  readonly autocomplete?: AutocompleteKind;
  readonly choices?: readonly { readonly value: string; readonly name: Bilingual }[];
  readonly minValue?: number;
  readonly maxValue?: number;
  readonly maxLength?: number;
}

/** A slash command as plain data: no handler, no discord.js. */
export interface CommandDefinition {
  readonly name: string;
  readonly nameZh: string;
  readonly description: Bilingual;
  readonly options: readonly OptionDefinition[];
}
