import type { Missing } from '../engine/answer.js';
import type { Lang } from '../engine/lang.js';

/** What the article lacks, in the reply's language: "how many GPUs Lambda has", 「Lambda 有多少 GPU」. */
export function describeMissing(missing: Missing, lang: Lang): string {
  if (missing.what === 'words') return missing.text;
  const name = missing.entity.name[lang];
  const gpu = missing.what === 'demand' ? (missing.gpu?.name[lang] ?? 'H100') : '';
  const en: Record<Exclude<Missing['what'], 'words'>, string> = {
    demand: `how many ${gpu}s ${name} wants`,
    holdings: `how many GPUs ${name} has`,
    cloud: `which cloud ${name} uses`,
    users: `who uses ${name}`,
    price: `what an ${name} costs`,
  };
  const zh: typeof en = {
    demand: `${name} 要多少张 ${gpu}`,
    holdings: `${name} 有多少 GPU`,
    cloud: `${name} 用哪家云`,
    users: `谁在用 ${name}`,
    price: `${name} 的价格`,
  };
  return (lang === 'en' ? en : zh)[missing.what];
}
