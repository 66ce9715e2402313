import type { Answer } from '../engine/answer.js';
import type { ReplyLang } from '../i18n/langs.js';
import { replyLangFor } from '../i18n/replyLang.js';
import { t } from '../i18n/t.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { presentAnswer } from './presentAnswer.js';
import type { Presentation } from './presentation.js';
import { visibleLines } from './visiblePart.js';

/** `full`: everything, the working and the article's words included; `brief`: what a channel shows at once. */
export type TextLength = 'full' | 'brief';

/** Renders an answer as plain text for the CLI, in a reply language (by default the question's language and script). */
export function renderText(
  answer: Answer,
  kb: KnowledgeBase,
  lang: ReplyLang = replyLangFor(answer.question, answer.lang),
  length: TextLength = 'full',
): string {
  const p = presentAnswer(answer, lang, kb);
  const lines = length === 'brief' ? [p.title, '', ...visibleLines(p)] : fullLines(p);
  if (!p.isError) lines.push('', p.footer);
  return lines.join('\n');
}

function fullLines(p: Presentation): string[] {
  const lines = [p.title, '', p.summary];
  if (p.facts.length > 0) lines.push('', ...p.facts.map((f) => `• ${f}`));
  if (p.steps.length > 0)
    lines.push(
      '',
      `${t(p.lang, 'reply.calculation')}${t(p.lang, 'punct.colon')}`,
      ...p.steps.map((s) => `  ${s}`),
    );
  if (p.caveats.length > 0)
    lines.push(
      '',
      `${t(p.lang, 'reply.caveats')}${t(p.lang, 'punct.colon')}`,
      ...p.caveats.map((c) => `  ! ${c}`),
    );
  if (p.suggestions.length > 0) lines.push('', ...p.suggestions);
  if (p.quotes.length > 0) {
    lines.push('', `${t(p.lang, 'reply.articleSays')}${t(p.lang, 'punct.colon')}`);
    for (const q of p.quotes) {
      lines.push(`  > ${q.text} (${q.section})`);
      if (q.translation !== undefined)
        lines.push(`    ${t(p.lang, 'reply.translation')}${t(p.lang, 'punct.colon')} ${q.translation}`);
    }
  }
  return lines;
}
