import { share } from '../../calculator/compareAmounts.js';
import { type LineItemChange, whatIf } from '../answers/whatIf.js';
import { articleFigures } from '../articleFigures.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { TAKEN_BACK } from '../takenBack.js';
import { atSetPrice } from './atSetPrice.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';
import { joiningNames } from './joiningNames.js';
import { ADDING_UP, countedFor, EVERYTHING, factorSaid, readChanges } from './readChanges.js';

/** How much the value changes: "少多少钱", "多花多少", "how much less would it cost". */
const VALUE_CHANGE =
  /(?:少|多|差|省|减少|增加)(?:了)?(?:多少|几多)(?:钱|美元|美金|刀)|多花(?:了)?多少|少花(?:了)?多少|省(?:下)?多少|\bhow much (?:more|less|cheaper)\b.{0,30}\b(?:cost|worth|value|money|\$)|\b(?:cost|value|worth)\b.{0,20}\b(?:difference|change|drop)\b|\bsaves?\b|\b(?:dollar|money|\$)(?: (?:figure|amount|total|value))? (?:drops?|falls?|changes?|goes (?:down|up)|rises?|shrinks?)\b/u;

/** How much the total changes, in GPUs: "总需求增加多少张", "how much does the 432k go up". */
const COUNT_CHANGE =
  /(?<![钱錢])(?:差多少|差几多|差幾多|相差多少|差了多少)(?![钱錢])|\bhow far (?:off|from|short)\b|(?:增加|增长|增多|多出|多了|减少|少了|涨|降|跌)(?:了)?(?:多少|几多)(?!钱|錢|美元|美金|刀)|\bhow much (?:does|would|will|did) (?:the |that |our )?(?:432k |43\.2万 )?(?:total |demand |overall )*(?:go up|go down|rise|grow|increase|drop|fall|shrink|change)\b|\b(?:go(?:es)? up|increases?|rises?|grows?|drops?|falls?|changes?) by how (?:much|many)\b|\bhow many (?:more|fewer|extra)\b|\bhow much (?:bigger|larger|smaller)\b/u;

/** §02's total named as what changes: "the 432k", "the total", "总需求", "还剩多少". */
const TOTAL_NAMED =
  /432|43\.2|\btotal\b|\bthe list\b|\beveryone\b|\bleft\b|\bremain|总需求|总量|总数|合计|全部|还剩|剩下|剩多少/u;

/** The named ones' own total asked: "how many would the four get in total", "这四家一共". */
const NAMED_ONES_TOTAL =
  /\b(?:the|these|those|all|both) (?:two|three|four|2|3|4)\b(?: \w+){0,3} (?:get|got|have|want|need|receive)s?\b[^.?]{0,20}\b(?:in total|total|combined|together|altogether)\b|(?:这|那|這)?(?:两|兩|三|四)家.{0,10}(?:一共|总共|總共|合计|合計|加起来|加起來)/u;

/** Words of a total said right after a group's name: "the 4 big clouds total", "四大云一共". */
const TOTAL_AFTER_GROUP =
  /^[^,.?;，。？；]{0,12}?(?:\btotal\b|\bcombined\b|\btogether\b|\baltogether\b|\bin all\b|一共|总共|總共|合计|合計|加起来|加起來|加埋)/u;

/** A group named with its total asked. */
function groupTotalAsked(s: Slots): boolean {
  return s.reading.entities.some(
    (m) =>
      m.entity.kind === 'group' &&
      m.start >= 0 &&
      TOTAL_AFTER_GROUP.test(s.reading.text.slice(m.start + m.text.length)),
  );
}

/** Two names joined, then a total of them asked: "OpenAI 同 Inflection 加埋", "openai and inflection … together". */
function namesJoinedTotal(s: Slots): boolean {
  const owners = s.reading.entities
    .filter((m) => m.start >= 0 && (m.entity.kind === 'company' || m.entity.kind === 'cloud'))
    .flatMap((m) => [m, ...(m.others ?? []).map((o) => ({ ...o, entity: m.entity }))])
    .sort((a, b) => a.start - b.start);
  return owners.some((m, i) => {
    const next = owners[i + 1];
    if (next === undefined || next.entity === m.entity) return false;
    const end = next.start + next.text.length;
    return (
      JOINED.test(s.reading.text.slice(m.start + m.text.length, next.start)) &&
      JOINED_TOTAL.test(s.reading.text.slice(end, end + 40))
    );
  });
}

const JOINED = /^\s*(?:and|&|\+|plus|同|和|跟|与|與|加|加上)\s*$/u;
const JOINED_TOTAL =
  /^[^.?!。？]{0,24}(?:\btogether\b|\bcombined\b|\bin total\b|\baltogether\b|加埋|加起来|加起來|一共|总共|總共|合计|合計)/u;

/** Another GPU supposed for the same work: "全部用 A100 来满足", "if they used A100s instead". */
const OTHER_GPU_SUPPOSED =
  /(?:用|换成|改用)\s*(?:h100|a100)|\b(?:used?|with|on) (?:h100|a100)s? instead\b|\bstuck (?:on|with) (?:h100|a100)s?\b/u;

/** A total of money: "total bill", "the total $$ on that", "total cost". */
const MONEY_TOTAL = /\btotal (?:bill|cost|price|spend|money|tab|damage|\$+)|\$+ total\b/gu;

/** A change supposed: "what if", "instead", "with Meta at", "按…算", "要是". */
const SUPPOSING_RE =
  /\bwhat if\b|\bif\b|\binstead\b|\bhypothetical(?:ly)?\b|\bimagine\b|\bpretend\b|\bon top of\b|\btotal (?:would be|then)\b|\bwith \S+ at\b|\bnew total\b|\bcounting \S+ at\b|\bsuppose|\bassum|\bsay\b(?=[,:]?\s+(?:[^\s?.!]+\s+){0,3}?(?:\$?\d|wants?\b|wanted\b|needs?\b|needed\b|gets?\b|got\b|doubles?\b|doubled\b|halves\b|halved\b|drops?\b|joins?\b))|假如|如果|要是|假设|换成|改成|改回|改为|改做|改返|由.{0,12}改|按.{0,10}算|真要|只要/u;

/** The total after a change: "变成多少", "还剩", "becomes". */
const BECOMING_RE =
  /变成多少|会变成|会?变多少|变为|跌到多少|降到多少|还剩|剩多少|剩下多少|\bbecomes?\b|\bleft over\b|\bwhat's left\b/u;

/** What a changed figure is set against: "instead of 25k", "而不是2.5万", "from 25k", "从2.5万". */
const WAS_BEFORE =
  /(?:\binstead of|\brather than|\bnot|\bfrom|而不是|而非|不是|从|由)\s*(?:the |its |their )?\s*$/u;

/**
 * The figures the user says the changed ones had ("if meta wants 100k instead of 25k": Meta at 25k),
 * when each is one of the entity's own figures in the article.
 */
function saidBefore(
  ctx: AskContext,
  s: Slots,
  changes: readonly LineItemChange[],
): ReadonlyMap<string, number> | undefined {
  const was = new Map<string, number>();
  const { countsBySubject } = articleFigures(ctx.kb);
  for (const c of changes) {
    const own = countsBySubject.get(c.entity.id) ?? [];
    const a = s.amounts.find(
      (x) =>
        x.value !== c.count &&
        own.includes(x.value) &&
        WAS_BEFORE.test(s.reading.text.slice(Math.max(0, x.start - 14), x.start)),
    );
    if (a !== undefined) was.set(c.entity.id, a.value);
  }
  return was.size > 0 ? was : undefined;
}

/** A total said as the starting point: "starting from the 432k headline", "从43.2万出发", "以43.2万为基础". */
const STARTED_FROM =
  /(?:\bstart(?:ing|s)? (?:from|with|at)|\bfrom|\bbaseline(?: of| is)?|\bbased on|从|從|以)\s*(?:the\s+)?(?:article'?s\s+|headline\s+)?$/u;

/** A count this large, beside the changes, is a total claimed, not a line item. */
const MIN_TOTAL_CLAIMED = 100_000;

const SUPPOSING_ALL = new RegExp(SUPPOSING_RE.source, 'gu');

/** Whether every supposition comes before words that take it back. */
function suppositionTakenBack(text: string): boolean {
  const back = TAKEN_BACK.exec(text);
  if (back === null) return false;
  const supposed = [...text.matchAll(SUPPOSING_ALL)];
  return supposed.length > 0 && supposed.every((m) => m.index < back.index);
}

/** §02's total with one or more line items changed to the user's counts. */
export const whatIfIntent = {
  id: 'what-if',
  // ("Besides OpenAI, which LLM startups are there?" leaves names out of a list, not out of the total.)
  cues: { total: 2.5, value: 0.3, who: -1 },
  patterns: [
    { re: SUPPOSING_RE, weight: 1.5 },
    // ("…new total and inflection's share?": the share of the changed total, which this works out.)
    { re: /\bnew total\b|新的?总(?:需求|数)|新總(?:需求|數)/u, weight: 1.2 },
    // "…43.2万会变成多少?", "还剩多少": the total after the change.
    { re: BECOMING_RE, weight: 1.5 },
    // "假如 Meta 要10万张而不是2.5万, 比原来多出多少张?": how much the change moves things.
    { re: COUNT_CHANGE, weight: 1 },
    { re: VALUE_CHANGE, weight: 1 },
  ],
  // A change needs saying: a supposition, a total that becomes something, a factor or a name left out.
  // ("my math: 4 clouds x 30k = 120k, + private clouds 100k = 220k" changes nothing.)
  // (A company of the user's joining the list is a change said: "…and apple joins with 40k".)
  needs: (s, ctx) =>
    ((s.named.length > 0 || s.excluded.length > 0 || (EVERYTHING.test(s.reading.text) && factorSaid(s))) &&
      (SUPPOSING_RE.test(s.reading.text) ||
        BECOMING_RE.test(s.reading.text) ||
        s.excluded.length > 0 ||
        factorSaid(s))) ||
    joiningNames(ctx, s).length > 0,
  // A factor said of everything ("halve everything") changes every line item: a what-if, whatever price.
  fit: (s, ctx) => {
    // ("imagine a startup called Nimbus wants 8k": a newcomer supposed is no name to abstain on.)
    if (s.named.length === 0 && joiningNames(ctx, s).length > 0) return 2;
    const factor = factorSaid(s);
    if (factor && EVERYTHING.test(s.reading.text)) return 1.5;
    // ("if you add what OpenAI wants to what Inflection wants, how many is that together?": the "if" puts
    // an addition, with no count supposed; a sum, not a change.)
    if (ADDING_UP.test(s.reading.text) && s.counts.length === 0 && !factor) return -2.5;
    // ("if the big four each want 30k... wait no sorry, I mean just the three hyperscalers, leave oracle
    // out": the supposition taken back; what is left asks a sum.)
    if (suppositionTakenBack(s.reading.text)) return -1;
    return factor || s.excluded.length > 0 ? 0.8 : 0;
  },
  run: (ctx, s) => {
    // ("what if Apple wanted 50k too?": a company of the user's joins the list at its count.)
    const changes = [...readChanges(ctx, s), ...joiningNames(ctx, s)];
    // A figure restated as it is ("OpenAI 要的那五萬張") changes nothing: no what-if to answer.
    // The entity with two figures is another matter: "with Meta at 100k" picks the article's own total.
    const scenario = articleFigures(ctx.kb).scenario?.entityId;
    const real = changes.filter((c) => c.count !== countedFor(ctx, c.entity) || c.entity.id === scenario);
    // "OpenAI、Inflection、Meta（按 2.5 萬算）總共要幾張": Meta's figure set for a sum of the names, not a
    // change to §02's total.
    if (s.named.length > 1 && s.scenario !== undefined && real.every((c) => c.entity.id === scenario))
      return undefined;
    // "only count the big 3 (azure, gcp, aws) and leave oracle out, their combined demand?": names added
    // up with another left aside, not §02's total without it.
    const onlyLeftOut = s.excluded.length > 0 && real.every((c) => c.count === 0 && c.by === undefined);
    if (onlyLeftOut && s.named.length > 0 && s.counts.length === 0 && !TOTAL_NAMED.test(s.reading.text))
      return undefined;
    // "meta那两万五张H100, 按两万五美元一张算, 总共多少钱?": the two-figure entity at one of its own
    // figures, with no total named, is those GPUs valued, not §02's total with Meta at that figure.
    if (
      s.named.length === 1 &&
      real.length > 0 &&
      real.every(
        (c) =>
          c.entity.id === scenario &&
          (articleFigures(ctx.kb).countsBySubject.get(c.entity.id) ?? []).includes(c.count),
      ) &&
      // ("…total bill?", "total $$ on that": a total of money, not §02's total.)
      !TOTAL_NAMED.test(s.reading.text.replace(MONEY_TOTAL, ' ')) &&
      !BECOMING_RE.test(s.reading.text) &&
      // ("Meta 要10万张而不是2.5万, 多出多少": a change from the other figure, asked.)
      !COUNT_CHANGE.test(s.reading.text) &&
      !VALUE_CHANGE.test(s.reading.text) &&
      !s.amounts.some((a) => a.role === 'aside') &&
      !/各项|\bline items\b|\bdemand\b|需求|总价值|总值|总额|\btotal value\b|\beverything\b|\bwhole\b/u.test(
        s.reading.text,
      )
    )
      return undefined;
    // ("the four big clouds each get half … how many would the four get in total?": the named ones'
    // own total, as changed, which the sum works out; not §02's.)
    // ("what if azure wanted 50k — what does the 4 big clouds total become?": a group's own total.)
    // ("如果 OpenAI 嘅需求由5萬減到三萬, 咁 OpenAI 同 Inflection 加埋係幾多張": the names joined, added up.)
    if (
      (NAMED_ONES_TOTAL.test(s.reading.text) || groupTotalAsked(s) || namesJoinedTotal(s)) &&
      !/432|43\.2|总需求|總需求|\bthe list\b|\boverall\b/u.test(s.reading.text)
    )
      return undefined;
    // ("如果 Meta 的 2.5 万张需求全部用 A100 来满足训练": a supposed GPU, not a changed count.)
    if (
      OTHER_GPU_SUPPOSED.test(s.reading.text) &&
      real.every((c) => (articleFigures(ctx.kb).countsBySubject.get(c.entity.id) ?? []).includes(c.count))
    )
      return undefined;
    // "总价值会少多少钱?": the change in value asked, against the article's own total.
    const valueChange = VALUE_CHANGE.test(s.reading.text);
    if (real.length === 0) return undefined;
    const countChange = COUNT_CHANGE.test(s.reading.text);
    // ("what if Meta wants 100k instead of 25k — what does the 432k become?": the move from the total at
    // the figure said before is worth saying whenever one is said.)
    const baseline = saidBefore(ctx, s, real);
    // ("price goes down 20% AND apple joins with 40k": the price moved first, its working shown.)
    const worked = atSetPrice(ctx, s, (price) =>
      whatIf(ctx, changes, price, {
        valueChange,
        countChange: countChange || baseline !== undefined,
        ...(baseline === undefined ? {} : { baseline }),
      }),
    );
    // ("如果字节也想要跟OpenAI一样多": the figure of the one likened to, said where it comes from.)
    const likened = s.named.filter(
      (e) =>
        !changes.some((c) => c.entity.id === e.id) &&
        changes.some((c) => figureOf(ctx, e, 'demand')?.value === c.count),
    );
    const sourced =
      worked === undefined || likened.length === 0
        ? worked
        : {
            ...worked,
            facts: [
              ...worked.facts,
              ...likened.flatMap((e) => figureOf(ctx, e, 'demand')?.facts ?? []),
            ].filter((f, i, all) => all.indexOf(f) === i),
          };
    // "…总需求变多少? OpenAI占比多少": the one changed, as a share of the new total.
    const newTotal = sourced?.calculations.find((c) => c.kind === 'gap-total')?.result;
    const [one] = real;
    const answer =
      sourced !== undefined &&
      newTotal !== undefined &&
      one !== undefined &&
      real.length === 1 &&
      s.has('portion')
        ? {
            ...sourced,
            calculations: [
              ...sourced.calculations,
              share({ value: one.count, unit: 'gpus', label: one.entity.id }, newTotal),
            ],
          }
        : sourced;
    // "with meta at 25k the total is 357k, right?": the new total put up for checking.
    const counts = new Set(changes.map((c) => c.count));
    // ("starting from the 432k headline: if …, new total??": the total started from is no claim.)
    const claimed = s.amounts.find(
      (a) =>
        (a.role === 'count' || a.role === 'bare') &&
        !counts.has(a.value) &&
        a.value >= MIN_TOTAL_CLAIMED &&
        !STARTED_FROM.test(s.reading.text.slice(Math.max(0, a.start - 24), a.start)),
    );
    const total = answer?.calculations.findLast((c) => c.result.unit === 'gpus')?.result.value;
    if (!s.yesNo || claimed === undefined || total === undefined || answer === undefined) return answer;
    return { ...answer, verdict: claimed.value === total ? 'yes' : 'no' };
  },
  examples: {
    en: [
      "What if OpenAI wanted 100k instead of 50k, what's the new total?",
      'if each of the four large clouds wanted 40,000 instead of 30,000, what would total demand become?',
    ],
    zh: ['Meta 按 2.5 万张算、每张 3 万美元，总价值多少？', '要是私有云那10万张砍一半，总需求还剩多少？'],
  },
} as const satisfies Intent;
