import type { Bilingual } from '../knowledge/schema.js';
import { toTraditional } from './chineseText.js';
import type { ReplyLang } from './langs.js';

/**
 * Knowledge text (stored as `{en, zh}`) in a reply language: Traditional is the file's own
 * `zh-Hant` when it has one, else converted from the Simplified text.
 */
export function localize(text: Bilingual, lang: ReplyLang): string {
  if (lang === 'en') return text.en;
  if (lang === 'zh-Hans') return text.zh;
  return text['zh-Hant'] ?? toTraditional(text.zh);
}
