import type { Lang } from '../engine/lang.js';
import { DISCORD_LIMITS, lengthOf } from './discordLimits.js';

/**
 * What a reply's buttons do: show the article's words, re-render in the other language, or say
 * the answer helped (`up`) or did not (`down`).
 */
export type ButtonAction = 'quote' | 'lang' | 'up' | 'down';

/** Everything a button needs, carried in its custom id so the bot keeps no state between clicks. */
export interface ButtonState {
  readonly action: ButtonAction;
  /** The language the button's result is shown in. */
  readonly lang: Lang;
  /** The question or command text (`/gap price:30000`) that reproduces the answer. */
  readonly query: string;
}

const PREFIX = 'h1';
const ACTIONS: Record<string, ButtonAction> = { q: 'quote', l: 'lang', u: 'up', d: 'down' };
const LETTERS = { quote: 'q', lang: 'l', up: 'u', down: 'd' } as const satisfies Record<ButtonAction, string>;

/**
 * Encodes a button's state as `h1|q|en|<query>`, or returns undefined when the query does not fit
 * into Discord's 100-character custom id; the reply then carries its quotes inline instead.
 */
export function encodeCustomId(state: ButtonState): string | undefined {
  const id = `${PREFIX}|${LETTERS[state.action]}|${state.lang}|${state.query}`;
  return lengthOf(id) <= DISCORD_LIMITS.customId ? id : undefined;
}

/** Reads a custom id written by {@link encodeCustomId}; anything else gives undefined. */
export function decodeCustomId(customId: string): ButtonState | undefined {
  const [prefix, action, lang, ...rest] = customId.split('|');
  const query = rest.join('|');
  const kind = action === undefined ? undefined : ACTIONS[action];
  if (prefix !== PREFIX || kind === undefined || (lang !== 'en' && lang !== 'zh') || query.trim() === '') {
    return undefined;
  }
  return { action: kind, lang, query };
}
