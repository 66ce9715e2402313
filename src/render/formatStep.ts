import type { Step } from '../calculator/calculation.js';
import type { ReplyLang } from '../i18n/langs.js';
import { localize } from '../i18n/localize.js';
import { t } from '../i18n/t.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { formatAmount } from './formatNumber.js';

const OPERATORS: Readonly<Record<Step['op'], string>> = {
  sum: ' + ',
  subtract: ' − ',
  multiply: ' × ',
  divide: ' ÷ ',
};

/** One line of shown work: "50,000 (OpenAI) + 22,000 (Inflection) = 72,000" (5万（OpenAI）in Chinese), "432,000 × $30,000 = $12.96B". */
export function formatStep(step: Step, lang: ReplyLang, kb: KnowledgeBase, several = false): string {
  const operands = step.operands.map((a) => {
    const number = formatAmount(a.value, a.unit, lang);
    const entity = a.label === undefined ? undefined : kb.entityById.get(a.label);
    // A product names its count only when several are worked alike ("1万 (Anthropic) × 3.5万美元"): a lone
    // one is the reply's own subject.
    return entity === undefined || (step.op === 'multiply' && (!several || entity.kind === 'gpu'))
      ? number
      : t(lang, 'step.labelled', { number, name: localize(entity.name, lang) });
  });
  return `${operands.join(OPERATORS[step.op])} = ${formatAmount(step.result.value, step.result.unit, lang)}`;
}
