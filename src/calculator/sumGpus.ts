import type { Amount, Calculation } from './calculation.js';

/**
 * Adds GPU counts (the §02 line items, a cloud's customers, a section), keeping each labelled addend.
 *
 * @param items - counts of the same GPU model; callers must never mix A100 and H100 counts
 */
export function sumGpus(
  items: readonly { label: string; gpus: number }[],
  kind: Calculation['kind'] = 'sum',
): Calculation {
  const operands: Amount[] = items.map(({ label, gpus }) => ({ value: gpus, unit: 'gpus', label }));
  const result: Amount = { value: operands.reduce((total, a) => total + a.value, 0), unit: 'gpus' };
  return { kind, result, steps: [{ op: 'sum', operands, result }] };
}
