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
  const parts = templateOf(CATALOGS[lang][key]);
  let text = parts[0] ?? '';
  // Odd parts are placeholder names, even parts the text between them.
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    const value = vars[name];
    if (value === undefined) throw new Error(`message ${key} needs a value for {${name}}`);
    text += String(value) + (parts[i + 1] ?? '');
  }
  // (A space a message leaves around a value for Latin names is none between two Chinese words: "用
  // {top} 的公司最多" with 亚马逊云 AWS.)
  return lang === 'en' ? pluralPossessive(text) : spaceCjkLatin(text.replace(HAN_SPACE_HAN, ''));
}

const HAN_SPACE_HAN = /(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu;

/** A plural name takes the apostrophe alone: "other private clouds’ 100,000 H100s", not "clouds’s". */
function pluralPossessive(text: string): string {
  return text.includes('s’s') ? text.replace(/(?<=[a-z]s)’s\b/gu, '’') : text;
}

/** Each message split once at its placeholders (`'a {x} b'` → `['a ', 'x', ' b']`): replies fill dozens a time. */
const templates = new Map<string, readonly string[]>();

function templateOf(message: string): readonly string[] {
  let parts = templates.get(message);
  if (parts === undefined) {
    parts = message.split(/\{(\w+)\}/);
    templates.set(message, parts);
  }
  return parts;
}

export type { MessageKey };
