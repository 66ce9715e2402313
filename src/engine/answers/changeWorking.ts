import type { Calculation } from '../../calculator/calculation.js';
import { difference } from '../../calculator/compareAmounts.js';
import { scaleGpus } from '../../calculator/scaleGpus.js';
import { sumGpus } from '../../calculator/sumGpus.js';
import type { LineItemChange } from './whatIf.js';

/**
 * The working of a change said as an increase, a cut or a factor: "50,000 (OpenAI) + 20,000 = 70,000",
 * "22,000 × 2 = 44,000". Undefined for a count simply given ("OpenAI at 100k"), which needs none.
 */
export function changeWorking({ entity, count, by, factor }: LineItemChange): Calculation | undefined {
  if (by !== undefined && by !== 0) {
    const was = count - by;
    return by > 0
      ? sumGpus([
          { label: entity.id, gpus: was },
          { label: '', gpus: by },
        ])
      : difference({ value: was, unit: 'gpus', label: entity.id }, { value: -by, unit: 'gpus' });
  }
  if (factor !== undefined && factor !== 0 && factor !== 1)
    return scaleGpus(count / factor, factor, entity.id);
  return undefined;
}
