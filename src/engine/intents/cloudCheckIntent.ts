import { cloudOf } from '../answers/cloudOf.js';
import type { Intent } from './intent.js';

/** Asked as the one cloud: "only runs on CoreWeave", "只用 Azure", "just AWS". */
const ONLY = /\bonly\b|\bjust\b|\bexclusively\b|\bsolely\b|只用|只在|只有|唯一|仅|僅/u;

/**
 * "Does OpenAI use Azure?", "Character.ai 跟 Anthropic 都在用谷歌云吗": each company checked against the
 * cloud list; yes only when the article lists every one of them on that cloud.
 */
export const cloudCheckIntent = {
  id: 'cloud-check',
  cues: { use: 0.5, cloud: 0.5, whereFrom: 0.5 },
  patterns: [],
  needs: (s) =>
    s.yesNo && s.ofKind('company').length > 0 && s.ofKind('cloud').length === 1 && s.counts.length === 0,
  fit: () => 2,
  run: (ctx, s) => {
    const [cloud] = s.ofKind('cloud');
    const only = ONLY.test(s.reading.text);
    const answers = s.ofKind('company').map((company) => cloudOf(ctx, company, cloud, only));
    const [first] = answers;
    if (first === undefined || answers.some((a) => a.check === undefined)) return undefined;
    const verdict = answers.every((a) => a.check?.holds) ? 'yes' : 'no';
    return answers.length === 1 ? { ...first, verdict } : { ...first, verdict, parts: answers };
  },
  examples: {
    en: ["ok so quick q, oai is on msft's cloud right?", 'does anthropic use aws?'],
    zh: ['OpenAI 是通过 Azure 拿卡的对吧', 'Character.ai 跟 Anthropic 都在用谷歌云吗'],
  },
} as const satisfies Intent;
