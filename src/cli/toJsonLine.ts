import type { Answer } from '../engine/answer.js';
import type { Lang } from '../engine/lang.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { renderText } from '../render/renderText.js';

/** One line of `ask --jsonl` output: the contract graders and other tools rely on. */
export interface JsonLine {
  readonly question: string;
  readonly answer: string;
  readonly found: boolean;
  readonly lang: Lang;
  readonly sources: readonly { readonly fact: string; readonly section: string; readonly quote: string }[];
  readonly error?: string;
}

/** Shapes an answer as a JSONL record, rendered in `lang` (the question's language by default). */
export function toJsonLine(
  question: string,
  answer: Answer,
  kb: KnowledgeBase,
  lang: Lang = answer.lang,
): JsonLine {
  return {
    question,
    answer: renderText(answer, kb, lang),
    found: answer.found,
    lang,
    sources: answer.facts.map((f) => ({ fact: f.id, section: f.section, quote: f.quote })),
    ...(answer.error === undefined ? {} : { error: answer.error.text[lang] }),
  };
}
