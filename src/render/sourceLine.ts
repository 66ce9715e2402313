import type { ReplyLang } from '../i18n/langs.js';
import { localize } from '../i18n/localize.js';
import { t } from '../i18n/t.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';

/**
 * The line naming the source, the same in every reply, chart and CLI answer: the original's author,
 * title (as published, in English: the address is of that page) and address, and the Chinese
 * summary the facts were taken from, named in the reply's language.
 */
export function sourceLine(kb: KnowledgeBase, lang: ReplyLang): string {
  const { author, title, url, via } = kb.source;
  return t(lang, 'source.line', { author, title: title.en, url, via: localize(via, lang) });
}

/** The article named in running text: GPU Utils’ “Nvidia H100 GPUs: Supply and Demand”. */
export function sourceName(kb: KnowledgeBase, lang: ReplyLang): string {
  return t(lang, 'source.name', { author: kb.source.author, title: localize(kb.source.title, lang) });
}
