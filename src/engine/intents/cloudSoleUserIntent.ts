import type { Entity } from '../../knowledge/schema.js';
import { cloudUsers } from '../answers/cloudUsers.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';

/** The company put as the cloud's one user: "the only one on AWS", "the sole customer", "唯一一家". */
const ONLY_ONE =
  /\b(?:the )?(?:only|sole|single|one and only)\s+(?:[\w.-]+\s+){0,3}?(?:one|company|companies|customer|client|user|tenant|lab|startup|firm|player|ai (?:company|lab))s?\b|唯一(?:一家|的|用|在用|使用|一个)/u;
/** "only" or 只有 standing right before a name: "only oai uses azure?", "只有 Anthropic 用 AWS 吗". */
const ONLY_BEFORE = /(?:\bonly|\bjust|只有|就只有|仅有|僅有)\s*$/u;

/** The one cloud named, though "用 AWS 的公司" says it as what describes the companies. */
function cloudNamed(s: Slots): Entity | undefined {
  const clouds = new Set(s.reading.entities.filter((m) => m.entity.kind === 'cloud').map((m) => m.entity));
  return clouds.size === 1 ? [...clouds][0] : undefined;
}

function soleAsked(s: Slots): boolean {
  const text = s.reading.text;
  if (ONLY_ONE.test(text)) return true;
  return s.reading.entities.some(
    (m) =>
      m.entity.kind === 'company' &&
      m.start > 0 &&
      ONLY_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)),
  );
}

/**
 * "Is OpenAI the only company on Azure?", "是不是只有 Anthropic 用 AWS": the company checked as the
 * cloud's one user; no when the article lists others there, and it names them.
 */
export const cloudSoleUserIntent = {
  id: 'cloud-sole-user',
  cues: { use: 0.5, cloud: 0.5, who: 0.5 },
  patterns: [],
  needs: (s) =>
    s.yesNo &&
    s.counts.length === 0 &&
    s.ofKind('company').length === 1 &&
    cloudNamed(s) !== undefined &&
    soleAsked(s),
  // Outweighs the check of the company's clouds, which reads "only" as its one cloud.
  fit: () => 3.5,
  run: (ctx, s) => {
    const [company] = s.ofKind('company');
    const cloud = cloudNamed(s);
    if (company === undefined || cloud === undefined) return undefined;
    const answer = cloudUsers(ctx, cloud, company, true);
    return answer.check === undefined ? answer : { ...answer, verdict: answer.check.holds ? 'yes' : 'no' };
  },
  examples: {
    en: ['is openai the only company using azure?', 'only anthropic is on aws, right?'],
    zh: ['是不是只有 Anthropic 用 AWS', 'OpenAI 是唯一一家用 Azure 的吗'],
  },
} as const satisfies Intent;
