import type { ReplyLang } from '../i18n/langs.js';
import { t } from '../i18n/t.js';

/**
 * A yes/no answer's sentence opened with its verdict: "Yes. Per the article, …" or "是。据文章，…".
 * Without a verdict the sentence is returned as it is.
 */
export function openWithVerdict(answer: string, verdict: 'yes' | 'no' | undefined, lang: ReplyLang): string {
  if (verdict === undefined) return answer;
  return t(lang, 'verdict.opener', {
    verdict: t(lang, verdict === 'yes' ? 'verdict.yes' : 'verdict.no'),
    answer,
  });
}
