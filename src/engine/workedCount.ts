import type { Answer } from './answer.js';

/** The GPU each kind of counted result is in: GPUs bought or valued are H100s. */
const GPU_OF_UNIT = { gpus: 'H100', 'h100-equivalents': 'H100', 'a100-equivalents': 'A100' } as const;

/**
 * The count of GPUs an answer worked out last ("$10M buys 285 H100s", "7,000 A100s do the work of
 * 2,000 H100s"), with the GPU it counts: what a follow-up can point back at or set against.
 * Undefined when the answer found nothing or its last result is no count of GPUs. Asked `of: 'difference'`,
 * the last difference it worked out instead ("the extra", "the rest").
 */
export function workedCount(
  answer: Answer | undefined,
  of: 'last' | 'difference' = 'last',
): { value: number; gpu: 'H100' | 'A100' } | undefined {
  if (answer?.found !== true) return undefined;
  // "The extra", "the rest": the difference the answer worked out, wherever it stands among its steps.
  const last =
    of === 'difference'
      ? answer.calculations.findLast((c) => c.kind === 'difference')?.result
      : // A total priced after it is worked ("§02's items add up to 357,000; at $35k that is…"): the count.
        // (A what-if's new total, not how far it moved from the article's: "…that is 75,000 fewer".)
        answer.calculations.findLast(
          (c) => c.result.unit in GPU_OF_UNIT && !(answer.kind === 'what-if' && c.kind === 'difference'),
        )?.result;
  if (last === undefined || !(last.unit in GPU_OF_UNIT) || last.value <= 0) return undefined;
  // A sum of what Meta and Tesla hold counts A100s: the GPU every fact it rests on counts.
  const counted = answer.facts.flatMap((f) => (f.gpu === undefined ? [] : [f.gpu]));
  // (Meta's 25k H100s less its 21k A100s is 4,000 cards of no one GPU: no count to carry on with.)
  const lastCalc = answer.calculations.findLast((c) => c.result === last);
  if (
    (lastCalc?.kind === 'difference' || lastCalc?.kind === 'sum') &&
    counted.includes('A100') &&
    counted.includes('H100')
  )
    return undefined;
  if (last.unit === 'gpus' && counted.length > 0 && counted.every((g) => g === 'A100'))
    return { value: last.value, gpu: 'A100' };
  return { value: last.value, gpu: GPU_OF_UNIT[last.unit as keyof typeof GPU_OF_UNIT] };
}

/**
 * The count (or range) a look-up or a topic stated, when it worked nothing out ("Inflection used 3,500 H100s for
 * its model"; "…如果换成 A100 要多少张" converts those): its first fact's, when that is one count of one GPU.
 */
export function statedCount(
  answer: Answer | undefined,
  /** A range stated counts too, at both ends ("…and in A100 terms?" converts 30,000–50,000). */
  ranges = false,
): { value: number; high?: number; gpu: 'H100' | 'A100' } | undefined {
  // (Servers the count fills, worked after it, leave it the count stated: "384 A100s … 48 servers".)
  if (answer === undefined || answer.calculations.some((c) => c.kind !== 'servers')) return undefined;
  // (A claim checked states the article's own count: "inflection used 3500 H100s right? how many A100s
  // to match that?".)
  if (!['holdings', 'demand', 'topic', 'premise'].includes(answer.kind)) return undefined;
  const [first] = answer.facts;
  const q = first?.quantity;
  if (first?.unit !== 'gpus' || q === undefined) return undefined;
  if (first.gpu !== 'H100' && first.gpu !== 'A100') return undefined;
  // ("gpt-5 needs how many h100? and in a100 terms?": a range stated is converted at both ends.)
  if ('value' in q) return { value: q.value, gpu: first.gpu };
  return ranges ? { value: q.min, high: q.max, gpu: first.gpu } : undefined;
}
