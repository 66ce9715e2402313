import type { Answer } from '../engine/answer.js';
import type { Lang } from '../engine/lang.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { presentAnswer } from './presentAnswer.js';

/**
 * Renders an answer as plain text for the CLI, in the given language (by default the question's).
 */
export function renderText(answer: Answer, kb: KnowledgeBase, lang: Lang = answer.lang): string {
  const p = presentAnswer(answer, lang, kb);
  const t = (en: string, zh: string) => (lang === 'en' ? en : zh);
  const lines = [p.title, '', p.summary];
  if (p.facts.length > 0) lines.push('', ...p.facts.map((f) => `• ${f}`));
  if (p.steps.length > 0) lines.push('', t('Calculation:', '计算：'), ...p.steps.map((s) => `  ${s}`));
  if (p.caveats.length > 0) lines.push('', t('Caveats:', '注意：'), ...p.caveats.map((c) => `  ! ${c}`));
  if (p.suggestions !== undefined) lines.push('', p.suggestions);
  if (p.quotes.length > 0) {
    lines.push(
      '',
      t('The article says:', '原文：'),
      ...p.quotes.map((q) => `  「${q.text.replace(/\s+/g, ' ')}」 (${q.section})`),
    );
  }
  if (!p.isError) lines.push('', p.footer);
  return lines.join('\n');
}
