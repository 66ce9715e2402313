import type { Entity } from '../../knowledge/schema.js';
import { cloudOf } from '../answers/cloudOf.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';
import { asksWhatIsHeld, namesCloudUsers } from './signals.js';

const PAYING =
  /\bpa(?:y|ys|id|ying)\b|\bcharg(?:e|es|ed|ing)\b|\bprice\b|\bdiscount|付多少|花多少|多少钱|多少錢|价格|價格|折扣/u;

/**
 * A company (or a model, or a cloud) asked about together with a cloud: "Does Mistral use Azure?",
 * "三星用哪家云", "Does Google Cloud use Azure?", "What does xAI use?". The article's cloud list answers,
 * or says it names no cloud for that one.
 */
export const cloudLinkIntent = {
  id: 'cloud-link',
  cues: {},
  patterns: [],
  needs: (s, ctx) => {
    const user = userOf(s);
    // "What is MSFT paying Nvidia per H100?" asks a price, whoever is named.
    if (user === undefined || s.has('howMany', 'demand') || PAYING.test(s.reading.text)) return false;
    // ("0.03M H100s per big cloud × 4 clouds": a group of clouds uses no cloud; the clouds are the count.)
    if (
      user.kind === 'group' &&
      s.counts.length > 0 &&
      user.members.length > 0 &&
      user.members.every((id) => ctx.kb.entityById.get(id)?.kind === 'cloud')
    )
      return false;
    const cloud = s.ofKind('cloud').find((c) => c !== user);
    // "Which cloud does GPT-4 use?": the article names no model's cloud, and says so.
    if (user.kind === 'model') return s.has('cloud') || (cloud !== undefined && !asksWhatIsHeld(s));
    if (user.kind === 'cloud')
      return cloud !== undefined && !asksWhatIsHeld(s) && !s.has('who') && !namesCloudUsers(s);
    // "What does xAI use?": with no GPU, count or ownership word, "use" asks for the company's cloud.
    const usesWhat =
      s.has('use') &&
      !asksWhatIsHeld(s) &&
      !s.has('training', 'inference') &&
      s.gpus.length === 0 &&
      s.counts.length === 0 &&
      !/\bgpus?\b|\bcards?\b|\bchips?\b|显卡|卡|芯片/u.test(s.reading.text) &&
      ctx.kb.facts.some((f) => f.topic === 'cloud-usage' && f.subject === user.id);
    return cloud !== undefined || s.has('cloud') || usesWhat;
  },
  fit: () => 2,
  run: (ctx, s) => {
    const user = userOf(s);
    return user === undefined
      ? undefined
      : cloudOf(
          ctx,
          user,
          s.ofKind('cloud').find((c) => c !== user),
        );
  },
  examples: {
    en: ['What does xAI use?', 'Does Google Cloud use Azure?'],
    zh: ['三星用哪家云', 'Cohere 用什么'],
  },
} as const satisfies Intent;

/** Who is asked about as a cloud's user: a company (foundries are companies too), else a model or cloud. */
function userOf(s: Slots): Entity | undefined {
  const company = s.ofKind('company', 'group', 'foundry')[0];
  if (company !== undefined) return company;
  const [first] = s.named;
  return first !== undefined && (first.kind === 'cloud' || first.kind === 'model') && s.has('use', 'cloud')
    ? first
    : undefined;
}
