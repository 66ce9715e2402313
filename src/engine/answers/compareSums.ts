import type { Calculation } from '../../calculator/calculation.js';
import { difference, ratio } from '../../calculator/compareAmounts.js';
import { sumGpus } from '../../calculator/sumGpus.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import type { Figure } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';

/** The label of one side: its entity ids joined with "+", which the renderer names as a list. */
function sideLabel(side: readonly Figure[]): string {
  return side.map((f) => f.entity.id).join('+');
}

/**
 * Two sides compared when one is several entities together: "Inflection alone, or Anthropic + Helsing
 * + Mistral + Character together?". Each side of several is added up first; then the difference and
 * how many times. Undefined for ranges or mixed GPUs, which have no single sum.
 */
export function compareSums(
  ctx: AskContext,
  a: readonly Figure[],
  b: readonly Figure[],
  measure: 'demand' | 'holdings',
): Answer | undefined {
  const all = [...a, ...b];
  if (all.some((f) => f.range || f.gpu !== all[0]?.gpu)) return undefined;
  const total = (side: readonly Figure[]): { value: number; sum?: Calculation } => {
    if (side.length === 1) return { value: side[0]?.value ?? 0 };
    const sum = sumGpus(side.map((f) => ({ label: f.entity.id, gpus: f.value })));
    return { value: sum.result.value, sum };
  };
  const [ta, tb] = [total(a), total(b)];
  const sides = [
    { ...ta, label: sideLabel(a) },
    { ...tb, label: sideLabel(b) },
  ];
  const [big, small] = ta.value >= tb.value ? sides : [sides[1], sides[0]];
  if (big === undefined || small === undefined) return undefined;
  const amount = (s: typeof big) => ({ value: s.value, unit: 'gpus' as const, label: s.label });
  return buildAnswer(ctx, {
    kind: 'comparison',
    found: true,
    topic: measure === 'demand' ? 'demand' : 'holdings',
    related: all.map((f) => f.entity),
    facts: all.flatMap((f) => f.facts),
    calculations: [
      ...(ta.sum === undefined ? [] : [ta.sum]),
      ...(tb.sum === undefined ? [] : [tb.sum]),
      difference(amount(big), amount(small)),
      ...(small.value > 0 ? [ratio(amount(big), amount(small))] : []),
    ],
    ...(measure === 'demand' ? { extraCaveats: ['double-counting'] } : {}),
  });
}
