import type { Missing } from '../engine/answer.js';
import { toTraditional } from '../i18n/chineseText.js';
import type { ReplyLang } from '../i18n/langs.js';
import { localize } from '../i18n/localize.js';
import { t } from '../i18n/t.js';

/** What the article lacks, in the reply's language: "how many GPUs Lambda has", 「Lambda 有多少 GPU」. */
export function describeMissing(missing: Missing, lang: ReplyLang): string {
  // (The words are read in Simplified: a Traditional reply echoes them in its own script.)
  if (missing.what === 'words') return lang === 'zh-Hant' ? toTraditional(missing.text) : missing.text;
  const name = localize(missing.entity.name, lang);
  const gpu = missing.gpu === undefined ? 'H100' : localize(missing.gpu.name, lang);
  // "how many H100s Tesla has": a GPU asked of holdings is named; otherwise any GPU.
  if (missing.what === 'holdings' && missing.gpu !== undefined)
    return t(lang, 'missing.holdingsOf', { name, gpu });
  return t(lang, `missing.${missing.what}`, { name, gpu });
}
