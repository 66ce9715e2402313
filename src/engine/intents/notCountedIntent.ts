import { notFound } from '../answers/notFound.js';
import { topic } from '../answers/topic.js';
import { articleFigures } from '../articleFigures.js';
import type { Intent } from './intent.js';
import { asksForACloud, INCLUSION_ASKED, topicScore } from './signals.js';

/** Names asked for: "names?", "name them", "叫什么", "有哪些". */
const NAMES_ASKED = /\bnames?\b|\bname them\b|叫什么|叫啥|名字|名单|有哪些/u;

/** Who the total leaves out, asked: "which companies weren't counted in the total?", "总数没算进去的是谁". */
const LEFT_OUT_ASKED =
  /\b(?:not|n't|never) (?:been )?(?:counted|included|in)\b|\b(?:weren't|wasn't|aren't|isn't) (?:counted|included)\b|\bleft out\b|\bexclud(?:ed|es)\b|\bon top of (?:the|that)\b|不包括|不包含|没算|沒算|没有算|沒有算|未计入|未計入|没计入|沒計入|不算在|没包括|沒包括|没有包括|沒有包括/u;

/** "What about Chinese companies?", "百度呢": the demand the article says its total leaves out. */
export const notCountedIntent = {
  id: 'not-counted',
  cues: { china: topicScore(10) },
  patterns: [],
  needs: (s, ctx) => {
    const left = articleFigures(ctx.kb).notCounted;
    // ("how many h100s does baidu have right now?": a count of theirs asked, which the article lacks.)
    return (
      (s.has('china') ||
        [...s.named, ...s.gpus].some((e) => left.has(e.id)) ||
        // (Asked who, of nobody named: "which companies … weren't counted in the total?".)
        (s.named.length === 0 && s.has('who') && s.has('total') && LEFT_OUT_ASKED.test(s.reading.text))) &&
      !asksForACloud(s) &&
      !(s.has('howMany') && s.measure === 'holdings' && s.named.length > 0)
    );
  },
  fit: (s) =>
    (s.has('china') ? 0 : topicScore(10)) + (s.has('total') && LEFT_OUT_ASKED.test(s.reading.text) ? 1.5 : 0),
  run: (ctx, s) => {
    const left = articleFigures(ctx.kb).notCounted;
    // "which hedge funds are hoarding H100s? names": a group the article names no one in has no names
    // to give. (Chinese companies it does name: ByteDance, Baidu, Tencent.)
    const unnamed = s.named.find((e) => left.has(e.id) && e.kind === 'group' && e.members.length === 0);
    const mention = s.reading.entities.find((m) => m.entity === unnamed);
    if (mention !== undefined && (s.has('who') || NAMES_ASKED.test(s.reading.text)))
      return notFound(ctx, mention.text, []);
    const answer = topic(
      ctx,
      ['not-counted'],
      s.named.find((e) => left.has(e.id)),
    );
    // "is bytedance/tencent demand baked into the ~$15bn number?": no, the total leaves them out.
    return s.yesNo && INCLUSION_ASKED.test(s.reading.text) ? { ...answer, verdict: 'no' } : answer;
  },
  examples: {
    en: ['What about Chinese companies like Baidu?', 'what do chinese companies buy instead'],
    zh: ['中国公司用什么GPU', '字节跳动的需求呢'],
  },
} as const satisfies Intent;
