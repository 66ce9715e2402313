import { share } from '../../calculator/compareAmounts.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import type { Figure } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';

/**
 * One entity's figure as a share of another's: "Tesla's A100s are what percent of Meta's?" (7,000 ÷
 * 21,000 = 33.3%). Both figures count the same GPU, and neither is a range.
 */
export function shareOfFigure(ctx: AskContext, part: Figure, whole: Figure): Answer | undefined {
  if (part.gpu !== whole.gpu || part.range || whole.range || whole.value === 0) return undefined;
  const holdings = part.facts.every((f) => f.topic === 'holdings');
  return buildAnswer(ctx, {
    kind: 'share',
    found: true,
    topic: holdings ? 'holdings' : 'demand',
    subject: part.entity,
    related: [part.entity, whole.entity],
    facts: [...part.facts, ...whole.facts],
    calculations: [
      share(
        { value: part.value, unit: 'gpus', label: part.entity.id },
        { value: whole.value, unit: 'gpus', label: whole.entity.id },
      ),
    ],
  });
}
