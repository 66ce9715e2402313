import type { Fact } from '../../knowledge/schema.js';
import type { MetaScenario } from '../answer.js';
import { statesFigure } from '../answers/factQueries.js';
import { SERVER_SIZE_AFTER } from '../answers/withServers.js';
import type { AskContext } from '../context.js';
import { saidByOthers } from '../hearsay.js';
import { namedIn } from '../namedIn.js';
import type { Slots } from '../slots.js';
import { CUES, type CueGroup, USER_NOUNS } from '../vocabulary.js';

// Read-outs of a question that several intents weigh: each is a property of the question alone,
// never of another intent's decision.

/** True when the question asks for a reason: "why…", "为什么…". */
export function asksWhy(s: Slots): boolean {
  return /\bwhy\b|为什么|为何|为啥|為什麼|為何|為啥/u.test(s.reading.text);
}

/**
 * True for "which cloud does Baidu / AMD use?": a company's cloud, which the article may not give,
 * rather than the topic the company's name would otherwise point to.
 */
export function asksForACloud(s: Slots): boolean {
  return (
    (s.has('cloud') || s.ofKind('cloud').length > 0) &&
    s.has('use', 'who') &&
    s.ofKind('company', 'group', 'foundry').length > 0
  );
}

/** Which of §02's totals a question means: "with Meta at 25k" picks the low one, else the article's 432k. */
export function scenarioOf(s: Slots): MetaScenario {
  return s.scenario ?? 'meta-100k';
}

/** A test for facts stating a number the question names ("100+", "the 150 billion figure"). */
export function statesANumber(s: Slots): (fact: Fact) => boolean {
  // (The "8" of "8-GPU HGX" names the server, no figure the user quotes.)
  return (f) =>
    s.reading.numbers.some(
      (n) => !SERVER_SIZE_AFTER.test(s.reading.text.slice(n.end)) && statesFigure(f, n.value),
    );
}

/** The price per GPU the question gives, spread into a request. */
export function withPrice(s: Slots): { price?: number } {
  return s.price === undefined ? {} : { price: s.price.value };
}

/**
 * The score of a topic question ("who makes it?", "why is it scarce?") when its cue is present: just
 * above a plain look-up's 2, so operations with wording of their own still win; `specificity` (0–20)
 * puts narrow cues ("AMD") above broad ones ("supply").
 */
export function topicScore(specificity: number): number {
  return 2 + specificity / 100;
}

/** Whether a word of `cue` stands in a sentence that asks, not only in the context around the question. */
export function cueAsked(s: Slots, cue: CueGroup): boolean {
  return (s.reading.cueWords.get(cue) ?? []).some((w) => s.asking.says(w));
}

/** True for "has", "owns", "有多少": asking what someone holds ("use" alone, also a holdings word, is not). */
export function asksWhatIsHeld(s: Slots): boolean {
  return (s.reading.cueWords.get('holdings') ?? []).some((w) => !USE_WORDS.has(w));
}

/** True for "Azure's customers", "AWS users": nouns asking who uses a cloud. */
export function namesCloudUsers(s: Slots): boolean {
  return (s.reading.cueWords.get('use') ?? []).some((w) => USER_NOUN_SET.has(w));
}

const USE_WORDS: ReadonlySet<string> = new Set(CUES.use);
const USER_NOUN_SET: ReadonlySet<string> = new Set(USER_NOUNS);

/** What something costs is asked: "what would that cost", "值多少", "how much extra $$" (text is read in Simplified). */
export const MONEY_ASKED =
  /多少钱|要花|得花|花多少|价值|值多少|\bcost\b|\bworth\b|\bvalue\b|\bspend\b|\bprice\b|\bbill\b|\bin (?:dollars|usd|\$)|\bdollar (?:gap|difference|amount|value|terms|figure)s?\b|\$\$|\b(?:extra|more|less|much|the) \$(?!\s*\d)/u;

/**
 * Every id a question leaves out ("besides the big 4", "不算云厂商"): the names, their members (a
 * group's groups too), and any group all of whose members are left out.
 */
export function leftOut(ctx: AskContext, s: Slots): ReadonlySet<string> {
  const left = new Set<string>();
  const add = (id: string) => {
    if (left.has(id)) return;
    left.add(id);
    for (const m of ctx.kb.entityById.get(id)?.members ?? []) add(m);
  };
  for (const e of s.excluded) add(e.id);
  for (const g of ctx.kb.entities)
    if (g.members.length > 0 && g.members.every((id) => left.has(id))) left.add(g.id);
  return left;
}

/**
 * The named entities said where the message asks: "(he's a huge nvidia fanboy). what does the article
 * say about the speedups?" names Nvidia only in the context around the question.
 */
export function namedWhereAsked(s: Slots): Slots['named'] {
  // (A reading keeps a name's first mention only: "hf is on aws. how many does hugging face have?"
  // names it again where it asks, under another alias.)
  const asked = s.asking.text.toLowerCase();
  return s.named.filter(
    (e) =>
      s.reading.entities.some((m) => m.entity === e && (m.start < 0 || s.asking.at(m.start))) ||
      namedIn(asked, e),
  );
}

/**
 * Whether every word the reading could not place stands outside what the message asks: context around
 * a question ("i've seen people throw around like 3 different figures lol") does not make it unreadable.
 */
export function unknownOnlyInContext(s: Slots): boolean {
  return s.reading.unknown.every((w) => !s.asking.says(w));
}

/**
 * Each one's value asked beside the sum's: "per cloud and for all four", "每家多少、一共多少"; or one
 * member's, which is each one's when the group's members want alike ("每家大云3万张, 一家要砸多少钱").
 */
export const EACH_TOO =
  /\b(?:per|each) (?:cloud|company|one|startup)\b.{0,30}\b(?:all|total|combined|together|altogether)\b|\b(?:individually|separately)\b|(?:每家|各自|分别|分別|各家).{0,12}(?:一共|总共|合计|加起来|總共|合計)|单家|單家|(?<![哪同另任单單])一家(?:要|得|需|的|大概|大约)|(?:每家|每間|每间|各家)(?:要|得|需要|需)?(?:花|付|值|用)(?:多少|幾多|几多)|(?:每家|每間|每间|各家|每個|每个)(?:要|需要)[^,，。?？]{0,10}(?:值|花|付)(?:多少|幾多|几多|幾錢|几钱)|各(?:自)?(?:值|花|付)(?:多少|幾多|几多|幾錢|几钱)|\bhow much (?:would|does|will|do) each(?: one| cloud| company| of them)? (?:spend|pay|cost|shell out)\b|每一家|\beach one(?:'s|’s)?(?: (?:order|demand|ask|share))? (?:worth|cost|value)\b|\b(?:value|cost|worth|price) of each\b|\beach and (?:the )?(?:total|sum)\b|\bper cloud\b|\b(?:one|a single)(?: big)? (?:of them|cloud|hyperscaler|company)(?:'s)?\b/u;

/** A swap of one GPU for another, card for card: "一换一", "1:1", "one-for-one", "same number of". */
export const ONE_FOR_ONE =
  /一换一|一換一|一对一|一對一|一比一|\b1\s*[:：]\s*1\b|1\s*比\s*1|\bone[- ]for[- ]one\b|\bone[- ]to[- ]one\b|\blike[- ]for[- ]like\b|按张数|按張數|同样数量|同樣數量|\bsame number of\b|\bcard for card\b|全(?:部)?(?:都)?(?:换成|換成)\s*h100(?=[^?？,，]{0,12}(?:花|钱|錢|美元|美金|刀|成本|预算|預算))|\b(?:swap|replace)(?:d|ping)? (?:all|them all|every one)\b[^?]{0,30}\bh100s?\b(?=[^?]{0,30}\b(?:cost|worth|price|spend)\b)/u;

/**
 * The counts to work with: those of a GPU, or said where the message asks. (A count of no GPU said only
 * in the context around the question, "~2k req/min at peak. How much faster is H100…?", is not one.)
 */
export function countsToWork(s: Slots): Slots['counts'] {
  return s.counts.filter((c) => c.model !== undefined || s.asking.at(c.start));
}

/** Whether an amount is a figure heard somewhere rather than one to work with. */
export function heard(s: Slots, a: { readonly start: number }): boolean {
  return saidByOthers(s.reading.text, a.start);
}

/** Both of an entity's figures asked: "for both the low and the high estimate", "两个数都算". */
export const BOTH_FIGURES =
  /\bboth (?:of |for |at |with )?(?:the )?(?:meta(?:'s|’s)? |its |their )?(?:low|lower|high|higher|figures|numbers|estimates|scenarios)\b|\blow (?:and|&) (?:the )?high\b|\bhigh (?:and|&) (?:the )?low\b|两个(?:数|数字|数据|估计)?都|(?:两种|两个)(?:说法|口径|估计|数字)|高低(?:两个)?都|(?:两个|两种)(?:情况|scenarios?)都|分别按.{0,8}(?:和|跟|与)/u;

/** The speed-up named as such. */
const SPEEDUP_NAMED = /\bspeed ?-?ups?\b|加速比|提速多少|快多少|快几倍|快幾倍/u;
/** Speed set aside: "besides the speedup", "除了快". */
const BESIDES_SPEED =
  /\b(?:besides|other than|apart from|aside from)\b[^,.;?]{0,20}\b(?:speed|faster|speedups?)\b|除了[^,，。?？]{0,6}快/u;

/** Whether the speed-up is asked for by name where the message asks ("whats the inference speedup"). */
export function speedupNamed(s: Slots): boolean {
  return SPEEDUP_NAMED.test(s.asking.text) && !BESIDES_SPEED.test(s.reading.text);
}

/** A total said beside an amount: "90k total", "一共9万". */
const TOTAL_BESIDE =
  /\b(?:total|in total|altogether|combined|together|overall|all told)\b|合计|合計|一共|总共|總共|加起来|加起來|加埋/u;

/** A total word right before an amount: "總共 12 萬", "so that's 150k"; "so 90k total" is after, "total of 90k" before. */
const TOTAL_BEFORE =
  /(?:\b(?:total|in total|altogether|combined|together|overall|all told)(?: (?:is|of|=|comes to|would be))?|\bso (?:that's|thats|that is|that'd be|it's|its|that makes)|\b(?:which|that) (?:makes|comes to|adds up to|totals)|\badds up to|合计|合計|一共|总共|總共|加起来|加起來|加埋|所以(?:就)?是|那就是|加在一起(?:是)?|(?<![=<>!])=)\s*(?:是|为|有|要|=)?\s*(?:about|around|~|约|大概|大约)?\s*$/u;

/** A count claimed as a total ("30k each so 90k total right?", "一共9万张吧"), if the message gives one. */
export function claimedTotal(s: Slots): Slots['amounts'][number] | undefined {
  const counts = s.amounts.filter((a) => a.role === 'count' || (a.role === 'bare' && a.value >= 100));
  // ("每家要 3 萬張,總共 12 萬": the amount the total word leads into, not the one each is said to need.)
  // (A total someone else worked out is the claim to check: "my friend says … so that's 150k".)
  const led = s.amounts.find(
    (a) =>
      (counts.includes(a) || a.role === 'aside') &&
      TOTAL_BEFORE.test(s.reading.text.slice(Math.max(0, a.start - 16), a.start)),
  );
  if (led !== undefined) return led;
  return s.amounts.find(
    (a) =>
      (a.role === 'count' || (a.role === 'bare' && a.value >= 100)) &&
      TOTAL_BESIDE.test(s.reading.text.slice(Math.max(0, a.start - 12), a.end + 12)),
  );
}

/** Asked whether a total counts something: "baked into", "included in", "does that count", "算进…里". */
export const INCLUSION_ASKED =
  /\bbaked in|\binclud(?:e|es|ed|ing)\b|\bcount(?:s|ed)?\b|\bpart of\b|\bin (?:the|that) (?:total|number|432k|figure)\b|包括|包含|算进|算在|算上|计入|算入|纳入/u;

/** How much more or fewer, asked in percent: "how many more … in %?", "by what %?", "多百分之几", "多几成". */
export const PERCENT_MORE =
  /\bhow (?:many|much) (?:more|fewer|less)\b[^?]{0,60}(?:%|\bpercent)|\b(?:what|how many) (?:%|percent) (?:more|fewer|less|bigger|smaller)\b|\bby (?:what|how many|how much) (?:%|percent)|多百分之几|少百分之几|多几成|少几成|多出百分之几|(?:多|少)了?(?:大约|大概|约)百分之几|(?:多|少)了百分之几|\bin (?:%|percent(?:age)?)(?: terms)?\s*\??\s*$/u;

/** A figure of the user's own put up to check: "我計到好似係7%左右, 啱唔啱", "i get like 7%, right?". */
export const MINE_CHECKED =
  /啱唔啱|啱嗎|啱唔|对不对|對不對|对吗|對嗎|对吧|對吧|是不是|係唔係|\bright\b|\bcorrect\b|\bam i (?:right|close|off)\b|\bsound right\b/u;

/**
 * One member of a group asked, not all of it: "一间大云", "单独一家", "其中一家", "one of the big clouds".
 * ("How much would each one spend?" asks each and all: no one member.)
 */
export const ONE_MEMBER =
  /(?<![第\d一二三四五六七八九十每各])一(?:间|家|个|朵)(?!都)|单独一家|單獨一家|其中一家|每一家|\bone (?:of (?:the|them|those)\b|big cloud|cloud|hyperscaler|vendor|provider)|\ba single (?:one|cloud|hyperscaler|vendor|provider)\b|\bjust one\b/u;

/** The words of a share asked: "%", "percentage", "占…多少", "几成". */
export const SHARE_WORDS =
  /%|\bpercent(?:age)?\b|\bshare\b(?!\s+(?:(?:a|the same|one|any|their|its|the|a common)\s+)?(?:\w+\s+)?(?:clouds?|providers?|vendors?|hosts?)\b)|\bfraction\b|\bproportion\b|\bwhat part\b|\bslice\b|占比|比例|百分之|百分比|占.{0,14}(?:多少|几)|几成|几多趴|几趴|多少趴/u;
