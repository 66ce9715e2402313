import type { Fact } from '../../knowledge/schema.js';
import { holdings } from '../answers/holdings.js';
import type { Intent } from './intent.js';

const WHERE_GO = /\bwhere (?:do|does|did|will) .{1,40}\bgo\b/u;

/** Most of them given to one, said around the GPU: "大部分的 GPU 都是给 Anthropic 用的", "大多數嘅卡俾". */
const MOST_GIVEN =
  /(?:大部分|大多数|大多數|多数|多數)(?:的|嘅)?\s*(?:gpu|卡|h100)?\s*(?:都)?\s*(?:是)?\s*(?:给|俾|流向|归|歸)/u;

/** "How many H100s did Nvidia allocate to CoreWeave?": the allocations the article reports. */
export const allocationIntent = {
  id: 'allocation',
  cues: { allocation: 2.05 },
  patterns: [
    { re: WHERE_GO, weight: 2.05 },
    { re: MOST_GIVEN, weight: 2.05 },
  ],
  needs: (s) =>
    (s.has('allocation') || WHERE_GO.test(s.reading.text) || MOST_GIVEN.test(s.reading.text)) &&
    s.named.some((e) => e.kind !== 'model'),
  // ("Azure 的 GPU 大部分都给 Anthropic 用, 是不是?": where a cloud's GPUs go, put up for checking,
  // outranks whether the company uses that cloud.)
  fit: (s) =>
    s.yesNo &&
    (s.has('allocation') || MOST_GIVEN.test(s.reading.text)) &&
    s.ofKind('cloud').length === 1 &&
    s.ofKind('company').length === 1
      ? 1
      : 0,
  run: (ctx, s) => {
    const target = s.ofKind('company', 'group', 'foundry')[0] ?? s.ofKind('cloud')[0];
    if (target === undefined) return undefined;
    const allocated = (f: Fact) => f.metric === 'gpu-allocation';
    // "is azure's stash mostly going to openai?": yes when the article sends that cloud's GPUs there,
    // and either way where it does send them.
    const [from] = s.ofKind('cloud');
    if (!s.yesNo || from === undefined || from === target) return holdings(ctx, target, allocated);
    const answer = holdings(ctx, from, allocated);
    const goes = ctx.kb.facts.some(
      (f) => allocated(f) && f.subject === from.id && f.objects.includes(target.id),
    );
    return answer === undefined || !answer.found ? answer : { ...answer, verdict: goes ? 'yes' : 'no' };
  },
  examples: {
    en: ["how much of azure's gpus go to openai", 'where do CoreWeave’s H100s go?'],
    zh: ['微软云的GPU都流向谁', 'CoreWeave 的卡分配给谁'],
  },
} as const satisfies Intent;
