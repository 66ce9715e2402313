import type { ReplyLang } from '../i18n/langs.js';
import { escapeMarkup, unescapeMarkup } from '../render/inertText.js';
import { DISCORD_LIMITS, lengthOf } from './discordLimits.js';

/**
 * What a reply's buttons do: show the article's words, the details, re-render in another language,
 * or say the answer helped (`up`) or did not (`down`).
 */
export type ButtonAction = 'quote' | 'details' | 'lang' | 'up' | 'down';

/** Everything a button needs, carried in its custom id so the bot keeps no state between clicks. */
export interface ButtonState {
  readonly action: ButtonAction;
  /** The language the button's result is shown in. */
  readonly lang: ReplyLang;
  /** The question or command text (`/gap price:30000`) that reproduces the answer. */
  readonly query: string;
}

const PREFIX = 'h1';
const ACTION_CODES = { quote: 'q', details: 'd', lang: 'l', up: 'u', down: 'n' } as const satisfies Record<
  ButtonAction,
  string
>;
/** Two letters per language keep the room for the query; `zh` is what buttons sent before Traditional existed. */
const LANG_CODES = { en: 'en', 'zh-Hans': 'zh', 'zh-Hant': 'tw' } as const satisfies Record<
  ReplyLang,
  string
>;

const byCode = <K extends string>(codes: Readonly<Record<K, string>>): ReadonlyMap<string, K> =>
  new Map((Object.keys(codes) as K[]).map((key) => [codes[key], key]));
const ACTIONS = byCode(ACTION_CODES);
const LANGS_BY_CODE = byCode(LANG_CODES);

/**
 * Encodes a button's state as `h1|q|en|<query>`, or returns undefined when the query does not fit
 * into Discord's 100-character custom id; the reply then carries its details inline instead.
 *
 * The query travels inert: on one line, its markdown escaped and its links and mentions broken
 * (the echo's own escaping, {@link escapeMarkup}), so a custom id shown anywhere (a client's
 * developer tools, a log, another bot reading the message) renders nothing, and it is unescaped
 * exactly on the click. Why not a short id into a cache of queries: the custom id is then the
 * only state a button needs, so buttons keep working on any shard or HTTP replica, after a restart
 * or a deploy, with nothing to share or expire; Discord caps the id at 100 characters, and the
 * query is answered on the click like any question, bounded and echoed inert.
 */
export function encodeCustomId(state: ButtonState): string | undefined {
  return customIdFor(state.action, state.lang, inertQuery(state.query));
}

/**
 * A query as {@link encodeCustomId} carries it: a reply's buttons all carry the same query, so it
 * is made inert once per reply rather than once per button.
 */
export function inertQuery(query: string): string {
  return escapeMarkup(query.replace(/[\s\p{Cc}]+/gu, ' ').trim());
}

/** {@link encodeCustomId} for a query already made inert by {@link inertQuery}. */
export function customIdFor(action: ButtonAction, lang: ReplyLang, inert: string): string | undefined {
  const id = `${PREFIX}|${ACTION_CODES[action]}|${LANG_CODES[lang]}|${inert}`;
  return lengthOf(id) <= DISCORD_LIMITS.customId ? id : undefined;
}

/**
 * Reads a custom id written by {@link encodeCustomId}; anything else gives undefined. Ids written
 * before queries were escaped read the same, unless their query held a backslash.
 */
export function decodeCustomId(customId: string): ButtonState | undefined {
  const [prefix, actionCode, langCode, ...rest] = customId.split('|');
  const query = unescapeMarkup(rest.join('|'));
  const action = actionCode === undefined ? undefined : ACTIONS.get(actionCode);
  const lang = langCode === undefined ? undefined : LANGS_BY_CODE.get(langCode);
  if (prefix !== PREFIX || action === undefined || lang === undefined || query.trim() === '')
    return undefined;
  return { action, lang, query };
}
