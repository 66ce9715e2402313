import { en, type MessageKey } from './catalogs/en.js';
import { zhHans } from './catalogs/zhHans.js';
import { zhHant } from './catalogs/zhHant.js';
import { spaceCjkLatin } from './chineseText.js';
import type { ReplyLang } from './langs.js';

/** Every reply language's messages. */
export const CATALOGS: Readonly<Record<ReplyLang, Readonly<Record<MessageKey, string>>>> = {
  en,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
};

/** Values a message's `{name}` placeholders are filled with. */
export type MessageVars = Readonly<Record<string, string | number>>;

/**
 * A message in a reply language with its `{name}` placeholders filled. Chinese messages get the
 * usual spacing between Han and Latin text once the values are in, so names and numbers written
 * into them are spaced the same way everywhere.
 *
 * @throws Error when the message names a value `vars` lacks: a bug, not bad input
 */
export function t(lang: ReplyLang, key: MessageKey, vars: MessageVars = {}): string {
  const message = CATALOGS[lang][key];
  // Most messages have no placeholder: they are returned as they are, with no regular expression run.
  const text = !message.includes('{')
    ? message
    : message.replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = vars[name];
        if (value === undefined) throw new Error(`message ${key} needs a value for {${name}}`);
        return String(value);
      });
  return lang === 'en' ? text : spaceCjkLatin(text);
}

export type { MessageKey };
