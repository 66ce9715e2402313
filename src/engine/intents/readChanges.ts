import type { Calculation } from '../../calculator/calculation.js';
import type { Entity } from '../../knowledge/schema.js';
import type { MetaScenario } from '../answer.js';
import { changeWorking } from '../answers/changeWorking.js';
import { demandLineItems } from '../answers/gap.js';
import type { LineItemChange } from '../answers/whatIf.js';
import { articleFigures } from '../articleFigures.js';
import type { AskContext } from '../context.js';
import { recalled } from '../hearsay.js';
import { withoutPriceFactor } from '../priceFactor.js';
import type { RoledAmount, Slots } from '../slots.js';
import { endsOf, type Figure, figureOf, membersOf } from './figures.js';

/** Words that change a figure by a factor: "doubles", "砍一半", "drops out". */
export const FACTORS: readonly { readonly re: RegExp; readonly factor: number }[] = [
  // ("double-counting" counts one thing twice; it multiplies nothing.)
  {
    re: /\bdoubl(?:e|es|ed|ing)\b(?![- ]?count)|\btwice\b|翻倍|翻一倍|翻一番|加倍|(?:多|增加)(?:要)?(?:了)?\s*(?:一|1)\s*倍/u,
    factor: 2,
  },
  { re: /\btripl(?:e|es|ed)\b|翻两番|三倍/u, factor: 3 },
  // Fractions before "half": "two thirds", "三分之一" say their own; "a tenth of what OpenAI wants".
  { re: /\btwo[- ]thirds\b|三分之二/u, factor: 2 / 3 },
  { re: /\bthree[- ]quarters\b|四分之三/u, factor: 0.75 },
  { re: /\b(?:a|one)[- ]third\b|(?<!百)三分之一/u, factor: 1 / 3 },
  { re: /\b(?:a|one)[- ]quarter of\b|(?<!百)四分之一/u, factor: 0.25 },
  { re: /\b(?:a|one)[- ]fifth\b|(?<!百)五分之一/u, factor: 0.2 },
  { re: /\b(?:a|one)[- ]tenth\b|(?<!百)十分之一/u, factor: 0.1 },
  // ("more than half of the 432k" measures a share: no change.)
  {
    // ("I half remember 25k": no half of anything.)
    re: /\bhalv(?:e|es|ed)\b|(?<!\b(?:than|over|under|about|nearly|almost) )\bhalf\b(?![- ](?:remember|recall|think|sure|asleep|joking|kidding|forgot))|\bin half\b|减半|砍一半|砍半|(?<!超过|多于|少于|不到|过|超)一半/u,
    factor: 0.5,
  },
  {
    re: /\bdrop(?:s|ped)? out\b|\bzero\b|\bnone at all\b|\bno h100s\b|\bwanted none\b|\bwants none\b|\bremov(?:e|ed|ing)\b|\bstrip(?:s|ped|ping)? out\b|\bexclude[sd]?\b|\bleave out\b|\bleft out\b|完全不要|不要了|一张都不要|不买了|不买|一张都不买|取消订单|取消|作废|作廢|没了|沒了|\bpull(?:s|ed)? out\b|\bwalk(?:s|ed)? away\b|\bcancel(?:s|led|ed)?\b|\bbuys? (?:nothing|none)\b|退出|归零|去掉|去除|拿掉|剔除/u,
    factor: 0,
  },
];

/** A count changed by a percentage: "20% fewer", "cut by 20%", "少要 20%", "多要一成" is not read. */
export const PERCENT_CHANGE_OF_COUNT =
  /(?<pct>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|pct\b)\s*(?<after>fewer|less|more|lower|higher|smaller|bigger|cut|off|down|up|under|below|over|above)\b|\b(?<verb>cut|cuts|trimmed|trims?|reduced?|reduces|dropped|drops?|lowered|raised?|raises|increased?|increases|boosted|boosts?|grew|grows?|shrank|shrinks?|up|down|rises?|rose|falls?|fell|jumps?|jumped|climbs?|climbed|goes up|went up|goes down|went down)\s+(?:by\s+)?(?<pct2>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|pct\b)|(?<zh>少要|多要|减少|增加|下降|上升|降低|提高|砍掉|砍|少|多)了?\s*(?<pct3>\d+(?:\.\d+)?)\s*%/u;

const DOWN = /fewer|less|lower|smaller|cut|off|down|under|below|trim|reduc|drop|shr|fall|fell|少|减|降|砍/u;

/**
 * The factor a percentage said of a count comes to ("openai gets 20% fewer" → 0.8, "多要 10%" → 1.1);
 * undefined when it is said of the price (the slots' price change) or of nothing changing.
 */
export function percentFactor(s: Slots): number | undefined {
  if (s.priceChange !== undefined) return undefined;
  const m = PERCENT_CHANGE_OF_COUNT.exec(s.reading.text);
  const g = m?.groups;
  if (g === undefined) return undefined;
  const pct = Number(g.pct ?? g.pct2 ?? g.pct3);
  const word = g.after ?? g.verb ?? g.zh ?? '';
  if (!Number.isFinite(pct) || pct <= 0 || pct > 100) return undefined;
  return DOWN.test(word) ? 1 - pct / 100 : 1 + pct / 100;
}

/** A factor said of the figures, in words ("halve", "doubles") or as a percentage ("cut by 10%"), not of the price. */
export function factorSaid(s: Slots): boolean {
  return (
    FACTORS.some((f) => f.re.test(withoutPriceFactor(s.reading.text))) ||
    percentFactor(s) !== undefined ||
    timesFactor(s) !== undefined
  );
}

/** A multiple of a count's own, supposed: "if inflection got 3x its ask", "假如 Meta 要现在的 2 倍". */
const TIMES_OF_OWN_AFTER =
  /^\s*(?:x\s*)?(?:its|their|his|her|the|what|as many|as much|of (?:its|their|what))\b|^\s*(?:倍|倍的)/u;

/** A speed said right before a factor: "快 2.3 倍", "训练提速", "speedup of". */
const SPEED_BEFORE =
  /(?:快|慢|加速|提速|速度|性能|算力|\bfaster|\bslower|\bspeed-?up(?: of)?|\bspeed)\s*(?:了|是|约|約|大约|大約|为|為|of|is|=)?\s*[~≈]?\s*$/u;

/** The factor a "3x its ask" supposes (said between `from` and `to`), when a what-if says one. */
export function timesFactor(s: Slots, from = 0, to = Number.POSITIVE_INFINITY): number | undefined {
  if (!WHAT_IF.test(s.reading.text)) return undefined;
  const ratios = s.amounts.filter(
    (a) =>
      a.role === 'ratio' &&
      a.start >= from &&
      a.start < to &&
      TIMES_OF_OWN_AFTER.test(s.reading.text.slice(a.end, a.end + 16)) &&
      // ("如果照文章 H100 训练快 2.3 倍算": a speed-up, which scales no count.)
      !SPEED_BEFORE.test(s.reading.text.slice(Math.max(0, a.start - 10), a.start)),
  );
  const [only] = ratios;
  return ratios.length === 1 && only !== undefined && only.value > 0 && only.value <= 100
    ? only.value
    : undefined;
}

/**
 * A count times a factor, in whole GPUs: 22,000 × 1.1 is 24,200, not 24,200.000000000004, and a third
 * of OpenAI's 50,000 is 16,667, not a fraction of a card the calculator would rightly refuse.
 */
function scaled(count: number, factor: number): number {
  return Math.round(count * factor);
}

/** What the article's total counts for an entity's own line item (Meta: the 100k), if it has one. */
export function countedFor(ctx: AskContext, e: Entity): number | undefined {
  return demandLineItems(ctx.kb, 'meta-100k').find(({ fact }) => fact.subject === e.id)?.gpus;
}

/** A group with a line item of its own (the private clouds) changes as one; others change per member. */
function targetsOf(ctx: AskContext, e: Entity, named: readonly Entity[] = []): Entity[] {
  // ("lambda+coreweave+others cut in half": the members of a shared line item, all named, change that
  // line item; Lambda alone is no line item of its own, and its share the article does not give.)
  if (e.kind !== 'group' && countedFor(ctx, e) === undefined) {
    const shared = ctx.kb.entities.find(
      (g) =>
        g.kind === 'group' &&
        g.members.includes(e.id) &&
        countedFor(ctx, g) !== undefined &&
        g.members.every((id) => named.some((n) => n.id === id)),
    );
    return [shared ?? e];
  }
  if (e.kind !== 'group' || countedFor(ctx, e) !== undefined || e.members.length === 0) return [e];
  return membersOf(ctx, e);
}

export const EVERYTHING =
  /\beverything\b|\beveryone\b|\ball (?:of )?(?:the )?(?:line items|companies|figures|numbers|demand)\b|\bacross the board\b|\bevery (?:line|company|figure|one)\b|\beach (?:line item|company)\b|全部|所有|每一项|每项|通通|统统|全都/u;

const ADDING =
  /\badd(?:ed|ing)?\b|\bplus\b|\bjoin(?:s|ed)?\b|\btoo\b|\balso\b|\bin the mix\b|\bon top of\b|\bcounted (?:at|in|as)\b|\bincluded\b|加上|加入|加进去|加進去|算进去|算進去|算上|也要|也算/u;

/** A total asked after a count given: "what's the new total", "总需求变成多少". */
const TOTAL_AFTER =
  /\bnew total\b|\btotal (?:become|be|is|would be)\b|\bwhat(?:'s| is| would be) the total\b|总需求|總需求|总数|總數|一共|总共|總共/u;

/** Between names of one list: "Azure、GCP、AWS", "anthropic, helsing, mistral and character". */
const LIST_GAP = /^\s*(?:[、,，/&+]|\band\b|和|与|及|跟|同)?\s*(?:\band\b)?\s*$/u;
/** The new figure comes right before these: "两万张而不是三万", "twenty thousand instead of ten", "100k not 25k". */
const INSTEAD_AFTER =
  /^\s*(?:张|张卡|块|h100s?|gpus?)?\s*[,，]?\s*(?:instead of|rather than|not\b|而不是|而非|不是)/u;

// ("if you add 10k to openai's ask": the count added to the one named, not its new figure.)
const MORE_BEFORE =
  /(?:多要|再要|多买|多加|再加|追加|增加|加了|多了|\+|\badd(?:ed|ing)?|\banother|\bextra)\s*$/u;
const LESS_BEFORE =
  /(?:少要|少买|减少|减了|少了|砍掉|削减|[-−]|\bsubtract(?:ed|ing)?|\bremov(?:e|ed|ing)|\bknock(?:ed)? off|\btake away)\s*$/u;
const MORE_AFTER = /^\s*(?:张|块|h100s?|gpus?|cards?)?\s*(?:more|extra|additional)\b/u;
// ("knock 10k off the private clouds": off a figure, not a price's "30% off".)
const LESS_AFTER = /^\s*(?:张|块|h100s?|gpus?|cards?)?\s*(?:less|fewer|off)\b/u;

/** "wanted what OpenAI wants", "as many as OpenAI", "跟 OpenAI 要的一样多": the second name's figure. */
// ("if OpenAI and Inflection both get what they need": their own figures, not one another's.)
const SAME_AS =
  /\bwhat (?!(?:they|it|he|she|we|you|each|both)\b)(?:\S+ ){1,3}(?:wants|want|needs|need|asks for|is asking for)\b|\bas (?:much|many)(?: h100s?)? as\b|\bthe same as\b|\bmatch(?:ed|es|ing)?\b|一样多|一樣多|同样多|同樣多|那么多|那麼多|一样的量|一樣的量/u;

/** An addition put as "if": "if you add up openai and inflection", "如果把 OpenAI 和 Inflection 加起来". */
export const ADDING_UP =
  /\bif (?:you|we|i|u) (?:add|sum|combine|total|put)(?: up| together)?\b|\bif (?:you|we|i|u) (?:added|summed|combined)\b|(?:如果|要是|假如)(?:把|将|將)[^,，?？]{1,40}(?:加起来|加起來|加埋|合起来|合起來|相加)/u;

/** +1 when a count is said as an increase ("多要1万张", "10k more"), −1 as a cut ("少要五千"), else 0. */
function deltaOf(text: string, a: RoledAmount): -1 | 0 | 1 {
  const before = text.slice(Math.max(0, a.start - 10), a.start);
  const after = text.slice(a.end, a.end + 16);
  if (MORE_BEFORE.test(before) || MORE_AFTER.test(after)) return 1;
  if (LESS_BEFORE.test(before) || LESS_AFTER.test(after)) return -1;
  return 0;
}

/** An entity's own demand figures (Meta's 25k and 100k): what a factor may be said of. */
function ownFigures(ctx: AskContext, e: Entity): Set<number> {
  const own = new Set<number>();
  for (const f of ctx.kb.facts)
    if (f.subject === e.id && f.topic === 'demand' && f.quantity !== undefined && 'value' in f.quantity)
      own.add(f.quantity.value);
  return own;
}

/** A want said right before a count: "只要1万张", "想要5万", "wants 10k". */
const WANTED_BEFORE = /(?:只要|想要|需要|要|\bwants?|\bwanted|\bneeds?|\bneeded|\bonly wants?)\s*$/u;

/** Figures the question may quote about an entity without changing its line item: what it holds, a group's sum. */
function quotesOf(ctx: AskContext, e: Entity): Set<number> {
  const quoted = new Set<number>();
  const held = figureOf(ctx, e, 'holdings');
  if (held !== undefined) for (const v of endsOf(held)) quoted.add(v);
  if (e.kind === 'group' && e.members.length > 0) {
    const sum = figureOf(ctx, e, 'demand');
    if (sum !== undefined) quoted.add(sum.value);
  }
  return quoted;
}

/** The one a figure is likened to: "跟OpenAI一样", "as many as OpenAI", "same as OpenAI". */
const LIKE_BEFORE_ZH = /(?:跟|和|同|与|像)\s*$/u;
const LIKE_AFTER_ZH = /^\s*(?:一样|一樣|那样|那樣|似的)/u;
const LIKE_BEFORE_EN = /\b(?:as (?:many|much) as|(?:the )?same as|just like|like)(?: the)?\s*$/u;

/**
 * The changes a what-if question makes. Names listed together ("Azure、GCP、AWS、Oracle都…") share
 * what follows the list; each named entity (a group: each member) takes the count that follows (of
 * several, the one before "instead of", else the first that is neither its current figure nor a figure
 * merely quoted), or its figure times a factor word said of it ("inflection doubles … private clouds
 * cut in half"). An entity left out ("without Meta", "把 Meta 拿掉") counts zero.
 */
export function readChanges(ctx: AskContext, s: Slots): LineItemChange[] {
  // (A factor said of the price changes no line item: "if prices doubled, what would meta's 25k cost".)
  const text = withoutPriceFactor(s.reading.text);
  const mentions = s.reading.entities.filter((m) => s.named.includes(m.entity));
  // The article's own total ("拿文章里的 43.2万 当 baseline") is what changes, never a line item's count.
  const total = articleFigures(ctx.kb).totalDemand;
  // §02's line items with each of Meta's figures, listed once for the checks below.
  const itemsAt = {
    'meta-25k': demandLineItems(ctx.kb, 'meta-25k'),
    'meta-100k': demandLineItems(ctx.kb, 'meta-100k'),
  } as const;
  // …nor the total with Meta at its other figure ("with meta at 25k the total is 357k, right?").
  const otherTotal = itemsAt['meta-25k'].reduce((sum, item) => sum + item.gpus, 0);
  const headlineGap = articleFigures(ctx.kb).gap;
  // Nor is the figure that sets Meta's scenario ("总需求 (Meta 计 2.5万)") anyone else's new count.
  const twoFigured = articleFigures(ctx.kb).scenario;
  const setting =
    s.scenario === undefined || twoFigured === undefined
      ? undefined
      : s.scenario === 'meta-25k'
        ? twoFigured.low
        : twoFigured.high;
  // (A bare small number counts things, not GPUs: "the 4 LLM startups", "top 3".)
  const counts = s.amounts.filter(
    (a) =>
      (a.role === 'count' || (a.role === 'bare' && (a.value >= 100 || a.value === 0))) &&
      // ("I half remember 25k but that might've been Meta": a guess at the article's figure, no change.)
      !recalled(s.reading.text, a.start, a.end) &&
      a.value >= 0 &&
      !a.percent &&
      a.value !== total &&
      a.value !== otherTotal &&
      // Nor the headline shortage ("what's left of the 430k shortage").
      a.value !== headlineGap &&
      (a.value !== setting ||
        s.named.some((e) => e.id === twoFigured?.entityId) ||
        // ("what if oai wants 100k (keep meta at 100k)": only the amount said of Meta sets its figure.)
        !saidOfScenario(s, a, twoFigured?.entityId)),
  );
  // "openai inflection meta三家 meta按两万五是九万七": the sum of the names listed, at either of Meta's
  // figures, is a result quoted, not anyone's new count.
  const listSums = sumsOf(
    itemsAt,
    mentions.map((m) => m.entity),
  );
  const globalFactor = FACTORS.find((f) => f.re.test(text))?.factor ?? percentFactor(s) ?? timesFactor(s);
  const changes: LineItemChange[] = [];
  for (const left of s.excluded)
    for (const target of targetsOf(ctx, left))
      if (countedFor(ctx, target) !== undefined) changes.push({ entity: target, count: 0 });
  // "Using the 357k base (meta 25k)": Meta at its main figure, besides the changes asked.
  const twoFigures = articleFigures(ctx.kb).scenario;
  const meta = twoFigures === undefined ? undefined : ctx.kb.entityById.get(twoFigures.entityId);
  if (s.scenario === 'meta-25k' && meta !== undefined && twoFigures !== undefined && !s.named.includes(meta))
    changes.push({ entity: meta, count: twoFigures.low });
  // "Halve everything in the demand list": every line item by the factor. ("去掉所有云厂商" takes out
  // all of what it names, not everything.)
  if (mentions.length === 0 && s.excluded.length === 0 && globalFactor !== undefined && EVERYTHING.test(text))
    for (const { fact, gpus } of itemsAt['meta-100k']) {
      const entity = ctx.kb.entityById.get(fact.subject ?? '');
      if (entity !== undefined) changes.push({ entity, count: scaled(gpus, globalFactor) });
    }
  // "If Anthropic wanted what OpenAI wants": the first takes the second's figure.
  const [target, source] = mentions;
  if (
    counts.length === 0 &&
    globalFactor === undefined &&
    mentions.length === 2 &&
    target !== undefined &&
    source !== undefined &&
    SAME_AS.test(text)
  ) {
    const figure = figureOf(ctx, source.entity, 'demand');
    // ("如果字节也想要跟OpenAI一样多": a company with no line item joins the list at the other's figure.)
    const joins =
      countedFor(ctx, target.entity) === undefined &&
      target.entity.kind === 'company' &&
      (ADDING.test(text) || /也(?:想|要|需要)/u.test(text));
    if (figure !== undefined && !figure.range && (countedFor(ctx, target.entity) !== undefined || joins))
      return [...changes, { entity: target.entity, count: figure.value }];
  }
  // ("假如Inflection也跟OpenAI一样要五万张", "if inflection wanted as many as openai, 50k": the one it is
  // likened to keeps its figure.)
  const likened = (m: (typeof mentions)[number]) =>
    m.start > 0 &&
    ((LIKE_BEFORE_ZH.test(text.slice(Math.max(0, m.start - 4), m.start)) &&
      LIKE_AFTER_ZH.test(text.slice(m.start + m.text.length, m.start + m.text.length + 4))) ||
      LIKE_BEFORE_EN.test(text.slice(Math.max(0, m.start - 16), m.start)));
  const changing = counts.length > 0 && mentions.length > 1 ? mentions.filter((m) => !likened(m)) : mentions;
  // Group the mentions into lists; a list's scope runs from its last name to the next list.
  const lists: (typeof mentions)[] = [];
  for (const m of changing) {
    const last = lists.at(-1);
    const prev = last?.at(-1);
    if (last !== undefined && prev !== undefined && m.start >= 0 && prev.start >= 0) {
      const gap = text.slice(prev.start + prev.text.length, m.start);
      if (LIST_GAP.test(gap)) {
        last.push(m);
        continue;
      }
    }
    lists.push([m]);
  }
  lists.forEach((list, i) => {
    const from = list.at(-1)?.start ?? 0;
    const next = lists[i + 1]?.[0]?.start ?? Number.POSITIVE_INFINITY;
    const after = counts.filter((a) => a.start > from && a.start < next);
    const scope = text.slice(Math.max(0, from), Number.isFinite(next) ? next : undefined);
    // ("double inflection's ask and compare to openai's": a factor word right before the first name is
    // that list's too.)
    const firstAt = list[0]?.start ?? -1;
    // (Only the word right before it: "Anthropic 需求翻倍,和 OpenAI 比" doubles Anthropic alone.)
    const wordBefore =
      firstAt > 0 ? (/([a-z]+)\s+$/u.exec(text.slice(Math.max(0, firstAt - 12), firstAt))?.[1] ?? '') : '';
    const said =
      FACTORS.find((f) => f.re.test(scope))?.factor ??
      timesFactor(s, Math.max(0, from), next) ??
      (lists.length > 1 && wordBefore !== ''
        ? FACTORS.find((f) => f.re.test(wordBefore))?.factor
        : undefined) ??
      (lists.length === 1 ? globalFactor : undefined);
    // ("把Oracle从大型云厂商里去掉": the taking out is the name left out's; the group it is taken from keeps
    // its other members.)
    const takenFrom = list.every(
      (m) => m.entity.kind === 'group' && s.excluded.some((x) => m.entity.members.includes(x.id)),
    );
    const factor = said === 0 && takenFrom ? undefined : said;
    const pool = lists.length === 1 && after.length === 0 ? counts : after;
    for (const m of list) {
      const quoted = quotesOf(ctx, m.entity);
      for (const target of targetsOf(ctx, m.entity, s.named)) {
        const current = countedFor(ctx, target);
        // "Add Cohere at 10k to the list": a company with no line item joins it at the count given.
        if (current === undefined) {
          const given = pool.find((a) => !quoted.has(a.value));
          // ("if tencent wanted 20k, what's the new total?": the total asked after it adds it too.)
          if (
            (ADDING.test(text) || TOTAL_AFTER.test(text)) &&
            target.kind === 'company' &&
            given !== undefined
          )
            changes.push({ entity: target, count: given.value });
          continue;
        }
        // "OpenAI、Inflection、Meta（按 2.5 萬算）": either of Meta's figures, said of Meta, is Meta's alone.
        const isTwoFigured = target.id === twoFigured?.entityId;
        const fresh = pool.filter(
          (a) =>
            // ("假如甲骨文只要1万张": a count said as wanted is a want, whatever it holds.)
            (!quoted.has(a.value) || WANTED_BEFORE.test(text.slice(Math.max(0, a.start - 4), a.start))) &&
            !listSums.has(a.value) &&
            (isTwoFigured ||
              twoFigured === undefined ||
              (a.value !== twoFigured.low && a.value !== twoFigured.high) ||
              !saidOfScenario(s, a, twoFigured.entityId)) &&
            (setting === undefined ||
              a.value !== setting ||
              isTwoFigured ||
              !saidOfScenario(s, a, twoFigured?.entityId)),
        );
        // ("meta按两万五 … 那要是meta按十万算呢": of its own two figures, the one supposed is counted; a
        // figure of the user's, "150k not 100k", comes first.)
        const ownTwo = (a: RoledAmount) => a.value === twoFigured?.low || a.value === twoFigured?.high;
        const supposed =
          isTwoFigured && setting !== undefined && fresh.length > 1 && fresh.every(ownTwo)
            ? fresh.find((a) => a.value === setting)
            : undefined;
        const changed: RoledAmount | undefined =
          fresh.find((a) => INSTEAD_AFTER.test(text.slice(a.end))) ??
          supposed ??
          // ("what if openai wanted 50k more": a change by its own figure is a change all the same.)
          fresh.find((a) => a.value !== current || deltaOf(text, a) !== 0);
        // A factor word changes the figure even when the figure itself is quoted ("那10万张砍一半"); a
        // figure that equals the current one ("with Meta at 100k") still answers, as the article's total.
        // "每家都多要1万张", "10k more each", "少要五千": a change by the count, not to it.
        const delta = changed === undefined ? 0 : deltaOf(text, changed);
        // "只要一半（按 2.5 万的一半算）", "half of its 25k": one of its own figures quoted as the base
        // the factor works on, not as its new count.
        const base =
          changed !== undefined &&
          factor !== undefined &&
          delta === 0 &&
          ownFigures(ctx, target).has(changed.value)
            ? changed.value
            : undefined;
        const count =
          base !== undefined && factor !== undefined
            ? scaled(base, factor)
            : changed !== undefined && delta !== 0
              ? Math.max(0, current + delta * changed.value)
              : (changed?.value ??
                (factor !== undefined
                  ? scaled(current, factor)
                  : // "what if Meta only wants the lower number": its figure as the question picks it.
                    (fresh[0]?.value ?? (isTwoFigured ? setting : undefined))));
        if (count !== undefined)
          changes.push({
            entity: target,
            count,
            ...(changed !== undefined && delta !== 0 ? { by: count - current } : {}),
            ...((changed === undefined || base !== undefined) && factor !== undefined ? { factor } : {}),
          });
      }
    }
  });
  // (Names that share a line item change it once: "lambda and coreweave cut in half".)
  return changes.filter((c, i) => changes.findIndex((d) => d.entity.id === c.entity.id) === i);
}

/** The demand of several entities added up, once with each figure of the one with two (Meta's 25k and 100k). */
function sumsOf(
  itemsAt: Readonly<Record<MetaScenario, ReturnType<typeof demandLineItems>>>,
  entities: readonly Entity[],
): Set<number> {
  const sums = new Set<number>();
  if (entities.length < 2) return sums;
  for (const items of Object.values(itemsAt)) {
    let sum = 0;
    for (const e of entities) {
      const item = items.find(({ fact }) => fact.subject === e.id);
      if (item === undefined) return sums;
      sum += item.gpus;
    }
    sums.add(sum);
  }
  return sums;
}

/** True when the amount follows a mention of the scenario's entity closely ("meta at 100k", "Meta 按 2.5 万"). */
function saidOfScenario(s: Slots, a: RoledAmount, entityId: string | undefined): boolean {
  return s.reading.entities.some(
    (m) =>
      m.entity.id === entityId &&
      [m.start, ...(m.others ?? []).map((o) => o.start)].some(
        (at) => at >= 0 && at < a.start && a.start - at <= 24,
      ),
  );
}

/** A what-if said outright: "如果", "what if", "假设", "suppose", "要是". */
// ("say openai wanted 10% more…": "say" opening a sentence supposes, as "suppose" does.)
export const WHAT_IF =
  /\bwhat if\b|\bif\b|\bsuppose|\bassum|\bwhat-if\b|\bhypothetical(?:ly)?\b|\bimagine\b|\bpretend\b|(?:^|[,.;:!?]\s*)(?:(?:ok|okay|so|and)\s+)?(?:let's\s+|lets\s+)?say\b|假如|如果|要是|假设|假設|若/u;

/**
 * Figures with the question's changes applied ("inflection's 22k gets cut in half and anthropic's
 * doubles"), and the working of each change, for a comparison or a sum under a what-if.
 */
export function applyChanges(
  figures: readonly Figure[],
  changes: readonly LineItemChange[],
): { figures: Figure[]; working: Calculation[] } {
  const working: Calculation[] = [];
  const changed = figures.map((figure) => {
    const change = changes.find((c) => c.entity.id === figure.entity.id && c.count !== figure.value);
    if (change === undefined) return figure;
    const step = changeWorking(change);
    if (step !== undefined) working.push(step);
    return { ...figure, value: change.count, range: false };
  });
  return { figures: changed, working };
}
