import type { Bilingual } from '../knowledge/schema.js';

/** A message context-menu command ("Apps → …" on any message); it asks the engine about the message's text. */
export interface ContextMenuDefinition {
  readonly name: string;
  readonly nameLocalized: Bilingual;
}

/** The bot's context-menu commands, as data beside {@link COMMANDS}. */
export const CONTEXT_MENUS = [
  { name: 'Ask the H100 bot', nameLocalized: { en: 'Ask the H100 bot', zh: '问 H100 机器人' } },
] as const satisfies readonly ContextMenuDefinition[];
