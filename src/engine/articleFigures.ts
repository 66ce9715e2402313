import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Fact } from '../knowledge/schema.js';
import { endsOfQuantity, quantityOf } from './answers/factQueries.js';

/** Figures the engine reasons with, read from the knowledge rather than written into the code. */
export interface ArticleFigures {
  /** §02's total demand (the article's 432,000), when the knowledge states it. */
  readonly totalDemand?: number;
  /** The headline shortage (the article's 430,000), when the knowledge states it. */
  readonly gap?: number;
  /** The entity with two demand figures (Meta: 25,000, and the 100,000 "some say"), and both figures. */
  readonly scenario?: { readonly entityId: string; readonly low: number; readonly high: number };
  /** §02's total with that entity at its lower figure (357,000), when both the total and the two are known. */
  readonly lowerTotal?: number;
  /** Ids of what the total leaves out (the Chinese companies, finance companies) and the GPU they buy. */
  readonly notCounted: ReadonlySet<string>;
  /** Every GPU count the article states (single figures and both ends of ranges). */
  readonly gpuCounts: ReadonlySet<number>;
  /** The article's author and publisher: where facts come from, never what they are about. */
  readonly sourceIds: ReadonlySet<string>;
  /** Who makes the GPUs (TSMC, Nvidia): sellers, never buyers the demand could lack a figure for. */
  readonly makerIds: ReadonlySet<string>;
  /** Every count the facts give for each subject (both ends of a range): "Meta at 25k" is Meta's own. */
  readonly countsBySubject: ReadonlyMap<string, readonly number[]>;
}

const cache = new WeakMap<KnowledgeBase, ArticleFigures>();

/** Reads the figures once per knowledge base. */
export function articleFigures(kb: KnowledgeBase): ArticleFigures {
  const known = cache.get(kb);
  if (known !== undefined) return known;
  const single = (metric: Fact['metric']) => {
    const fact = kb.facts.find((f) => f.metric === metric);
    return fact === undefined ? undefined : quantityOf(fact);
  };
  const high = kb.facts.find((f) => f.metric === 'h100-demand-high');
  const low = kb.facts.find((f) => f.metric === 'h100-demand' && f.subject === high?.subject);
  const lowValue = low === undefined ? undefined : quantityOf(low);
  const highValue = high === undefined ? undefined : quantityOf(high);
  const notCounted = new Set(
    kb.facts
      .filter((f) => f.topic === 'not-counted')
      .flatMap((f) => [f.subject, f.gpu?.toLowerCase()].filter((id): id is string => id !== undefined)),
  );
  const total = single('h100-demand-total');
  const gap = single('h100-gap');
  const gpuCounts = new Set(
    kb.facts.flatMap((f) =>
      f.unit === 'gpus' && f.quantity !== undefined ? endsOfQuantity(f.quantity) : [],
    ),
  );
  const sourceIds = new Set(
    kb.facts.filter((f) => f.topic === 'source').flatMap((f) => [f.subject ?? '', ...f.objects]),
  );
  const makerIds = new Set(
    kb.facts.filter((f) => f.topic === 'foundry').flatMap((f) => [f.subject ?? '', ...f.objects]),
  );
  const countsBySubject = new Map<string, number[]>();
  for (const f of kb.facts) {
    if (f.subject === undefined || f.quantity === undefined) continue;
    countsBySubject.set(f.subject, [
      ...(countsBySubject.get(f.subject) ?? []),
      ...endsOfQuantity(f.quantity),
    ]);
  }
  const figures: ArticleFigures = {
    ...(total === undefined ? {} : { totalDemand: total }),
    ...(gap === undefined ? {} : { gap }),
    ...(high?.subject === undefined || lowValue === undefined || highValue === undefined
      ? {}
      : { scenario: { entityId: high.subject, low: lowValue, high: highValue } }),
    ...(total === undefined || lowValue === undefined || highValue === undefined
      ? {}
      : { lowerTotal: total - (highValue - lowValue) }),
    notCounted,
    gpuCounts,
    sourceIds,
    makerIds,
    countsBySubject,
  };
  cache.set(kb, figures);
  return figures;
}
