import type { Answer } from '../answer.js';
import { whatIf } from '../answers/whatIf.js';
import { articleFigures } from '../articleFigures.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';

/** How far a total is from another, asked: "差多少", "how far from 432k", "what's the difference". */
const HOW_FAR =
  /差多少|差几多|相差多少|差了多少|\bhow far\b|\bdifference\b|\bhow much (?:less|smaller|fewer|short)\b|\bhow many (?:less|fewer|short)\b/u;

/**
 * "加起来(Meta按2.5万算)真的是43.2万吗? 差多少?": the total under Meta's other figure, as a change from the
 * article's, so the reply says how far the two are apart.
 */
export function howFarFromArticle(ctx: AskContext, s: Slots): Answer | undefined {
  const { scenario } = articleFigures(ctx.kb);
  const meta = ctx.kb.entityById.get(scenario?.entityId ?? '');
  if (
    s.scenario !== 'meta-25k' ||
    scenario === undefined ||
    meta === undefined ||
    !HOW_FAR.test(s.reading.text)
  )
    return undefined;
  const apart = whatIf(ctx, [{ entity: meta, count: scenario.low }], s.price?.value, { countChange: true });
  // ("…真的是43.2万吗?": a total put up for checking against the one worked out.)
  const total = apart?.calculations.find((c) => c.kind === 'gap-total')?.result.value;
  const claimed = s.amounts.find(
    (a) => (a.role === 'count' || a.role === 'bare') && a.value >= 100_000 && a.value !== scenario.low,
  );
  if (!s.yesNo || apart === undefined || claimed === undefined || total === undefined) return apart;
  return { ...apart, verdict: claimed.value === total ? 'yes' : 'no' };
}
