import type { Step } from '../calculator/calculation.js';
import type { Lang } from '../engine/lang.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { formatAmount } from './formatNumber.js';

/** One line of shown work: "50,000 (OpenAI) + 22,000 (Inflection) = 72,000", "432,000 × $30,000 = $12.96B". */
export function formatStep(step: Step, lang: Lang, kb: KnowledgeBase): string {
  const operands = step.operands.map((a) => {
    const number = formatAmount(a.value, a.unit, lang);
    const name = a.label === undefined ? undefined : kb.entityById.get(a.label)?.name[lang];
    return name === undefined || step.op === 'multiply' ? number : `${number} (${name})`;
  });
  const op = { sum: ' + ', subtract: ' − ', multiply: ' × ', divide: ' ÷ ' }[step.op];
  return `${operands.join(op)} = ${formatAmount(step.result.value, step.result.unit, lang)}`;
}
