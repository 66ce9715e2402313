import { compare } from '../answers/compare.js';
import { quantityOf } from '../answers/factQueries.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';

const WORKLOADS = ['training', 'inference'] as const;

/** Where a clause ends: a factor's workload is said in its own clause. */
const CLAUSE_END = /[,，;；。?？]/u;

/**
 * The workload named nearest a factor in its clause ("训练比 A100 快3.5倍, 推理快2.3倍"), by the cue words
 * the reading found for each.
 */
function workloadSaidWith(s: Slots, at: number): (typeof WORKLOADS)[number] | undefined {
  const { text, cueWords } = s.reading;
  const start = text.slice(0, at).search(/[^,，;；。?？]*$/u);
  const after = text.slice(at).search(CLAUSE_END);
  const end = after < 0 ? text.length : at + after;
  let best: { workload: (typeof WORKLOADS)[number]; distance: number } | undefined;
  for (const workload of WORKLOADS)
    for (const word of cueWords.get(workload) ?? [])
      for (let i = text.indexOf(word, start); i >= 0 && i < end; i = text.indexOf(word, i + 1)) {
        const distance = Math.abs(i - at);
        if (best === undefined || distance < best.distance) best = { workload, distance };
      }
  return best?.workload;
}

/**
 * "Is the H100 about 2.3x faster than the A100 for training?": the factor the question states is
 * checked against the article's speed-up for that workload (or either, when none is named).
 */
export const ratioPremiseIntent = {
  id: 'ratio-premise',
  cues: { compare: 1 },
  patterns: [],
  needs: (s) => s.yesNo && s.amounts.some((a) => a.role === 'ratio') && s.named.length === 0,
  fit: () => 2,
  run: (ctx, s) => {
    // ("训练比 A100 快3.5倍, 推理快2.3倍, 没记错吧?": each factor with the workload said with it, every one
    // checked; swapped, the claim does not hold.)
    const claims = s.amounts
      .filter((a) => a.role === 'ratio')
      .map((a) => ({ value: a.value, workload: workloadSaidWith(s, a.start) }));
    const paired = claims.filter((c) => c.workload !== undefined);
    if (claims.length > 1 && paired.length === claims.length) {
      const answer = compare(ctx);
      const holds = paired.every((c) =>
        compare(ctx, c.workload).facts.some((f) => f.topic === 'performance' && quantityOf(f) === c.value),
      );
      return { ...answer, verdict: holds ? 'yes' : 'no' };
    }
    const stated = claims[0]?.value;
    if (stated === undefined) return undefined;
    const answer = compare(ctx, s.workload);
    const stating = (f: (typeof answer.facts)[number]) =>
      f.topic === 'performance' && quantityOf(f) === stated;
    const holds = answer.facts.some(stating);
    // "3.5x for training?": 3.5× is the inference figure, so the asked workload's speed-up leads and
    // the other's follows to correct the premise.
    const both = compare(ctx);
    const elsewhere = !holds && both.facts.some(stating);
    // (Held with no workload named, the speed-up that matches leads: "is it 2.3x faster?" → training.)
    const facts = elsewhere
      ? [...answer.facts, ...both.facts.filter((f) => !answer.facts.includes(f))]
      : [...answer.facts.filter(stating), ...answer.facts.filter((f) => !stating(f))];
    return { ...answer, facts, verdict: holds ? 'yes' : 'no' };
  },
  examples: {
    en: [
      'Is the H100 about 2.3x faster than the A100 for 16-bit training?',
      'is inference 2.3x faster on h100?',
    ],
    zh: ['文章是不是说 H100 推理比 A100 快 2.3 倍？', 'H100 训练快 2.3 倍吗'],
  },
} as const satisfies Intent;
