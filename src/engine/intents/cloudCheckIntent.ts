import type { Entity } from '../../knowledge/index.js';
import { cloudOf } from '../answers/cloudOf.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';

/** Claims put up to be checked: "which of those are right?", "哪些是对的", "邊個啱". */
const CLAIMS_CHECKED =
  /\bwhich (?:of (?:those|these|them|my \w+) )?(?:are|is|were|was) (?:right|correct|true|wrong|accurate)\b|\b(?:am i|are those|are these) (?:right|correct)\b|哪些(?:是)?(?:对|對|错|錯|正确|正確)|哪(?:个|個|几个|幾個)(?:是)?(?:对|對|错|錯)|邊(?:個|啲|幾個)(?:係)?(?:啱|錯)/u;

/**
 * "x.ai is on oracle, cohere is on gcp, and hugging face is on aws": each company with the cloud said
 * right after it, when companies and clouds alternate that way; undefined otherwise.
 */
function claimedPairs(s: Slots): (readonly [Entity, Entity])[] | undefined {
  const said = s.reading.entities
    .filter((m) => m.start >= 0 && (m.entity.kind === 'company' || m.entity.kind === 'cloud'))
    .sort((a, b) => a.start - b.start);
  if (said.length < 4 || said.length % 2 !== 0) return undefined;
  const pairs: (readonly [Entity, Entity])[] = [];
  for (let i = 0; i < said.length; i += 2) {
    const company = said[i]?.entity;
    const cloud = said[i + 1]?.entity;
    if (company?.kind !== 'company' || cloud?.kind !== 'cloud') return undefined;
    pairs.push([company, cloud]);
  }
  return pairs;
}

/** Asked as the one cloud: "only runs on CoreWeave", "只用 Azure", "just AWS". */
const ONLY = /\bonly\b|\bjust\b|\bexclusively\b|\bsolely\b|只用|只在|只有|只是|唯一|仅|僅/u;

/**
 * "Does OpenAI use Azure?", "Character.ai 跟 Anthropic 都在用谷歌云吗": each company checked against the
 * cloud list; yes only when the article lists every one of them on that cloud.
 */
export const cloudCheckIntent = {
  id: 'cloud-check',
  cues: { use: 0.5, cloud: 0.5, whereFrom: 0.5 },
  patterns: [],
  // Several companies on one cloud, or one company on several ("does anthropic use both aws and google
  // cloud?": yes only when it is on each).
  // Or several companies each said with its own cloud ("x.ai on oracle, cohere on gcp: which are right?").
  needs: (s) =>
    (s.yesNo || CLAIMS_CHECKED.test(s.reading.text)) &&
    s.counts.length === 0 &&
    ((s.ofKind('company').length > 0 && s.ofKind('cloud').length === 1) ||
      (s.ofKind('company').length === 1 && s.ofKind('cloud').length > 1) ||
      claimedPairs(s) !== undefined),
  // ("both" in "does anthropic use both aws and google cloud" asks about each cloud, not a sum.)
  fit: (s) => (s.has('use') && s.ofKind('cloud').length > 1 ? 2.8 : 2),
  run: (ctx, s) => {
    const only = ONLY.test(s.reading.text);
    const pairs =
      s.ofKind('company').length > 1 && s.ofKind('cloud').length > 1 ? claimedPairs(s) : undefined;
    if (pairs !== undefined) {
      const answers = pairs.map(([company, cloud]) => cloudOf(ctx, company, cloud, only));
      // (No verdict over all: each claim opens with its own yes or no, or says the article names no cloud.)
      const checked = answers.find((a) => a.check !== undefined);
      if (checked === undefined) return undefined;
      const { check: _each, ...lead } = checked;
      return { ...lead, parts: answers };
    }
    const [company] = s.ofKind('company');
    if (s.ofKind('cloud').length > 1 && company !== undefined) {
      const checks = s.ofKind('cloud').map((c) => cloudOf(ctx, company, c, only));
      if (checks.some((a) => a.check === undefined)) return undefined;
      // The reply is worded on a cloud it is not on, when there is one.
      const shown = checks.find((a) => a.check?.holds === false) ?? checks[0];
      return shown === undefined ? undefined : { ...shown, verdict: shown.check?.holds ? 'yes' : 'no' };
    }
    const [cloud] = s.ofKind('cloud');
    const answers = s.ofKind('company').map((company) => cloudOf(ctx, company, cloud, only));
    const [first] = answers;
    if (first === undefined || answers.every((a) => a.check === undefined)) return undefined;
    // ("Anthropic 跟 Helsing 都用 AWS 吗": the article names no cloud for Helsing, so no yes for both; a
    // no stands when one of them is on another cloud.)
    if (answers.some((a) => a.check === undefined)) {
      const no = answers.some((a) => a.check?.holds === false);
      // (The lead's own check would say yes for all: each part words its own.)
      const { check: _each, ...lead } = answers.find((a) => a.check !== undefined) ?? first;
      return { ...lead, ...(no ? { verdict: 'no' as const } : {}), parts: answers };
    }
    const verdict = answers.every((a) => a.check?.holds) ? 'yes' : 'no';
    return answers.length === 1 ? { ...first, verdict } : { ...first, verdict, parts: answers };
  },
  examples: {
    en: ["ok so quick q, oai is on msft's cloud right?", 'does anthropic use aws?'],
    zh: ['OpenAI 是通过 Azure 拿卡的对吧', 'Character.ai 跟 Anthropic 都在用谷歌云吗'],
  },
} as const satisfies Intent;
