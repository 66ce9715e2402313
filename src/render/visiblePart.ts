import type { ReplyLang } from '../i18n/langs.js';
import { t } from '../i18n/t.js';
import { lengthOf } from './lengthOf.js';
import type { Presentation } from './presentation.js';

/**
 * How many characters of a reply a reader should see before expanding anything: a short answer
 * fits a Discord channel. Chinese carries about twice the meaning per character.
 */
export const VISIBLE_LIMIT: Readonly<Record<ReplyLang, number>> = { en: 600, 'zh-Hans': 300, 'zh-Hant': 300 };

/**
 * The part of a reply shown at once: the title, the direct answer, then as many of the facts as
 * fit under {@link VISIBLE_LIMIT} (with a note that the rest is under Details), then the offers of a
 * near miss. Everything else (the working, caveats and quotes) is for the reader to expand.
 */
export function visibleLines(
  p: Presentation,
  more: 'reply.more' | 'reply.moreBelow' = 'reply.more',
): string[] {
  const budget = VISIBLE_LIMIT[p.lang] - lengthOf(p.title) - 40;
  const lines = [p.summary];
  let used = lengthOf(p.summary) + p.suggestions.reduce((n, s) => n + lengthOf(s) + 1, 0);
  let shown = 0;
  for (const fact of p.facts) {
    const line = `• ${fact}`;
    const length = lengthOf(line) + 1;
    if (used + length > budget) break;
    lines.push(line);
    used += length;
    shown++;
  }
  if (shown < p.facts.length) lines.push(t(p.lang, more, { count: p.facts.length - shown }));
  return [...lines, ...p.suggestions];
}
