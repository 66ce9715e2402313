import { sumGpus } from '../../calculator/sumGpus.js';
import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import { buildAnswer } from '../answers/buildAnswer.js';
import { cloudOf } from '../answers/cloudOf.js';
import { endsOfQuantity } from '../answers/factQueries.js';
import { premiseCheck } from '../answers/premiseCheck.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { endsOf, type Figure, figureOf, membersOf } from './figures.js';
import type { Intent } from './intent.js';
import { claimedTotal } from './signals.js';

/** Said to be there already: delivered, racked, in stock. */
const IN_HAND =
  /\balready\b|\bsitting\b|\bin stock\b|\bdelivered\b|\bin (?:their|the) (?:dcs?|datacenters?|data centers?|racks?)\b|\bracked\b|\bon hand\b|\bin hand\b|现货|到手|已经有|已有|手上|手里|交付/u;
const THRESHOLD_BEFORE = /(?:\bmore than|\bover|\bat least|\bupwards of|超过|至少|多于)\s*$/u;
const COMPARING = /\bthan\b|\bvs\.?\b|\bversus\b|\bcompared\b|比|和.{0,12}(?:一样|相同)/u;

/**
 * A claim turned down whose numbers are another fact's ("musk said gpt-4 was trained on 30-50k H100s":
 * 30,000–50,000 is what GPT-5 may need) shows that fact beside it, so the reader sees where they belong.
 */
function withFigureElsewhere(ctx: AskContext, s: Slots, answer: Answer): Answer {
  const said = s.amounts.filter((a) => a.role === 'count').map((a) => a.value);
  if (said.length === 0) return answer;
  const elsewhere = ctx.kb.facts.find(
    (f) =>
      !answer.facts.includes(f) &&
      f.quantity !== undefined &&
      f.unit === 'gpus' &&
      said.every((v) => endsOfQuantity(f.quantity ?? { value: -1 }).includes(v)),
  );
  return elsewhere === undefined ? answer : { ...answer, facts: [...answer.facts, elsewhere] };
}

/**
 * "stability ai 在gcp上 有5000张a100 没错吧": a cloud claimed beside the figure is checked too; when the
 * article lists the company elsewhere, the answer is no, whatever the figure.
 */
function withCloudClaim(
  ctx: AskContext,
  s: Slots,
  entity: Entity,
  checked: Answer | undefined,
): Answer | undefined {
  const [cloud, ...more] = s.ofKind('cloud');
  if (entity.kind !== 'company' || cloud === undefined || more.length > 0) return checked;
  const placed = cloudOf(ctx, entity, cloud);
  if (placed.check === undefined || placed.check.holds) return checked;
  const wrong = { ...placed, verdict: 'no' as const };
  // ("cohere 在 azure 上，要一万张卡没错吧": no figure to check, and the cloud is wrong: no, on that alone.)
  return checked === undefined ? wrong : { ...wrong, parts: [wrong, checked] };
}

/** The topics a figure claimed is checked in: the measure said, else what it has or wants. */
function topicsOf(s: Slots): readonly ('holdings' | 'demand')[] {
  return s.measure === 'holdings'
    ? ['holdings']
    : s.measure === 'demand'
      ? ['demand']
      : ['holdings', 'demand'];
}

/**
 * "朋友話 CoreWeave 手上有四萬張 H100 現貨, 仲話 GCP 有五萬張, 幫我對一對": a figure claimed for each of
 * several names, each checked on its own; yes only when every one holds.
 */
function eachClaimChecked(ctx: AskContext, s: Slots): Answer | undefined {
  const owners = s.ofKind('company', 'cloud', 'group');
  // (A range claimed, "GCP with 10-40k", is one claim: its low end stands for it.)
  const counts = s.amounts.filter((a) => a.role === 'count' && a.range !== 'high');
  if (owners.length < 2 || counts.length !== owners.length || COMPARING.test(s.reading.text))
    return undefined;
  // Each count is claimed of the name said last before it.
  const pairs = counts.map((count) => ({
    count,
    entity: s.reading.entities
      .filter((m) => owners.includes(m.entity) && m.start >= 0 && m.start < count.start)
      .at(-1)?.entity,
  }));
  const entities = new Set(pairs.map((p) => p.entity));
  if (entities.has(undefined) || entities.size !== pairs.length) return undefined;
  const inHand = IN_HAND.test(s.reading.text);
  const gpu = s.gpus.length === 1 ? (s.gpus[0]?.id as 'h100' | 'a100' | 'h800') : undefined;
  const checks = pairs.map(({ count, entity }) =>
    entity === undefined
      ? undefined
      : premiseCheck(ctx, entity, count.value, count.model ?? gpu, topicsOf(s), inHand),
  );
  const [first] = checks;
  if (first === undefined || checks.some((c) => c?.verdict === undefined)) return undefined;
  const parts = checks.flatMap((c) => (c === undefined ? [] : [c]));
  return { ...first, verdict: parts.every((c) => c.verdict === 'yes') ? 'yes' : 'no', parts };
}

/** An entity's figure when it is only a line item it shares with others (Lambda's, in the private clouds'). */
function sharedFigure(ctx: AskContext, s: Slots, entity: Entity): Figure | undefined {
  if (entity.kind === 'group') return undefined;
  const figure = figureOf(ctx, entity, s.measure ?? 'demand');
  return figure?.facts.every((f) => f.subject !== entity.id) ? figure : undefined;
}

/** A count claimed of several together: "between them", "combined", "加起来", "合计". */
const JOINTLY =
  /\bbetween them\b|\bcombined\b|\btogether\b|\bin total\b|\btotal\b|\ball in\b|加起来|加起來|合计|合計|一共|总共|總共|加埋|共要/u;
/** Each one claimed to want the count: "各自", "each". */
const EACH = /\beach\b|各自|各要|每家|每間|每间/u;

/** A yes/no question stating a figure: checked against the entity's facts, and corrected when wrong. */
export const premiseIntent = {
  id: 'premise',
  cues: {},
  patterns: [],
  // One entity, or several when no comparison is asked ("Tesla has 70k A100s so it's ahead of Meta,
  // yeah?" states a figure for the first one named).
  needs: (s) => {
    const buyers = s.ofKind('company', 'cloud', 'group').length;
    const subjects = buyers > 0 ? buyers : s.named.length;
    // "more than 1000": a threshold, not a figure claimed for the entity (as "1,000+" is, by its role).
    const claimed = s.amounts.filter(
      (a) =>
        (a.role === 'count' || (a.role === 'bare' && a.value >= 100)) &&
        !THRESHOLD_BEFORE.test(s.reading.text.slice(Math.max(0, a.start - 14), a.start)),
    );
    // "GPT-4 是在 H100 上训的吗?", "does Tesla have H100s?": a GPU claimed without a count, of one subject.
    // (A GPU carried over from the part before is no claim: "…how many H100? they're on the 1000+ list right".)
    const gpuSaid = s.reading.entities.some((m) => m.entity.kind === 'gpu' && m.start >= 0);
    const gpuClaimed =
      claimed.length === 0 &&
      s.gpus.length === 1 &&
      gpuSaid &&
      subjects === 1 &&
      s.named.length === 1 &&
      !COMPARING.test(s.reading.text);
    // (A total claimed beside it, "30k each so 90k total right?", is the sum's to check.)
    return (
      s.yesNo &&
      claimedTotal(s) === undefined &&
      (gpuClaimed ||
        ((subjects === 1 || (subjects > 1 && !COMPARING.test(s.reading.text))) && claimed.length > 0))
    );
  },
  // A GPU claimed alone outranks the plain look-up its "trained on" would also cue.
  fit: (s) => (s.counts.length === 0 && s.gpus.length === 1 ? 4 : 2.5),
  run: (ctx, s) => {
    const several = eachClaimChecked(ctx, s);
    if (several !== undefined) return several;
    const entity = s.ofKind('company', 'cloud', 'group')[0] ?? s.named[0];
    const amount = s.amounts.find((a) => a.role === 'count') ?? s.amounts.find((a) => a.role === 'bare');
    if (entity === undefined) return undefined;
    const gpu =
      amount?.model ?? (s.gpus.length === 1 ? (s.gpus[0]?.id as 'h100' | 'a100' | 'h800') : undefined);
    const topics = topicsOf(s);
    const inHand = IN_HAND.test(s.reading.text);
    const own = withCloudClaim(ctx, s, entity, premiseCheck(ctx, entity, amount?.value, gpu, topics, inHand));
    // ("Lambda和CoreWeave各自要10万张?": the count is one line item shared with others, not its own: no;
    // "lambda and coreweave etc want like 100k between them": the line item they share, claimed as such: yes.)
    const shared = own === undefined && amount !== undefined ? sharedFigure(ctx, s, entity) : undefined;
    if (shared !== undefined && amount !== undefined && endsOf(shared).includes(amount.value))
      return buildAnswer(ctx, {
        kind: 'demand',
        found: true,
        topic: shared.facts[0]?.topic ?? 'demand',
        subject: entity,
        facts: shared.facts,
        verdict: JOINTLY.test(s.reading.text) && !EACH.test(s.reading.text) ? 'yes' : 'no',
      });
    // "Tesla 需要 7000 张 H100 是不是?": a count it has, claimed as what it needs, when its need is no
    // count to check: "no" when the GPUs differ too, else the figures without a verdict.
    if (own === undefined && amount !== undefined && s.measure === 'demand' && entity.kind !== 'group') {
      const held = premiseCheck(ctx, entity, amount?.value, gpu, ['holdings'], inHand);
      if (held === undefined) return held;
      if (held.verdict === 'no') return withFigureElsewhere(ctx, s, held);
      const { verdict: _unsure, ...facts } = held;
      return facts;
    }
    // ("openai already HAS 50k h100s??": no holding of its own to check, and the 50k is what it wants: no.)
    if (own === undefined && amount !== undefined && s.measure === 'holdings' && entity.kind !== 'group') {
      const wanted = premiseCheck(ctx, entity, amount.value, gpu, ['demand'], false);
      if (wanted?.verdict === 'yes') return { ...wanted, verdict: 'no' };
    }
    // "Meta needs 21k H100 是不是?": no, and the 21k is what it has (A100s), said beside what it wants;
    // "Meta手里已经有两万五千张H100了对吧?": no, and the 25k is what it wants.
    const other = figureOf(ctx, entity, s.measure === 'demand' ? 'holdings' : 'demand');
    if (
      own?.verdict === 'no' &&
      amount !== undefined &&
      s.measure !== undefined &&
      other !== undefined &&
      endsOf(other).includes(amount.value)
    )
      return { ...own, facts: [...own.facts, ...other.facts.filter((f) => !own.facts.includes(f))] };
    if (own?.verdict === 'no') return withFigureElsewhere(ctx, s, own);
    if (own !== undefined || entity.kind !== 'group') return own;
    // "each of the big clouds might need ~30k?": a group with no figure of its own, checked member by
    // member; yes only when every one bears it out.
    const members = membersOf(ctx, entity);
    const each = members.map((m) => premiseCheck(ctx, m, amount?.value, gpu, topics, inHand));
    const [first] = each;
    if (first === undefined || each.some((a) => a === undefined)) return undefined;
    // (…and what they come to together, which a claim of each so often goes on to add up: "so like 200k".)
    const figures = members.map((m) => figureOf(ctx, m, s.measure ?? 'demand'));
    const together = figures.every((f) => f !== undefined && !f.range)
      ? [sumGpus(figures.flatMap((f) => (f === undefined ? [] : [{ label: f.entity.id, gpus: f.value }])))]
      : [];
    return {
      ...first,
      calculations: [...first.calculations, ...together],
      verdict: each.every((a) => a?.verdict === 'yes') ? 'yes' : 'no',
    };
  },
  examples: {
    en: ['Did Inflection use 3,500 A100s for its GPT-3.5 equivalent?', 'does meta want 100k h100s?'],
    zh: ['Tesla 有 7000 张 H100 吗？', 'OpenAI 是不是要 5 万张？'],
  },
} as const satisfies Intent;
