import { cloudOf } from '../answers/cloudOf.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';

const SAME = /\bsame\b|\bshare\b|\bin common\b|同一|一样|一樣|相同|共用|共同/u;
/** A cloud in common asked, not clouds the same: "share a cloud", "共用". */
const SHARED = /\bshare\b|\bin common\b|共用|共同/u;
/** Sameness asked by itself: "same one?", "一样吗", "同一家?". */
const SAME_ASKED =
  /\bsame(?: one| cloud| provider)?s?\s*[?？]|\bshare (?:a |the same |one |any )?(?:cloud|provider)|(?:同一|一样|一樣|相同|共用)[^?？]{0,4}[?？]/u;

/**
 * Which cloud each named company uses ("which cloud is oai on?", "OpenAI 和 Anthropic 分别用哪家云？",
 * "Hugging Face 和 Cohere 是不是同一家云?").
 */
export const cloudOfIntent = {
  id: 'cloud-of',
  cues: { cloud: 1.5, whereFrom: 1.5, use: 0.4, demand: -1, howMany: -1.2, value: -1.5, holdings: -0.2 },
  patterns: [
    {
      re: /\bwhich cloud\b|\bwhat cloud\b|\bcloud provider\b|\bcloud\?|\bhosted on\b|\brent(?:s|ing|ed)?\b[^?]{0,24}\bfrom\b|\brunning on\b|\bruns on\b|\brun on\b|\bis \S+ on\b|\bare they on\b|同一家云|同一个云|同一家雲|\bsame cloud\b|\bshare (?:a |the same |one |any )?(?:cloud|provider)|哪家云|什么云|哪个云|啥云|哪朵云|用的云|跑在/u,
      weight: 1.2,
    },
    // "which of the big clouds does openai use", "which big cloud is meta on": a group of clouds to choose from.
    {
      re: /\bwhich (?:one )?(?:of (?:the|those|these) )?(?:[\w-]+ ){0,2}clouds?\b|哪(?:家|个|一家)大云/u,
      weight: 2,
    },
  ],
  // ("Is Tesla on the 1000+ list?" asks about a bar of GPUs, not a cloud.)
  // (A company's own figure said beside the question, "helsing wants 10k H100s — which cloud are they
  // using?", is context, not a count to work with.)
  needs: (s, ctx) =>
    s.ofKind('company').length > 0 &&
    s.ofKind('cloud').length === 0 &&
    s.counts.every((c) =>
      s
        .ofKind('company')
        .some((e) => (['demand', 'holdings'] as const).some((m) => figureOf(ctx, e, m)?.value === c.value)),
    ) &&
    !s.amounts.some((a) => a.role === 'threshold'),
  run: (ctx, s) => {
    const companies = s.ofKind('company');
    const answers = companies.map((c) => cloudOf(ctx, c));
    const [first] = answers;
    if (first === undefined || !answers.some((a) => a.found)) return first;
    if (answers.length === 1) return first;
    // ("…which cloud? same one?": the sameness asked on its own, with no auxiliary.)
    if (!(s.yesNo || SAME_ASKED.test(s.reading.text)) || !SAME.test(s.reading.text))
      return { ...first, parts: answers };
    const [one, ...rest] = answers.map((a) => new Set(a.related.map((e) => e.id)));
    // ("do Anthropic and Character.ai share a cloud provider?": yes when one cloud serves them all,
    // Google Cloud here, though Anthropic is on AWS too; "the same cloud?" asks that the clouds are the same.)
    const held = SHARED.test(s.reading.text)
      ? [...(one ?? [])].some((id) => rest.every((r) => r.has(id)))
      : rest.every((r) => r.size === one?.size && [...r].every((id) => one.has(id)));
    return { ...first, parts: answers, verdict: held ? 'yes' : 'no' };
  },
  examples: {
    en: ['which cloud is oai actually running on?', 'Character.ai cloud??'],
    zh: ['OpenAI 和 Anthropic 分别用哪家云？', 'Hugging Face 和 Cohere 是不是同一家云?'],
  },
} as const satisfies Intent;
