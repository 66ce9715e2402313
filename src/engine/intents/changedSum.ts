import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { Pricing } from '../answers/gap.js';
import { sumChanged } from '../answers/sumChanged.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { figureOf } from './figures.js';
import { ADDING_UP, applyChanges, readChanges, WHAT_IF } from './readChanges.js';

/**
 * The named ones' demand added up as the question's supposition changes it ("假设每家大云的需求都翻倍,
 * 四家大云总共要多少?", "如果 Meta 只要 1.5 万, Meta 同 OpenAI 加埋值幾多"), priced when a price is given;
 * undefined when nothing is supposed or the supposition changes none of them. (An "if" that only puts
 * the addition, "if you add what OpenAI wants to what Inflection wants", supposes nothing.)
 */
export function changedSum(
  ctx: AskContext,
  s: Slots,
  entities: readonly Entity[],
  priced?: Pricing,
): Answer | undefined {
  if (!WHAT_IF.test(s.reading.text) || (ADDING_UP.test(s.reading.text) && s.counts.length === 0))
    return undefined;
  const figures = entities.flatMap((e) => figureOf(ctx, e, 'demand') ?? []);
  const { figures: changed, working } = applyChanges(figures, readChanges(ctx, s));
  if (working.length === 0 && changed.every((f, i) => f.value === figures[i]?.value)) return undefined;
  return sumChanged(ctx, changed, working, priced);
}
