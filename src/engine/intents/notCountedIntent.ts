import { notFound } from '../answers/notFound.js';
import { topic } from '../answers/topic.js';
import { articleFigures } from '../articleFigures.js';
import type { Intent } from './intent.js';
import { asksForACloud, INCLUSION_ASKED, topicScore } from './signals.js';

/** Names asked for: "names?", "name them", "叫什么", "有哪些". */
const NAMES_ASKED = /\bnames?\b|\bname them\b|叫什么|叫啥|名字|名单|有哪些/u;

/** "What about Chinese companies?", "百度呢": the demand the article says its total leaves out. */
export const notCountedIntent = {
  id: 'not-counted',
  cues: { china: topicScore(10) },
  patterns: [],
  needs: (s, ctx) => {
    const left = articleFigures(ctx.kb).notCounted;
    // ("how many h100s does baidu have right now?": a count of theirs asked, which the article lacks.)
    return (
      (s.has('china') || [...s.named, ...s.gpus].some((e) => left.has(e.id))) &&
      !asksForACloud(s) &&
      !(s.has('howMany') && s.measure === 'holdings' && s.named.length > 0)
    );
  },
  fit: (s) => (s.has('china') ? 0 : topicScore(10)),
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
