import type { Answer } from '../engine/answer.js';
import type { ReplyLang } from '../i18n/langs.js';
import { localize } from '../i18n/localize.js';
import { replyLangFor } from '../i18n/replyLang.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { renderText, type TextLength } from '../render/renderText.js';

/** One line of `ask --jsonl` output: the contract graders and other tools rely on. */
export interface JsonLine {
  readonly question: string;
  readonly answer: string;
  readonly found: boolean;
  readonly lang: ReplyLang;
  readonly sources: readonly { readonly fact: string; readonly section: string; readonly quote: string }[];
  readonly error?: string;
}

/** Shapes an answer as a JSONL record, rendered in `lang` (the question's language and script by default). */
export function toJsonLine(
  question: string,
  answer: Answer,
  kb: KnowledgeBase,
  lang: ReplyLang = replyLangFor(question, answer.lang),
  length: TextLength = 'full',
): JsonLine {
  return {
    question,
    answer: renderText(answer, kb, lang, length),
    found: answer.found,
    lang,
    sources: answer.facts.map((f) => ({ fact: f.id, section: f.section, quote: f.quote })),
    ...(answer.error === undefined ? {} : { error: localize(answer.error.text, lang) }),
  };
}
