import { share } from '../../calculator/compareAmounts.js';
import { sumGpus } from '../../calculator/sumGpus.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { atBound, type Figure } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';

/**
 * One entity's figure as a share of another's: "Tesla's A100s are what percent of Meta's?" (7,000 ÷
 * 21,000 = 33.3%). Both figures count the same GPU, and neither is a range.
 */
export function shareOfFigure(ctx: AskContext, part: Figure, whole: Figure): Answer | undefined {
  if (part.gpu !== whole.gpu || part.range || whole.range || whole.value === 0) return undefined;
  return shareAnswer(
    ctx,
    part,
    { value: whole.value, label: whole.entity.id },
    [...part.facts, ...whole.facts],
    [whole.entity],
  );
}

/**
 * One entity's figure as a share of an article figure that is no one's, "Inflection 要的占 43万缺口的
 * 百分之几" (22,000 ÷ 430,000 = 5.1%), labelled by that figure's metric and citing its fact.
 */
export function shareOfArticleFigure(
  ctx: AskContext,
  part: Figure,
  whole: { readonly value: number; readonly fact: Answer['facts'][number] },
): Answer | undefined {
  if (whole.value === 0 || (whole.fact.gpu !== undefined && whole.fact.gpu !== part.gpu)) return undefined;
  // ("馬斯克說 GPT-5 要嘅 H100 兩頭各佔 43 萬缺口幾多": a range's share at each of its ends.)
  if (part.range) {
    const ends = [atBound(part, 'low'), atBound(part, 'high')].flatMap(
      (end) => shareOfArticleFigure(ctx, end, whole) ?? [],
    );
    const [first] = ends;
    return first === undefined || ends.length !== 2 ? undefined : { ...first, parts: ends };
  }
  return shareAnswer(
    ctx,
    part,
    { value: whole.value, label: whole.fact.metric ?? whole.fact.id },
    [...part.facts, whole.fact],
    [],
  );
}

/** The share answer: the part's figure over the whole, worked after any steps that made the whole. */
function shareAnswer(
  ctx: AskContext,
  part: Figure,
  whole: { readonly value: number; readonly label: string },
  facts: Answer['facts'],
  others: readonly Figure['entity'][],
  before: Answer['calculations'] = [],
): Answer {
  const holdings = part.facts.every((f) => f.topic === 'holdings');
  return buildAnswer(ctx, {
    kind: 'share',
    found: true,
    topic: holdings ? 'holdings' : 'demand',
    subject: part.entity,
    related: [part.entity, ...others],
    facts,
    calculations: [
      ...before,
      share(
        { value: part.value, unit: 'gpus', label: part.entity.id },
        { value: whole.value, unit: 'gpus', label: whole.label },
      ),
    ],
  });
}

/**
 * One entity's figure as a share of several named figures added up: "Meta、Tesla、Stability 三家 A100
 * 合计里, Meta 占多少?" (21,000 ÷ 33,000 = 63.6%). The sum is worked first.
 */
export function shareOfSum(ctx: AskContext, part: Figure, figures: readonly Figure[]): Answer | undefined {
  if (
    figures.some((f) => f.gpu !== part.gpu || f.range) ||
    !figures.some((f) => f.entity.id === part.entity.id)
  )
    return undefined;
  const sum = sumGpus(figures.map((f) => ({ label: f.entity.id, gpus: f.value })));
  if (sum.result.value === 0) return undefined;
  const label = figures.map((f) => f.entity.id).join('+');
  return shareAnswer(
    ctx,
    part,
    { value: sum.result.value, label },
    figures.flatMap((f) => f.facts),
    [],
    [sum],
  );
}
