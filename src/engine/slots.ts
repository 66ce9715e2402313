import { MAX_GPU_COUNT } from '../calculator/limits.js';
import type { Entity, EntityKind } from '../knowledge/schema.js';
import { findNumbers, type NumberMention } from './amounts.js';
import type { MetaScenario } from './answer.js';
import type { Workload } from './answers/compare.js';
import { endsOfQuantity } from './answers/factQueries.js';
import { SERVER_HOLDS_BEFORE, SERVER_SIZE_AFTER, SERVERS_COUNTED } from './answers/withServers.js';
import { articleFigures } from './articleFigures.js';
import { inAside, inQuietAside } from './asides.js';
import type { AskContext } from './context.js';
import { smallNumber, withEtcGroups } from './etcGroup.js';
import { recalled, saidByOthers } from './hearsay.js';
import { figureOf } from './intents/figures.js';
import { namedIn } from './namedIn.js';
import { PRICE_DOUBLED, PRICE_HALVED } from './priceFactor.js';
import { type Asking, askingOf, TELLERS } from './questionSentences.js';
import type { Reading } from './readQuestion.js';
import { saidAfterTakeBack } from './takenBack.js';
import { type CueGroup, OWNING } from './vocabulary.js';

/** What an amount in a question stands for, read from its unit and its neighbours. */
export type AmountRole =
  | 'price'
  | 'count'
  | 'money'
  | 'percent'
  | 'ratio'
  | 'duration'
  | 'threshold'
  /** Yuan to the dollar: "汇率7.2", "at 7.2 RMB per dollar". */
  | 'rate'
  /** A figure of the article's set aside: "not the 100k rumor", "而不是2.5万". */
  | 'aside'
  | 'bare';

/** An amount with the role it plays in the question. */
export interface RoledAmount extends NumberMention {
  readonly role: AmountRole;
}

/** A question read into typed slots: what intents score against and runners take. */
export interface Slots {
  readonly reading: Reading;
  /** Every non-GPU entity asked about, in the question's order (not one left out, a quoted person, or a group's listed member). */
  readonly named: readonly Entity[];
  /** Entities the question leaves out ("不算甲骨文", "without Meta"). */
  readonly excluded: readonly Entity[];
  /** Which of Meta's two figures the question counts, when it says ("Meta at 25k", "the lower Meta number"). */
  readonly scenario?: MetaScenario;
  readonly gpus: readonly Entity[];
  readonly amounts: readonly RoledAmount[];
  /** The price per GPU the user gave, if any. */
  readonly price?: RoledAmount;
  /** Yuan to the dollar, when the user gave an exchange rate ("按汇率7.2算"). */
  readonly rate?: RoledAmount;
  /** GPU counts the user gave, in order. */
  readonly counts: readonly RoledAmount[];
  readonly workload?: Workload;
  /** Asked as a yes/no question ("does…", "is…", "…吗", "…right?"). */
  readonly yesNo: boolean;
  /** Demand ("wants", "需要") or holdings ("has", "有"), when the question says which. */
  readonly measure?: 'demand' | 'holdings';
  /** The price changed by a percentage ("minus 20%", "单价降 20%", "涨10%"): the signed percent. */
  readonly priceChange?: number;
  /** Which end of a range the question counts ("上限", "the low end", "at most"), when it says. */
  readonly bound?: 'low' | 'high';
  /** What the message asks, apart from the context around it. */
  readonly asking: Asking;
  has(...groups: CueGroup[]): boolean;
  ofKind(...kinds: EntityKind[]): Entity[];
}

// An auxiliary opening a clause, after at most a couple of interjections: "yo does Meta…",
// "going with 25k, does Meta…", "ok so is Oracle…"; "this is…" or "how many does it want" are not.
// ("…in stock? — are those already racked?": after a dash, an auxiliary with its subject; "— do both the
// low and high figure" is an imperative.)
const YES_NO_EN =
  /[—–]\s*(?:is|are|was|were|does|do|did|has|have)\s+(?:those|these|they|it|that|this|we|you|he|she|the\s+\w+s)\b|(?:^|[,.;:!?]\s*)(?:(?:yo|ok|okay|so|hey|hi|wait|lol|btw|and|but|also|quick q|q|um|uh|bro|guys|pls|please|sorry|hmm|oh|well|then|now|real quick)[,:]?\s+){0,3}(?:is|are|was|were|does|do|did|can|could|will|would|has|have|had|should|isn't|aren't|doesn't|don't|didn't|can't|won't)\b(?!\s+(?:how|what|which|who|where|when)\b)(?!\s+(?:u|you|ya|ye)\s+(?:pls\s+|please\s+|just\s+)?(?:give|tell|list|show|name|share|break|explain|calculate|calc|compute|work out|help|spell|rank|sort|sum|add|convert|check)\b)/;
const YES_NO_TAIL =
  /(?:,?\s*(?:right|correct|true|accurate|ok to print|yes or no|no|yes|yeah|yea|yep|ya|innit|amirite|meh|咩|(?:can )?or (?:not|nah|nope|na)|(?:was|is|were|are|did|does|do|has|have|had)n'?t (?:it|they|he|she|that))\s*\??[\s\p{Extended_Pictographic}\p{P}]*$)|(?:吗|(?<![什怎多那这要])么|嘛|囉|啰)[啊呀呢哈哦喔嘛]*(?!\p{Script=Han})|是不是|是否|有没有|对不对|对吗|对吧|真的假的|是真的吗|是真是假|是吧|没错吧|没记错|记错了?吗|记错没|没毛病|没问题吧|靠谱吗|(?:是|有)(?:\p{Script=Han}|\s*[\w.-]+\s*){1,6}吧[\s\p{Extended_Pictographic}\p{P}]*$|(?:了|的|啦)吧[?？]?\s*$|吧\s*[?？]\s*$|之一\s*[?？]\s*$|算不算|能不能|可不可以|会不会|行不行|对一对|对一下|核对一下|核实一下|核对|核实|查证一下|^(?:我)?(?:记得|以为|听说|印象中|印象里)[^多少哪几谁什么怎?？]*[?？]\s*$/u;

// "…fix the shortage rn, right? seems like an easy fix": a tag question with chatter after it.
// "confirm: each of the big clouds might need ~30k?", "fact check: …": a claim put up for checking.
const YES_NO_LEAD =
  /^\s*(?:pls |please )?(?:confirm|fact[- ]check|double[- ]check|verify|sanity check)\b\s*[:：,-]/iu;

const YES_NO_MID = /(?:,|\s)\s*(?:right|correct|true|yeah|yes or no)\s*\?/u;

// "so coreweave has like 40k h100s in stock ready to rent out right now?", "tesla's on that list?": a
// clause with a question mark that states a figure or a relation, asks no question word and offers no
// alternative, is put up to be confirmed. ("combined H100 want per the article?", "…, cost at the
// article's price?" ask for a figure: no number stated, no relation.)
const CLAUSE_ASKED = /(?:^|[.!](?=\s)|[,;](?!\d{3})|[。！，；\n])(?:[^?!。？！\n;；，,]|,(?=\d{3}))*?\?/gu;
/** "Does anyone know …", "有冇人知…": a wrapper around a question, which asks what it wraps. */
const ANYONE_KNOW =
  /^\s*(?:(?:hey|yo|ok|so|quick q)[,:]?\s+)*(?:does |do )?(?:anyone|anybody|someone|somebody|u|you|y'all|ya) (?:know|remember|recall)\s+|(?:有没有人|有冇人|有人|谁|边个)(?:知道?|晓得|记得)(?:吗)?\s*|\b(?:does|did) (?:the )?(?:article|piece|post|author|it) (?:say|mention|list|tell(?: us)?|show|cover|name)\s+|\b(?:can|could) (?:you|u) (?:tell me|check)\s+|(?:文章|文中|原文|篇文)(?:里面?|入面)?(?:有没有|有冇|有无)(?:讲|说|提到?|写|列|讲到|说到)(?:过)?\s*/u;
/** A question word right after the wrapper: "…know which companies", "有冇人知…边几间公司". */
const WRAPPED_WH = /^\s*(?:how|what|which|who|where|when|why)\b|哪|边|几|多少|什么|谁|啥/u;

/**
 * Whether the question is put as yes or no. ("Does anyone know which companies use AWS?", "有冇人知
 * 篇文入面边几间公司系用 AWS 嘅?": the wrapper asks what it wraps, which is no yes/no question.)
 */
export function yesNoAsked(whole: string, askingText: string = whole): boolean {
  const wrapper = ANYONE_KNOW.exec(whole);
  const text =
    wrapper !== null && WRAPPED_WH.test(whole.slice(wrapper.index + wrapper[0].length).slice(0, 40))
      ? whole.slice(wrapper.index + wrapper[0].length)
      : whole;
  const asked = text === whole ? askingText : text;
  // ("is there anyone else on the same cloud?", "are there any other companies on AWS?" ask who.)
  if (WHO_ELSE_ASKED.test(asked)) return false;
  // ("…needing 1000+ H100s or A100s — true or false?": a claim put up for its verdict, whatever it names.)
  if (TRUE_OR_FALSE.test(asked)) return true;
  // ("and are those H100s or A100s", "係 H100 定 A100?": which of two, no yes or no.)
  // ("is that more or less than what Meta's 25k would cost?": which way, no yes or no.)
  if (CHOICE_ASKED.test(lastSentence(asked)) || WHICH_WAY.test(asked)) return false;
  // ("what would it cost if the rumor that they want 100k is true?": "true" ends the if, not a tag.)
  if (TRUE_IF_WH.test(lastSentence(asked))) return false;
  return (
    YES_NO_EN.test(text) ||
    YES_NO_TAIL.test(asked) ||
    // (A tag after the question, "…? 真的假的", puts the question up to be checked.)
    YES_NO_TAIL.test(lastSentence(text)) ||
    YES_NO_MID.test(text) ||
    YES_NO_LEAD.test(text) ||
    statementAsked(text) ||
    zhClaimAsked(lastSentence(asked))
  );
}

/** A question of what or how much under a supposition that ends "…is true": "what would it cost if X is true?". */
const TRUE_IF_WH =
  /^\s*(?:[\w']+[,:]?\s+){0,3}?(?:what|how|which|who|where|when)\b[^?]*\b(?:if|assuming|supposing|in case)\b[^?]*\b(?:is|are|was|were|turns out(?: to be)?|proves(?: to be)?|holds)\s+(?:actually\s+|really\s+)?(?:true|right|correct|accurate)\s*[?？]?[\s\p{Extended_Pictographic}]*$/u;

/** Which way two things compare, put up as a choice: "more or less than", "bigger or smaller than". */
const WHICH_WAY =
  /\b(?:more or (?:less|fewer)|(?:less|fewer) or more|bigger or smaller|smaller or bigger|higher or lower|lower or higher)\s+than\b/u;

/** A verdict asked outright: "true or false?", "t/f", "真定假", "對還是錯". */
const TRUE_OR_FALSE =
  /\btrue or false\b|\bfalse or true\b|\bt\/f\b|\bright or wrong\b|\bfact or fiction\b|真定假|真还是假|真還是假|是真是假|对还是错|對還是錯|啱定唔啱/u;

/** Which GPU a figure counts, one of two put up: "特斯拉那七千张是 H100 还是 A100?", "H100s or A100s". */
export const GPU_CHOICE =
  /(?<!是不是|要不要)(?:h100|a100|h800)s?\s*(?:还是|還是|定係|定系|定|\bor\b)\s*(?:h100|a100|h800)/u;

/** One of two put up to choose from: "are those H100s or A100s", "是 H100 还是 A100", "係 H100 定 A100". */
const CHOICE_ASKED = new RegExp(
  String.raw`\b(?:is|are|was|were)\b[^?.!]{0,40}\b(?!right\b|true\b|correct\b)\w+\s+or\s+(?!not\b|no\b|what\b|nah\b|nope\b|something\b|so\b|false\b|wrong\b)[\w.-]+\s*[?？]?[\s\p{Extended_Pictographic}]*$|${GPU_CHOICE.source}`,
  'u',
);

/** "所以 OpenAI 手里已经有五万张H100了？": a figure stated in Chinese and asked back, with no question word. */
// ("Stability AI 有1万张A100?": a count had, wanted or used, said and asked back; "CoreWeave 那 3.5-4万张
// 是现货?": a count said to be something.)
const ZH_CLAIM_TAIL =
  /\p{Script=Han}.*\d.*[了的啦]\s*[?？]+\s*$|(?:有|要|用|需要|想要|用了|买了|買了)[^?？,，。]{0,12}\d[^?？,，。]*[?？]+\s*$|\d[^?？,，。]*是[^?？,，。\d]{1,10}[?？]+\s*$/u;

function zhClaimAsked(sentence: string): boolean {
  return ZH_CLAIM_TAIL.test(sentence) && !QUESTION_WORD.test(sentence) && !IMPERATIVE.test(sentence);
}

/** Who else, put as yes or no: "is there anyone else on it", "are there any other companies…". */
const WHO_ELSE_ASKED =
  /\b(?:is|are) there (?:anyone|anybody|any (?:other|more) (?:companies|labs|startups|customers|users)|any others)\b|还有(?:没有)?(?:别的|其他)(?:公司|人)|有没有其他(?:公司|人)/u;

/** A sentence ending in a question mark. */
// (A decimal point, "gpt-3.5", ends no sentence.)
const SENTENCE_ASKED = /(?<=^|[!?。！？]\s*|\.(?!\d)\s*)(?:[^.!?。！？]|\.(?=\d))+\?/gu;
const QUESTION_WORD =
  /\b(?:how|what|whats|which|who|whom|whose|when|why|where|wat|wut|or|any|anything|else|worth|cost|costs|value|price)\b|值多少|多少钱|多少|几|幾|哪|什么|什麼|啥|谁|誰|吗|嗎|呢/u;
const FIGURE_CLAIMED =
  /(?<![a-z\d])\d.*\b(?:has|have|had|got|gets|wants?|wanted|needs?|needed|used|owns?|holds?|is|are|was|were|trained|bought|ordered|booked|reserved|secured)\b|\b(?:has|have|had|got|gets|wants?|wanted|needs?|needed|used|owns?|holds?|is|are|was|were|trained|bought|ordered|booked|reserved|secured)\b.*(?<![a-z\d])\d/u;
/**
 * A claim dropped in chat, for the bot to react to: "gpt-4 was trained on H100s lol". (A part of a
 * message ends where its question mark was cut off, so only a chat tag says a bare statement is put up.)
 */
const CHAT_CLAIM =
  /(?:\b(?:lol|lmao|lmfao|rofl|fr|ngl|apparently|supposedly|iirc|right|yeah|innit)|[\u{1F602}\u{1F921}\u{1F914}\u{1F440}])(?:[\s\p{Extended_Pictographic}!.]|\uFE0F)*$/u;

/** An instruction or a condition rather than a claim: "list the clouds", "give me the range", "if H100 price is 4万刀 each". */
const IMPERATIVE =
  /^\s*(?:pls |please )?(?:list|tell|give|show|rank|sort|compare|explain|calculate|calc|compute|sum|add|convert|price|value|name|check)\b|请|帮我|給我|给我|告诉|列出|说说|讲讲|^\s*(?:so |and |but )?(?:if|suppose|supposing|assuming|assume|say|let's say|given|at|with|when|如果|假如|假设|要是|若|按|以)/u;
const RELATION_CLAIMED =
  /\b(?:was|were|is|are|got) trained on\b|\b(?:is|are|was|were|(?:it|that|they|he|she|\w+)(?:'s|’s)) (?:on|in|one of|among|part of|made by|the only|just)\b|\b(?:uses?|using|runs on|running on|makes?|made by)\b/u;

/** A price said before, taken up: "at that price", "按这个价". */
const THAT_PRICE =
  /\b(?:at|for|with) (?:that|this|his|her|their|those|these|the said) (?:price|rate|number|figure)s?\b|\b(?:paid|pay|pays|paying|spent|spend) (?:that|this|that much|that price|those prices)\b|\bat that\b|按(?:这个|那个|这|那)(?:价|单价)|照(?:这|那)个?价/u;

/**
 * Whether a clause of the text states a figure or a relation and ends with a question mark, or the
 * whole message, asking nothing at all, states one ("gpt-4 was trained on H100s lol"): put up to be
 * confirmed or corrected.
 */
function statementAsked(text: string): boolean {
  if (CHAT_CLAIM.test(text) && !text.includes('?') && !QUESTION_WORD.test(text) && !IMPERATIVE.test(text))
    return FIGURE_CLAIMED.test(text) || RELATION_CLAIMED.test(text);
  for (const m of text.matchAll(CLAUSE_ASKED)) {
    const clause = m[0];
    if (!QUESTION_WORD.test(clause) && (FIGURE_CLAIMED.test(clause) || RELATION_CLAIMED.test(clause)))
      return true;
  }
  // ("So CoreWeave has 35-40k H100s sitting in stock, ready to rent out right now?": the claim is the
  // whole sentence, its question mark after a clause that adds to it.)
  for (const m of text.matchAll(SENTENCE_ASKED)) {
    const sentence = m[0];
    if (!QUESTION_WORD.test(sentence) && !IMPERATIVE.test(sentence) && FIGURE_CLAIMED.test(sentence))
      return true;
  }
  return false;
}

/** The last sentence of a text, with its closing punctuation. */
function lastSentence(text: string): string {
  const m = /[^。.!！?？]*[。.!！?？\s]*$/u.exec(text);
  return m === null ? text : m[0];
}

/** Measure words for prices that are not GPU counts even when 张/块 follows ("3万块一张"). */
// Not 按 or 以 alone: "按两万五算" counts as often as it prices; 每张 and currencies say price, and so
// does 按 after a word of value ("缺口价值 按3万").
// ("the street price is actually thirty grand": a price word, then its verb.)
// ("if H100 price drop to 30k", "cards go down to 28k": the price a GPU goes to.)
const PRICE_CUES_BEFORE =
  /(?:\bat|@|\b(?:price|prices|cost|costs|h100s?|cards?|gpus?)\s+(?:(?:were|was|is|are|ever)\s+)?(?:drops?|dropped|falls?|fell|goes down|went down|comes down|came down|rises?|rose|goes up|went up|climbs?|climbed)\s+to|(?:price|cost)s?\s*(?:is|was|were|are|=|:|would be|will be|'s|’s|of)?\s*(?:actually|really|just|only|now|more like|closer to|like|probably)?|priced|costs?|\bpa(?:y|ys|id|ying)|\b(?:went|goes|go|going|sold|sell|sells|selling) for|每(?:张|块|片|个)\s*(?:nvidia\s*)?(?:h100|a100|gpu|卡)?|(?:售价|价格|单价|价钱)\s*(?:(?:再)?[降跌涨升]到|降至|变成|改成|是|为)|(?:涨价|降价|加价|减价|跌价)(?:到|至)|售价|价格|单价|(?:价值|值多少钱?|总值|总价)\s*[,，]?\s*按|(?:\d{3,}|\d[kw万])\s*(?:\btimes|\bx|[×*]|乘以|乘))\s*(?:约|大约|about|around|roughly|like|~)?\s*$/u;

/** Where someone who tells the user something works, said before the name: "my cousin who works at a". */
const TELLER_WORKS_AT = new RegExp(
  String.raw`\b(?:my|a|our|his|her)\s+(?:${TELLERS})\s+(?:who\s+(?:works?|worked)\s+(?:at|for|in)|(?:at|from|over at))\s+(?:an?\s+|the\s+)?$`,
  'u',
);

/**
 * Reads the slots of a question: its entities by kind, its amounts with their roles, its workload,
 * and whether it asks yes or no.
 */
export function readSlots(ctx: AskContext, said: Reading): Slots {
  // ("Anthropic 等四间每间 1 万": the group of four it stands for.)
  const reading = {
    ...said,
    entities: withEtcGroups(said, ctx.kb.entities, (id) => {
      const member = ctx.kb.entityById.get(id);
      const figure = member === undefined ? undefined : figureOf(ctx, member, 'demand');
      return figure === undefined || figure.range ? undefined : figure.value;
    }),
  };
  const all = reading.entities.map((m) => m.entity);
  // The article's own author and publisher ("the GPU Utils article") are where facts come from, not
  // what they are about.
  const { gpuCounts: figures, sourceIds, scenario: twoFigures } = articleFigures(ctx.kb);
  // "不算甲骨文", "excluding Oracle": named to be left out, not asked about.
  // "把 Meta 拿掉", "oracle 不算进去": the same, said after the name.
  // ("唔計Meta 10萬,用2.5萬嘅話…": Meta's one figure left out for its other, both said; Meta stays.)
  const figureSwapped = (after: string) => {
    if (twoFigures === undefined) return false;
    const said = findNumbers(after.slice(0, 12)).find((n) => /^\s*$/u.test(after.slice(0, n.start)));
    const other =
      said?.value === twoFigures.high
        ? twoFigures.low
        : said?.value === twoFigures.low
          ? twoFigures.high
          : undefined;
    return other !== undefined && reading.numbers.some((n) => n.value === other);
  };
  const leftOut = ({ start, text }: { start: number; text: string }) =>
    start >= 0 &&
    ((EXCLUDING.test(reading.text.slice(Math.max(0, start - 20), start)) &&
      !ITS_FIGURE_AFTER.test(reading.text.slice(start + text.length, start + text.length + 16)) &&
      !figureSwapped(reading.text.slice(start + text.length))) ||
      MINUS_FROM_MANY.test(reading.text.slice(Math.max(0, start - 60), start)) ||
      EXCLUDED_LIST.test(reading.text.slice(Math.max(0, start - 24), start)) ||
      // ("把Oracle从大型云厂商里去掉": the group something is taken out of is not itself left out.)
      // ("把 OpenAI 和 Meta（按 10 万那个）都去掉": an aside in brackets stands between.)
      (EXCLUDED_AFTER.test(
        reading.text.slice(start + text.length, start + text.length + 48).replace(BRACKETED, ''),
      ) &&
        !TAKEN_FROM.test(reading.text.slice(Math.max(0, start - 4), start))) ||
      // "leave Oracle out", "take Meta out of it": the name inside the phrase.
      (LEAVE_BEFORE.test(reading.text.slice(Math.max(0, start - 24), start)) &&
        // ("yank that whole bucket (Lambda + CoreWeave + the rest) out": an aside between them.)
        /^\s*(?:[(（][^)）]{0,40}[)）]\s*)?(?:(?:line|line item|item|bucket|number|figure|entry|row|demand|ask)\s+)?out\b/u.test(
          reading.text.slice(start + text.length),
        )));
  // ("Meta 要的 H100 数量减去 Meta 现有的 A100 数量": a name also said where the message asks and
  // nothing leaves it out is kept; "oai's number is inflated. if we drop openai…" leaves it out.)
  const askingFirst = askingOf(reading.text);
  const direct = reading.entities.filter((m) => {
    const mentions = [m, ...(m.others ?? [])];
    const asked = mentions.filter((n) => n.start >= 0 && askingFirst.at(n.start));
    return asked.length > 0 ? asked.every(leftOut) : mentions.some(leftOut);
  });
  // "拿掉 Anthropic、Helsing、Mistral、Character": the names listed right after one left out go too.
  const inOrder = reading.entities.filter((m) => m.start >= 0).sort((a, b) => a.start - b.start);
  const listedOut = new Set(direct);
  for (const [i, m] of inOrder.entries()) {
    const prev = inOrder[i - 1];
    if (prev === undefined || !listedOut.has(prev) || listedOut.has(m)) continue;
    // ("不算甲骨文，四大云要多少": a group holding the name left out is what it is left out of.)
    if (m.entity.members.includes(prev.entity.id)) continue;
    // ("唔計雲廠商同私有雲, Meta 用 2.5 萬": a name given a figure of its own starts a clause of its own.)
    if (FIGURE_SET_AFTER.test(reading.text.slice(m.start + m.text.length, m.start + m.text.length + 12)))
      continue;
    if (LIST_JOINT.test(reading.text.slice(prev.start + prev.text.length, m.start))) listedOut.add(m);
  }
  // "i know openai obviously, who else is on there": the companies named before "who else" are known.
  const elseAt = reading.text.search(WHO_ELSE);
  if (elseAt >= 0)
    for (const m of inOrder)
      if (m.start < elseAt && m.entity.kind === 'company' && inOrder.some((c) => c.entity.kind === 'cloud'))
        listedOut.add(m);
  const excluded = [...listedOut].map((m) => m.entity);
  // "老黄的 H100", "台积电的 H100", "Nvidia's H100": the GPU's maker, said as its owner, is its brand,
  // not what is asked about ("Meta's H100s" and "Cohere's H100 demand" are theirs).
  const brand = (e: Entity) =>
    ctx.kb.facts.some((f) => f.metric === 'foundry' && f.subject === e.id) &&
    reading.entities.some(
      (m) =>
        m.entity === e &&
        m.start >= 0 &&
        BRAND_OF_GPU.test(reading.text.slice(m.start + m.text.length, m.start + m.text.length + 12)),
    );
  // ("my cousin who works at a hedge fund swears…", "a friend at msft says…": where the teller works.)
  const employer = (e: Entity) => {
    const mentions = reading.entities.filter((m) => m.entity === e && m.start >= 0);
    return (
      mentions.length > 0 &&
      mentions.every((m) => TELLER_WORKS_AT.test(reading.text.slice(Math.max(0, m.start - 40), m.start)))
    );
  };
  const cited = all.filter(
    (e) => e.kind !== 'gpu' && !sourceIds.has(e.id) && !excluded.includes(e) && !brand(e) && !employer(e),
  );
  // "Musk says GPT-5 needs…": a person quoted is who said it, not what is asked about, unless alone.
  const unquoted = cited.some((e) => e.kind !== 'person') ? cited.filter((e) => e.kind !== 'person') : cited;
  // "which companies use google cloud? (pretty sure character.ai is one)": a name said only in an aside
  // outside what the message asks is the user's guess, not what is asked about, when the question
  // names something else.
  const earlyAsking = askingFirst;
  const aside = (e: Entity) =>
    reading.entities.some((m) => m.entity === e && m.start >= 0) &&
    reading.entities.every(
      (m) =>
        m.entity !== e ||
        (m.start >= 0 &&
          ((!earlyAsking.at(m.start) && inAside(reading.text, m.start)) ||
            // (A group in an aside of no figures: "(the big 4 are a whole other story lol)", not "(meta 25k)"
            // nor a list of those asked about.)
            (e.kind === 'group' && inQuietAside(reading.text, m.start)))),
    );
  // ("lol the Azure crowd. if OpenAI and Inflection both get what they need, how many is that combined?":
  // a name only in the chatter before a question that names two of its own is the chatter's.)
  // (A reading keeps a name's first mention only: one said again where the message asks counts there.)
  const askedText = earlyAsking.text.toLowerCase();
  const saidWhereAsked = (e: Entity) =>
    reading.entities.some((m) => m.entity === e && (m.start < 0 || earlyAsking.at(m.start))) ||
    namedIn(askedText, e);
  const contextOnly = (e: Entity) =>
    reading.entities.some((m) => m.entity === e && m.start >= 0) && !saidWhereAsked(e);
  // (…or one, when what it asks points back at nothing: "thinking of moving off lambda. coreweave has like
  // 40k h100s sitting there ready to go right?"; "We use Azure. Does OpenAI use it too?" points back.)
  const askedHere = unquoted.filter(saidWhereAsked).length;
  // ("how many does AWS have according to it?": the article, not a name before.)
  const pointsBack = POINTS_BACK.test(
    earlyAsking.text.replace(/\b(?:according to|per) (?:it|them)\b/gu, ' '),
  );
  // ("inflection doubles its ask from 22k to 44k. new total with meta at 100k?": a name with a change
  // said of it, before the question, is what the question supposes, not chatter.)
  const changeSupposed = (e: Entity) =>
    reading.entities.some(
      (m) =>
        m.entity === e &&
        m.start >= 0 &&
        CHANGED_AFTER.test(reading.text.slice(m.start + m.text.length, m.start + m.text.length + 24)),
    );
  const asides = unquoted.filter(
    (e) =>
      aside(e) ||
      (contextOnly(e) && !changeSupposed(e) && (askedHere >= 2 || (askedHere === 1 && !pointsBack))),
  );
  const asked =
    asides.length > 0 && asides.length < unquoted.length
      ? unquoted.filter((e) => !asides.includes(e))
      : unquoted;
  // "三大云巨头(Azure/GCP/AWS)", "the private clouds (Lambda, CoreWeave etc)": members listed after
  // their group spell the group out; counting both would count them twice. ("Is CoreWeave one of the
  // private clouds?" names the member first and asks about it.)
  const at = (e: Entity) => reading.entities.find((m) => m.entity === e)?.start ?? -1;
  const endOf = (e: Entity) => {
    const m = reading.entities.find((x) => x.entity === e);
    return m === undefined ? -1 : m.start + m.text.length;
  };
  // ("strip out all the cloud guys (4 big ones + private clouds)": so do a left-out group's.)
  // ("openai + inflection + anthropic combined? the three LLM startups": a group named after several of
  // its members says what they are, and they are what is asked.)
  // ("OpenAI、Anthropic 和其他 LLM 创业公司": the others of the group are asked too.)
  const restates = (g: Entity) =>
    g.kind === 'group' &&
    asked.filter((e) => g.members.includes(e.id) && at(e) < at(g)).length >= 2 &&
    !OTHERS_OF.test(reading.text.slice(Math.max(0, at(g) - 12), Math.max(0, at(g))));
  // ("drop all the cloud demand (big four + lambda/coreweave)": a member's members, or a group of its
  // members, are the group's too.)
  const contains = (g: Entity, e: Entity): boolean => {
    if (g.members.includes(e.id)) return true;
    const inner = g.members.flatMap((id) => ctx.kb.entityById.get(id)?.members ?? []);
    return inner.includes(e.id) || (e.members.length > 0 && e.members.every((id) => g.members.includes(id)));
  };
  // ("the big clouds (azure, gcp, aws)": a group followed by only some of its members means those.)
  // (Groups are few, and most questions name none: worked out once, not per name.)
  const groups = [...asked, ...excluded].filter((g) => g.kind === 'group');
  // ("one big cloud like AWS": a group said as one of it, then the one meant.)
  // ("each big cloud wants 30k. if AWS wanted 45k…": a member asked about in a sentence after its
  // group's is the one meant.)
  // A group said as one of it: "one big cloud", "a single hyperscaler", "一家大云".
  // ("big cloud 30k each vs anthropic 10k": a count said of each of it.)
  const saidAsOne = (g: Entity) => {
    const mention = reading.entities.find((m) => m.entity === g);
    const after =
      mention === undefined || mention.start < 0
        ? undefined
        : reading.text.slice(mention.start + mention.text.length);
    return (
      ONE_OF_BEFORE.test(reading.text.slice(Math.max(0, at(g) - 10), Math.max(0, at(g)))) ||
      ONE_OF_GROUP.test(mention?.text ?? '') ||
      (after !== undefined &&
        (ONE_OF_AFTER.test(after) ||
          // ("the 4 big clouds at 30k each vs the private clouds at 100k total — which group needs
          // more": groups set against each other as wholes.)
          (COUNT_EACH_AFTER.test(after) && !GROUPS_AS_WHOLES.test(reading.text))))
    );
  };
  const narrowed = new Set(
    groups.filter((g) => {
      const members = asked.filter((e) => g.members.includes(e.id) && at(e) > at(g));
      const [only] = members;
      // ("if the cloud guys got a bulk deal, what would the four big clouds' demand cost": a group
      // named after a wider one is the part of it meant.)
      // (Not one phrase: "the big four hyperscalers" names one group twice over.)
      const parts = asked.filter(
        (e) => e.kind === 'group' && e !== g && contains(g, e) && at(e) > endOf(g) + APART,
      );
      return (
        (members.length === 0 && parts.length === 1) ||
        (members.length >= 2 && members.length < g.members.length) ||
        (members.length === 1 &&
          (saidAsOne(g) ||
            (only !== undefined &&
              (SENTENCE_END.test(reading.text.slice(at(g), at(only))) ||
                // ("大型云厂商里 Azure 要3万张": the one of the group it names.)
                AMONG_BETWEEN.test(reading.text.slice(endOf(g), at(only))) ||
                // ("四大雲各自要 3 萬張, 那 Oracle 目前手上有多少": the clause that turns to the one asked of.)
                TURNS_TO.test(reading.text.slice(Math.max(0, at(only) - 8), at(only)))))))
      );
    }),
  );
  // ("hyperscalers are printing capex rn. if each of the 4 big clouds got 30k…": a group in a sentence
  // before the one naming another group is context, not what is asked.)
  const superseded = (e: Entity) =>
    e.kind === 'group' &&
    groups.some((g) => g !== e && at(g) > at(e) && SENTENCE_END.test(reading.text.slice(at(e), at(g))));
  const listed =
    groups.length === 0
      ? asked
      : asked.filter(
          (e) =>
            !restates(e) &&
            !narrowed.has(e) &&
            !superseded(e) &&
            !groups.some((g) => g !== e && !narrowed.has(g) && contains(g, e) && at(g) < at(e)),
        );
  // "(Meta 算 2.5 萬)", "top 3, use the lower meta number": which of Meta's two figures to count, said
  // in brackets or beside a question about everyone, is a condition, not a subject. ("OpenAI 是
  // Meta(以 2.5 萬算)的幾倍" still asks about Meta.)
  const quoted = (v: number | undefined) => reading.numbers.some((n) => n.value === v);
  // (Not the figure changed from: "把 Meta 的 2.5 万换成 10 万", "swap meta's 25k for 100k".)
  const kept = (v: number | undefined) =>
    reading.numbers.some(
      (n) =>
        n.value === v &&
        !SET_ASIDE_BEFORE.test(reading.text.slice(Math.max(0, n.start - 16), n.start)) &&
        !SWAPPED_AFTER.test(reading.text.slice(n.end, n.end + 8)),
    );
  // ("Meta 是按多少张算的? 2.5万还是10万?": both put as a choice, which is asked.)
  const bothAsked =
    twoFigures !== undefined &&
    quoted(twoFigures.low) &&
    quoted(twoFigures.high) &&
    EITHER.test(reading.text);
  // "meta按两万五是九万七 那要是meta按十万算呢": of both said, the one the "what if" puts is counted.
  const supposed =
    twoFigures === undefined || bothAsked
      ? undefined
      : supposedFigure(reading, twoFigures.low, twoFigures.high);
  const scenario =
    twoFigures === undefined || bothAsked || !listed.some((e) => e.id === twoFigures.entityId)
      ? undefined
      : supposed !== undefined
        ? supposed === twoFigures.low
          ? ('meta-25k' as const)
          : ('meta-100k' as const)
        : // ("不算 Meta 想要10万那个说法": its higher figure set aside leaves the lower.)
          LOWER.test(reading.text) ||
            kept(twoFigures.low) ||
            (quoted(twoFigures.high) && !kept(twoFigures.high))
          ? ('meta-25k' as const)
          : // (The article's total quoted counts Meta at its higher figure: "the meta figure the 432k uses".)
            HIGHER.test(reading.text) || kept(twoFigures.high) || quoted(articleFigures(ctx.kb).totalDemand)
            ? ('meta-100k' as const)
            : reading.scenario;
  // In brackets of its own: "(Meta 算 2.5 萬)" sets a figure; "(oai, inflection, meta@25k, …)" lists
  // Meta among the others it adds up.
  // Every mention counts: "(meta at 25k), what % is meta" sets the figure and then asks about Meta.
  const bracketedAt = (e: Entity, position: number) => {
    const before = reading.text.slice(0, Math.max(0, position));
    const open = before.lastIndexOf('(');
    if (open <= before.lastIndexOf(')')) return false;
    const close = reading.text.indexOf(')', position);
    const end = close < 0 ? reading.text.length : close;
    return !listed.some((o) => o !== e && at(o) > open && at(o) < end);
  };
  const inBrackets = (e: Entity) => {
    const mention = reading.entities.find((m) => m.entity === e);
    const positions = [mention?.start ?? -1, ...(mention?.others ?? []).map((o) => o.start)];
    return positions.every((p) => bracketedAt(e, p));
  };
  // "if you go with meta = 25k…, what share is openai": set with its figure, then a question about another.
  const twoFigured = listed.find((e) => e.id === twoFigures?.entityId);
  const setThenAsked =
    listed.length > 1 &&
    twoFigured !== undefined &&
    SETTING.test(reading.text.slice(0, Math.max(0, at(twoFigured)))) &&
    PORTION.test(reading.text);
  // ("with the lower meta number whats the total": Meta's figure set in words, then everyone's total
  // asked. A figure said, "if meta only wants 25k, what's the total?", is a what-if's to work.)
  const setThenTotal =
    twoFigured !== undefined &&
    reading.numbers.length === 0 &&
    SETTING.test(reading.text.slice(0, Math.max(0, at(twoFigured)))) &&
    TOTAL_AFTER.test(reading.text.slice(Math.max(0, at(twoFigured))));
  const condition =
    scenario !== undefined &&
    (OVER_EVERYONE.test(reading.text) ||
      setThenAsked ||
      setThenTotal ||
      listed.some((e) => e.id === twoFigures?.entityId && inBrackets(e)));
  const chosen = condition ? listed.filter((e) => e.id !== twoFigures?.entityId) : listed;
  // "用 Azure 嘅 AI 公司入面, OpenAI 同 Inflection…", "of the companies on AWS, …": a cloud that says
  // which companies are meant, when those companies are named too, is not asked about itself.
  const scoping = (e: Entity) =>
    e.kind === 'cloud' &&
    reading.entities.some((m) => {
      if (m.entity !== e || m.start < 0) return false;
      const before = reading.text.slice(Math.max(0, m.start - 8), m.start);
      const after = reading.text.slice(m.start + m.text.length, m.start + m.text.length + 14);
      // ("OpenAI 跟 Inflection 都有用 Azure, 这两家加起来要几张": the cloud both use, then the two counted.)
      return (
        SCOPE_BEFORE.test(before) &&
        (SCOPE_AFTER.test(after) ||
          (THESE_COUNTED.test(reading.text) &&
            chosen.filter((o) => o.kind === 'company' && at(o) < m.start).length >= 2))
      );
    });
  const scoped = chosen.some((e) => e.kind === 'company') ? chosen.filter((e) => !scoping(e)) : chosen;
  // "following up on azure having 10-40k, what about oracle's count?": asked of what follows "what
  // about"; the names before it are what the message follows up on.
  const about = WHAT_ABOUT.exec(reading.text);
  const after = about === null ? [] : scoped.filter((e) => at(e) >= about.index + about[0].length);
  const picked = after.length > 0 && after.length < scoped.length ? after : scoped;
  // "is openai bigger than a single big cloud's?": a group said as one of it, set against something, is
  // any one of its members when they all want the same (each big cloud's 30k).
  const alike = (g: Entity) => {
    const figures = g.members.map((id) => {
      const member = ctx.kb.entityById.get(id);
      return member === undefined ? undefined : figureOf(ctx, member, 'demand')?.value;
    });
    return figures.length > 1 && figures.every((f) => f !== undefined && f === figures[0]);
  };
  // ("the four big clouds at 30k each plus the ~100k for private clouds, total?": added up, all four count.)
  const setAgainst =
    reading.cues.has('compare') ||
    (picked.length > 1 && !(reading.cues.has('total') && ADDED.test(reading.text)));
  const pointedAt = theseNamed(reading, picked);
  const named = (pointedAt ?? picked).map((e) =>
    e.kind === 'group' && setAgainst && !narrowed.has(e) && at(e) >= 0 && saidAsOne(e) && alike(e)
      ? (ctx.kb.entityById.get(e.members[0] ?? '') ?? e)
      : e,
  );
  const gpus = all.filter((e) => e.kind === 'gpu');
  const has = (...groups: CueGroup[]) => groups.some((g) => reading.cues.has(g));
  // ("who needs over 1000 H100s?": the bar of one of the article's lists, said with "over", is a bar.)
  const bars = new Set(
    ctx.kb.facts.flatMap((f) =>
      f.hedge === 'at-least' && f.topic === 'who-needs' && f.quantity !== undefined && 'value' in f.quantity
        ? [f.quantity.value]
        : [],
    ),
  );
  const amounts = reading.numbers.map((n) => {
    const said = roleOf(n, reading);
    const role =
      (said === 'count' || said === 'bare') &&
      bars.has(n.value) &&
      BAR_BEFORE.test(reading.text.slice(Math.max(0, n.start - 14), n.start))
        ? 'threshold'
        : said;
    // 块 is slang for the dollar and for the yuan alike; a price per GPU of 10万块 and more is yuan, as
    // no dollar price in the article comes near it ("一张H100按28万块算").
    return role === 'price' &&
      !n.yuan &&
      n.value >= KUAI_IS_YUAN_FROM &&
      KUAI_AFTER.test(reading.text.slice(n.end))
      ? { ...n, role, yuan: true as const }
      : { ...n, role };
  });
  // A bare number is a count when it is one the article states for what the question names (Meta's
  // 100k, the 432k), and a price when it comes with a value word and a count is already given.
  // "Meta at 25k": an article figure right after a name and "at" is that name's count, not a price.
  // (A name said twice is read once, so its words are matched again here.) A GPU's name is no owner:
  // "CoreWeave's reserved H100s at 30k" prices them.
  const rightAfterAName = (a: NumberMention) =>
    reading.entities.some((m) => {
      const before = reading.text.slice(0, a.start).replace(/\s*(?:at|@|=|to|按|算)\s*$/u, '');
      return m.entity.kind !== 'gpu' && m.text !== '' && before.length < a.start && before.endsWith(m.text);
    });
  // The figures the article gives for what the question names ("CoreWeave … at 30k": 30k is none of
  // CoreWeave's, so it prices; "Meta at 25k" is Meta's own figure).
  const { countsBySubject, lowerTotal } = articleFigures(ctx.kb);
  const ownFigures = new Set(
    all.flatMap((e) => [e.id, ...e.members]).flatMap((id) => countsBySubject.get(id) ?? []),
  );
  const counted = amounts.filter((b) => b.role === 'count' || figures.has(b.value)).length;
  // Counted once, so that each amount asks "is another one a count?" in constant time.
  const countLike = (b: (typeof amounts)[number]) =>
    b.role === 'count' || (b.role === 'bare' && figures.has(b.value));
  const countsLike = amounts.filter(countLike).length;
  // "their 30k each": "each" right after the amount, with no word of price before it.
  const eachNotPriced = (a: { readonly start: number; readonly end: number }) =>
    EACH_AFTER.test(reading.text.slice(a.end)) && !PRICED_BEFORE.test(reading.text.slice(0, a.start));
  const atAfterBuyer = (a: { readonly start: number }) =>
    reading.entities.some(
      (m) =>
        m.start >= 0 &&
        OWNER_KINDS.has(m.entity.kind) &&
        /^\s*(?:(?:and|&)\s+(?:the\s+)?(?:other|rest of the)\s+\w+\s+)?(?:at|@)\s*$/u.test(
          reading.text.slice(m.start + m.text.length, a.start),
        ),
    );
  const priceQuantity = ctx.kb.facts.find((f) => f.metric === 'h100-price')?.quantity;
  const priceFigure =
    priceQuantity !== undefined && 'value' in priceQuantity ? priceQuantity.value : undefined;
  const resolved = amounts.map((a): RoledAmount => {
    // "With Meta at 100k": a figure of the article's after "at" is a count, not a price.
    // (…unless another amount is the price, said as one: "meta at 25k instead of 100k, … at 35k per gpu".)
    // (…nor when money is given to spend: "raised 5 mil. how many h100s is that at 35k" prices.)
    const otherCount =
      countsLike - (countLike(a) ? 1 : 0) > 0 &&
      !amounts.some((b) => b !== a && (b.perUnit || b.currency || b.role === 'money'));
    // "add bytedance at 20k", "Meta @100k": an amount said right after a name, with no currency or
    // "each", is that name's count.
    // ("puts OpenAI's demand at 500k": a figure said of a demand or holding is a count.)
    const plainAfterName =
      a.role === 'price' &&
      !a.currency &&
      !a.perUnit &&
      (rightAfterAName(a) || MEASURE_AT.test(reading.text.slice(Math.max(0, a.start - 24), a.start)));
    if (
      plainAfterName ||
      (a.role === 'price' &&
        !a.currency &&
        !a.perUnit &&
        !VALUED_AT.test(reading.text.slice(Math.max(0, a.start - 28), a.start)) &&
        (ownFigures.has(a.value) || (figures.has(a.value) && ownFigures.size === 0)) &&
        !otherCount &&
        !amounts.some((b) => b.role === 'money'))
    )
      return { ...a, role: 'count' };
    // "is Anthropic one of the ~10k-each startups?": "each" after the named one's own figure, with no
    // word of money anywhere, counts what each wants.
    if (
      a.role === 'price' &&
      a.perUnit &&
      !a.currency &&
      !has('value') &&
      ownFigures.has(a.value) &&
      (eachNotPriced(a) || atAfterBuyer(a))
    )
      return { ...a, role: 'count' };
    // "they weren't in that 10k-each group": "each" naming a group by what each of it wants is no price.
    if (a.role === 'price' && !a.currency && EACH_GROUP_AFTER.test(reading.text.slice(a.end)))
      return { ...a, role: 'count' };
    if (a.role !== 'bare') return a;
    // (The article's total with Meta at its lower figure, "the 357k", is a count like the 432k.)
    if (figures.has(a.value) || a.value === lowerTotal) return { ...a, role: 'count' };
    // "how much for 8 of them" beside a price, with a GPU named: GPUs, not companies ("3 of them use Azure").
    if (
      OF_THEM_AFTER.test(reading.text.slice(a.end, a.end + 12)) &&
      gpus.length > 0 &&
      amounts.some((b) => b !== a && b.role === 'price')
    )
      return { ...a, role: 'count' };
    const countGiven = counted - (figures.has(a.value) ? 1 : 0) > 0;
    // "each" prices only beside the amount ("30k each", read above); "each wanted 20000" is a count.
    // …and never when a price is already written as one ("$35k").
    const priced = amounts.some((b) => b !== a && b.role === 'price' && (b.currency || b.perUnit));
    // ("if the shortage were 300k instead of 430k, what's that worth": the count put in place of one of
    // the article's, not a price.)
    const replacesFigure = amounts.some(
      (b) =>
        b !== a &&
        figures.has(b.value) &&
        b.value !== priceFigure &&
        SET_ASIDE_BEFORE.test(reading.text.slice(Math.max(0, b.start - 16), b.start)),
    );
    if (replacesFigure && a.value >= 100) return { ...a, role: 'count' };
    if (a.value >= 1000 && has('value') && countGiven && !priced) return { ...a, role: 'price' };
    if (a.value >= 100 && has('demand', 'holdings', 'compare', 'howMany')) return { ...a, role: 'count' };
    return a;
  });
  // "quotes closer to 28k. at 28k a card…": an amount said again keeps the role it has where it is a
  // price (unless it counts GPUs outright, as in "30k H100s at 30k each", or is a figure of the
  // article's, as in "Meta's demand were 25k and the price $25k").
  const priceValues = new Set(resolved.filter((a) => a.role === 'price').map((a) => a.value));
  const roled = resolved.map((a) =>
    a.role === 'count' &&
    !a.gpus &&
    a.model === undefined &&
    priceValues.has(a.value) &&
    !figures.has(a.value)
      ? { ...a, role: 'price' as const }
      : a,
  );
  // "$30k each instead of 35k", "按3万而不是3.5万": the amount set against a price is a price too.
  // ("30k instead of 35k per H100": the same, the other way round.)
  for (const [i, a] of roled.entries()) {
    if (a.role === 'price' || a.gpus || a.currency) continue;
    const before = roled[i - 1];
    const after = roled[i + 1];
    // "每张3万和3.5万": a second price listed with the first, when it is of the same size.
    const alike = (b: RoledAmount) => a.value >= b.value / 2 && a.value <= b.value * 2;
    const against =
      (before?.role === 'price' &&
        (INSTEAD_OF_PRICE.test(reading.text.slice(before.end, a.start)) ||
          (alike(before) && PRICE_LIST.test(reading.text.slice(before.end, a.start))))) ||
      (after?.role === 'price' &&
        (INSTEAD_OF_PRICE.test(` ${reading.text.slice(a.end, after.start)}`) ||
          (alike(after) && PRICE_LIST.test(reading.text.slice(a.end, after.start)))));
    if (against) roled[i] = { ...a, role: 'price' };
  }
  // "from 35k to 30k, how much cheaper…": two amounts a price moves between are prices.
  if (PRICE_TALK.test(reading.text))
    for (const [i, a] of roled.entries()) {
      const b = roled[i + 1];
      if (b === undefined || a.gpus || b.gpus || a.percent || b.percent) continue;
      if (a.value < 1000 || b.value < 1000 || a.value > 2 * b.value || b.value > 2 * a.value) continue;
      if (!FROM_BEFORE.test(reading.text.slice(Math.max(0, a.start - 8), a.start))) continue;
      if (!TO_BETWEEN.test(reading.text.slice(a.end, b.start))) continue;
      roled[i] = { ...a, role: 'price' };
      roled[i + 1] = { ...b, role: 'price' };
    }
  // "30 grand each instead of 35", "$30k vs 35": a small number set against a price in thousands is
  // that price's shorthand.
  for (const [i, a] of roled.entries()) {
    if (a.role !== 'price' || a.value >= 1000 || a.perUnit) continue;
    const set = [roled[i - 1], roled[i + 1]].find(
      (b) =>
        b?.role === 'price' &&
        b.value >= 1000 &&
        b.value / (a.value * 1000) >= 0.5 &&
        b.value / (a.value * 1000) <= 2 &&
        INSTEAD_OF_PRICE.test(` ${reading.text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start))}`),
    );
    if (set !== undefined) roled[i] = { ...a, value: a.value * 1000 };
  }
  // "meta goes full send at 200k — new total and $ value at 35k each?": beside a price said per GPU,
  // a bare "at 200k" just after a buyer's name is what that buyer wants, not a second price.
  if (roled.some((a) => a.role === 'price' && a.perUnit))
    for (const [i, a] of roled.entries()) {
      if (a.role !== 'price' || a.perUnit || a.currency || a.gpus) continue;
      // (Nothing between: "四大云按每张3万和3.5万" lists a second price after the first.)
      const buyer = reading.entities.some(
        (m) =>
          m.start >= 0 &&
          m.entity.kind !== 'gpu' &&
          m.start + m.text.length <= a.start &&
          a.start - (m.start + m.text.length) <= 30 &&
          !roled.some((b) => b !== a && b.start >= m.start + m.text.length && b.start < a.start),
      );
      if (buyer) roled[i] = { ...a, role: 'count' };
    }
  // "if all 4 big clouds get their 30k each at 35k per card": of two prices, one that is the named
  // buyers' own figure, with no currency, is what each of them gets; the other is the price.
  const pricesSaid = roled.filter((a) => a.role === 'price');
  if (pricesSaid.length >= 2)
    for (const [i, a] of roled.entries()) {
      if (a.role !== 'price' || a.currency || a.gpus || !ownFigures.has(a.value)) continue;
      // (Only "30k each" after no word of price, "四大云按每张3万和3.5万" prices both, or "at 10k each"
      // right after the buyers: "Anthropic, Helsing, Mistral and Character at 10k each: … value at ~35k per card".)
      if (!eachNotPriced(a) && !atAfterBuyer(a)) continue;
      if (pricesSaid.some((b) => b !== a && !ownFigures.has(b.value))) roled[i] = { ...a, role: 'count' };
    }
  const isArticles = (a: RoledAmount) => priceFigure !== undefined && a.value === priceFigure;
  // ("use the lower meta number, not the 100k rumor": a count of the article's set aside counts nothing.)
  // ("假如缺口不是43万而是二十万张": nor does one of the article's figures that another count replaces.)
  // (A plain number said in its place, "if the gap were 200k instead of 430k", is the count it replaces.)
  const replacing = (b: RoledAmount) =>
    (b.role === 'count' || (b.role === 'bare' && b.value >= 100)) && !figures.has(b.value);
  for (const [i, a] of roled.entries())
    if (
      a.role === 'count' &&
      (ownFigures.has(a.value) || (figures.has(a.value) && roled.some(replacing))) &&
      SET_ASIDE_BEFORE.test(reading.text.slice(Math.max(0, a.start - 16), a.start))
    ) {
      roled[i] = { ...a, role: 'aside' };
      for (const [j, b] of roled.entries())
        if (b.role === 'bare' && replacing(b) && !ownFigures.has(a.value)) roled[j] = { ...b, role: 'count' };
    }
  // ("someone posted 'GPT-5 will need a million H100s'… how many A100s was gpt-4 trained on", "remind me
  // what the shortage number is, I keep saying 400k"): a count someone else said where nothing is asked,
  // or one the writer half remembers, is put up to be corrected, not a count to work with, unless the
  // message takes it up ("at that many", "is that right").
  if (!TAKEN_UP.test(reading.text))
    for (const [i, a] of roled.entries())
      if (
        a.role === 'count' &&
        // (One of the article's own, "I remember Meta has 21,000", is the article's figure, put to use.)
        !figures.has(a.value) &&
        (recalled(reading.text, a.start, a.end) ||
          (saidByOthers(reading.text, a.start) &&
            (!earlyAsking.at(a.start) || inQuotes(reading.text, a.start))))
      )
        roled[i] = { ...a, role: 'aside' };
  // ("we have 512 A100s and a $2M budget. how many H100s does Inflection want?": the writer's own
  // numbers, said in a sentence before one that asks of a company without taking them up, are context.)
  // (…where the last sentence naming a company neither speaks of the writer nor takes the numbers up.)
  const lastOwner = reading.entities
    .filter((m) => m.start >= 0 && OWNER_KINDS.has(m.entity.kind))
    .flatMap((m) => [m.start, ...(m.others ?? []).map((o) => o.start)])
    .reduce((last, at) => Math.max(last, at), -1);
  const ownerSentence = lastOwner < 0 ? undefined : sentenceAround(reading.text, lastOwner);
  if (ownerSentence !== undefined && !OUR_OWN.test(ownerSentence) && !BACK_TO_IT.test(ownerSentence))
    for (const [i, a] of roled.entries()) {
      const own = sentenceAround(reading.text, a.start);
      if (a.role !== 'aside' && !figures.has(a.value) && own !== ownerSentence && OUR_OWN.test(own))
        roled[i] = { ...a, role: 'aside' };
    }
  // ("how many 8-GPU HGX boxes", "幾多部8卡伺服器": the 8 names the server, no count to work with, when
  // servers are what is counted; "the GPU cost of one 8-GPU node" prices its 8.)
  if (SERVERS_COUNTED.test(reading.text))
    for (const [i, a] of roled.entries())
      if (
        a.role === 'count' &&
        (SERVER_SIZE_AFTER.test(reading.text.slice(a.end, a.end + 32)) ||
          // ("if each HGX box holds 8 GPUs, how many boxes…": what one server holds.)
          SERVER_HOLDS_BEFORE.test(reading.text.slice(Math.max(0, a.start - 32), a.start)))
      )
        roled[i] = { ...a, role: 'aside' };
  // "（我知道文章用的是三萬五啦）": the article's price said as the article's is that price, not a count.
  for (const [i, a] of roled.entries())
    if (
      a.role !== 'price' &&
      !a.gpus &&
      isArticles(a) &&
      (ARTICLES_OWN.test(reading.text.slice(Math.max(0, a.start - 16), a.start)) ||
        // ("how much does an A100 cost compared to the H100's ~35k?": the GPU's own price.)
        GPUS_OWN.test(reading.text.slice(Math.max(0, a.start - 16), a.start)))
    )
      roled[i] = { ...a, role: 'price' };
  // ("降价 20%，单价从三万五降到多少", "平咗三成, 3.5 萬變幾多"): where the price moves by a percentage, the
  // article's price said bare is that price, not 35,000 GPUs. (The move reads the percentages alone,
  // which no rule from here on re-roles.)
  const priceChange = priceChangeOf(roled, reading.text);
  if (priceChange !== undefined)
    for (const [i, a] of roled.entries())
      if (a.role === 'count' && !a.gpus && isArticles(a)) roled[i] = { ...a, role: 'price' };
  // "if H100s are actually 30k not 35k, what's the 432k worth": in a question of worth, an amount set
  // against the article's price is a price, as that price is.
  if (has('value'))
    for (const [i, a] of roled.entries()) {
      const b = roled[i + 1];
      if (b === undefined || a.gpus || b.gpus || a.yuan || b.yuan) continue;
      if (!(isArticles(a) || isArticles(b))) continue;
      if (!INSTEAD_OF_PRICE.test(reading.text.slice(a.end, b.start))) continue;
      roled[i] = { ...a, role: 'price' };
      roled[i + 1] = { ...b, role: 'price' };
    }
  // "the article uses ~35k per card but at 28k…": of several prices, the user's own is the one that
  // is not the article's.
  // ("whats one h100 go for? someone in #general said like forty grand": a price heard, in a sentence
  // that asks nothing, is put up against the article's, not worked with.)
  const asking = earlyAsking;
  // ("he keeps saying 'forty grand a card'. At that price, …" works with it.)
  const usedAfter = THAT_PRICE.test(reading.text);
  const prices = roled.filter(
    (a) => a.role === 'price' && (usedAfter || !(saidByOthers(reading.text, a.start) && !asking.at(a.start))),
  );
  const price = prices.length > 1 ? (prices.find((a) => !isArticles(a)) ?? prices[0]) : prices[0];
  const rate = roled.find((a) => a.role === 'rate');
  // (Counts said of the names a "what about" turns from are theirs: "azure having 10-40k, what about oracle".)
  const turnedFrom = named !== scoped && about !== null ? about.index : -1;
  const counts = roled.filter((a) => a.role === 'count' && a.start >= turnedFrom);
  const text = reading.text;
  // "for training specifically? not inference": a workload named only to be set aside.
  const setAside = WORKLOAD_SET_ASIDE.exec(text)?.groups;
  const training = has('training') && (setAside?.training ?? setAside?.training2) === undefined;
  const inference = has('inference') && (setAside?.inference ?? setAside?.inference2) === undefined;
  // ("how much faster for training specifically? someone said 3.5x but that was the inference number, not
  // training": the one workload named where the message asks is the one asked.)
  const saysWhereAsked = (cue: CueGroup) =>
    (reading.cueWords.get(cue) ?? []).some((w) => earlyAsking.says(w, true));
  const askedTraining = saysWhereAsked('training');
  const askedInference = saysWhereAsked('inference');
  const setAsideTraining = (setAside?.training ?? setAside?.training2) !== undefined;
  const setAsideInference = (setAside?.inference ?? setAside?.inference2) !== undefined;
  // ("换算成训练的…? 不对, 我是说推理": the workload put in place of the one taken back.)
  const correctedTo = (cue: CueGroup) => saidAfterTakeBack(text, reading.cueWords.get(cue) ?? []);
  const correctedTraining = correctedTo('training');
  const correctedInference = correctedTo('inference');
  const workload =
    correctedTraining !== correctedInference
      ? correctedTraining
        ? 'training'
        : 'inference'
      : askedTraining && !askedInference && setAsideTraining
        ? 'training'
        : askedInference && !askedTraining && setAsideInference
          ? 'inference'
          : training && !inference
            ? 'training'
            : inference && !training
              ? 'inference'
              : undefined;
  // "Trained on", "used", "手上" say holdings even beside a demand word ("not asking what they want");
  // a bare "has" does only when nothing asks about demand ("which company has the most demand").
  // "not want, own", "不是要的, 是手上有的": demand named only to be set aside.
  // (Where the message asks: "our reserved instances got pushed back AGAIN. … how many does each of the
  // big clouds need?" asks a need; the reserved instances are the user's.)
  const holdsFirmly = STRONG_HOLDING.test(asking.text) || NOT_DEMAND.test(text);
  const holdsLoosely = (reading.cueWords.get('holdings') ?? []).some((w) => HOLD_WORDS.has(w));
  // The article counts A100s only as holdings: "meta + tesla, total a100s?" asks what they have.
  const a100Only = gpus.some((g) => g.id === 'a100') && !gpus.some((g) => g.id === 'h100');
  // Only holdings come as ranges ("give me the range", "range 是多少").
  // "Give me the low end and the high end" names both: no one end.
  const high = HIGH_END.test(text);
  const low = LOW_END.test(text);
  // ("give me low and high", "高低都要": both ends, no one of them.)
  const bothEnds = /\blow\b[^.?]{0,20}\bhigh\b|\bhigh\b[^.?]{0,20}\blow\b|高低|上下限/u.test(text);
  const bound = bothEnds ? undefined : high && !low ? 'high' : low && !high ? 'low' : undefined;
  // ("Musk's upper estimate for GPT-5" picks an end of a need, not of a holding.)
  const endOfEstimate = /\b(?:upper|lower|high(?:er)?|low) (?:estimate|number|figure)\b/u.test(text);
  const asksRange =
    (/\brange\b|范围|区间|上下限/u.test(text) ||
      // (A model's range may be a need: "the low end of what gpt-5 might need".)
      ((bound !== undefined || /\blow end\b|\bhigh end\b/u.test(text)) &&
        !endOfEstimate &&
        !named.some((e) => e.kind === 'model'))) &&
    !has('demand');
  // A demand word in chatter around the question ("…each have? want a single number for a slide") asks
  // nothing when the question itself asks what they have; with no word either way there, it counts.
  const askedCue = (cue: CueGroup) => (reading.cueWords.get(cue) ?? []).some((w) => asking.says(w));
  const demandAsked = askedCue('demand') || (has('demand') && !askedCue('holdings'));
  // ("which company has the biggest number in the 432k tally": the article's total is a sum of demand.)
  const { totalDemand, gap } = articleFigures(ctx.kb);
  const demandTotalSaid = reading.numbers.some((n) => n.value === totalDemand || n.value === gap);
  // ("Google Cloud has ~25k H100s and CoreWeave has 35-40k on order. Together?": the figures quoted are
  // what the names hold, none what they want.)
  const figuresOf = (topic: 'holdings' | 'demand') =>
    ctx.kb.facts.flatMap((f) =>
      f.topic === topic && f.quantity !== undefined && named.some((e) => e.id === f.subject)
        ? endsOfQuantity(f.quantity)
        : [],
    );
  const quotedAs = (values: readonly number[]) => reading.numbers.some((n) => values.includes(n.value));
  const holdingsQuoted =
    named.length > 1 &&
    // ("假如甲骨文只要1万张，三大云加甲骨文一共要多少": a want said outright sets the count as wanted.)
    !demandAsked &&
    quotedAs(figuresOf('holdings')) &&
    !quotedAs(figuresOf('demand'));
  const measure =
    holdsFirmly || asksRange || holdingsQuoted
      ? 'holdings'
      : // ("total A100s across meta, tesla and stability? want one number for a tweet": a want in the
        // chatter after asks nothing.)
        // ("那批 A100 如果 4 卡一台, 要几台": the 要 of servers needed wants no GPUs.)
        a100Only && (!askedCue('demand') || SERVERS_WANTED_ONLY.test(text))
        ? 'holdings'
        : demandAsked || (holdsLoosely && demandTotalSaid)
          ? 'demand'
          : holdsLoosely
            ? 'holdings'
            : reading.measure;
  return {
    reading,
    named,
    excluded,
    ...(scenario === undefined ? {} : { scenario }),
    gpus,
    amounts: roled,
    ...(price === undefined ? {} : { price }),
    ...(rate === undefined ? {} : { rate }),
    counts,
    ...(workload === undefined ? {} : { workload }),
    // ("…想看看有没有同行也在用, 心里踏实一点。用谷歌云的公司有哪些?": a yes/no word in the context
    // before the question does not make the question one.)
    yesNo: yesNoAsked(text, asking.text),
    ...(measure === undefined ? {} : { measure }),
    ...(bound === undefined ? {} : { bound }),
    ...(priceChange === undefined ? {} : { priceChange }),
    asking,
    has,
    ofKind: (...kinds) => named.filter((e) => kinds.includes(e.kind)),
  };
}

// ("如果H100再漲15%呢": the GPU's own rise is its price's.)
const PRICE_WORD =
  /(?:h100|a100)s?\s*(?:的)?\s*(?:再|又)?\s*(?:涨|降|跌)|price|priced|cost|单价|价格|价钱|价位|售价|降价|减价|涨价|加价|打折|每张|每块|per[- ](?:card|gpu|unit)|卖|sell|sold|平咗|平左|平了|便宜|\bcheaper\b|\bpricier\b|\bgo(?:es)? for\b|\bknock(?:s|ed)?\b/u;
const CUT =
  /降|减|便宜|平咗|平左|平了|平(?=\s*[\d.]+\s*%)|打折|折扣|下降|下跌|跌|(?<!多)少|\boff\b|\bdiscount|\bcut\b|\bdrops?\b|\bdropped\b|\blower\b|\bminus\b|\bless\b|\bcheaper\b|\bfalls?\b|\bfell\b|\bdown\b|\breduced?\b|\bslid(?:es|e)?\b|\bsinks?\b|\bsank\b|\btumbl(?:es?|ed)\b|\bdips?\b|\bdipped\b/u;
const RISE =
  /涨|贵|上涨|加价|溢价|提高|(?<!最|至)多(?!少|$|买|買)|\bmore expensive\b|\bhigher\b|\brises?\b|\brose\b|\bup\b|\bplus\b|\bmarkup\b|\bincrease|\bjump(?:s|ed)?\b|\bclimb(?:s|ed)?\b|\bspike[sd]?\b|\bsoar(?:s|ed)?\b|\bbump(?:s|ed)?\b|\braise[sd]?\b|\bhike[sd]?\b/u;

/**
 * A percentage said of the price ("the article's price minus 20%", "单价降 20%", "涨了10%"): signed,
 * negative for a cut. Undefined when no percentage is tied to a price word and a direction.
 */
function priceChangeOf(amounts: readonly RoledAmount[], text: string): number | undefined {
  if (!PRICE_WORD.test(text)) return undefined;
  for (const a of amounts) {
    if (a.role !== 'percent' || a.value <= 0) continue;
    // ("bumps H100 pricing by 10%": the verb a few words before.)
    const near = text.slice(Math.max(0, a.start - 24), a.end + 12);
    const cut = CUT.test(near);
    const rise = RISE.test(near);
    if (cut !== rise) return cut ? -a.value : a.value;
  }
  // ("if the H100 price got cut in half": a factor said of the price, as a percentage.)
  if (PRICE_HALVED.test(text)) return -50;
  if (PRICE_DOUBLED.test(text)) return 100;
  return undefined;
}

/** A value word right before "at": "worth at 30k", "valued at 25k" price, whatever the number. */
// ("the street price is actually 30k": a price said as one, though 30k is also a count of the article's.)
const VALUED_AT =
  /\b(?:worth|valued?|costs?|costing|priced?)\s+(?:at|@)\s*$|\bprices?\s*(?:is|was|were|are|=|:|would be|will be|'s|’s)\s*(?:actually|really|just|only|now|more like|closer to|like|probably)?\s*\$?$|\bprices?\s+(?:drops?|dropped|falls?|fell|goes (?:up|down)|went (?:up|down)|rises?|rose)\s+to\s*\$?$|(?:售价|价格|单价|价钱)\s*(?:(?:再)?[降跌涨升]到|降至|变成|改成|是|为)\s*$|(?:涨价|降价|加价|减价|跌价)(?:到|至)\s*$|(?:价值|值多少钱?|总值|总价)\s*[,，]?\s*按\s*$/u;

// One end of a range, said outright: "上限", "the upper bound", "at the high end", "最多按…算".
// ("上下限都算" names both ends.)
const HIGH_END =
  /上限|上下限|上界|最高值|高的那头|高端|\bhigh and low\b|\bupper (?:bound|end|limit|number|figure|estimate)\b|\b(?:high(?:er)?|top)[- ]end\b|\btop[- ]of[- ](?:the[- ])?range\b|\bhigh(?:er)? (?:estimate|number|figure)\b|\btop (?:estimate|number|figure)\b|\btop (?:of the|end of the) range\b|\bat (?:the )?most\b|\bceiling\b|\bbest case\b|最多按|按最多/u;
const LOW_END =
  /下限|下界|最低值|低的那头|低端|\blow and high\b|\blower (?:bound|end|limit|number|figure|estimate)\b|\blow(?:er)?[- ]end\b|\blow (?:estimate|number|figure)\b|\bbottom (?:of the|end of the) range\b|\bworst case\b|最少按|按最少/u;

/** "这四家", "these three": the names just listed, pointed at by their number. */
const THESE_N =
  /(?:这|這|那)\s*(?<zh>[两兩三四五2345])\s*(?:家|间|間|个|個)|\bthese (?<en>two|three|four|five)\b/u;

/**
 * The names "这四家" / "these four" point at: the last so many companies or clouds listed right before
 * it ("OpenAI 要5万张, Anthropic 要1万张, 那 Anthropic、Helsing、Mistral、Character 这四家一共要多少"),
 * when that many are named before it and more are named in all; undefined otherwise.
 */
function theseNamed(reading: Reading, picked: readonly Entity[]): readonly Entity[] | undefined {
  const these = THESE_N.exec(reading.text);
  const word = these?.groups?.zh ?? these?.groups?.en;
  const count = word === undefined ? undefined : smallNumber(word);
  if (these === null || count === undefined || picked.length <= count) return undefined;
  const before = reading.entities
    .flatMap((m) => [m, ...(m.others ?? []).map((o) => ({ ...o, entity: m.entity }))])
    .filter((m) => m.start >= 0 && m.start < these.index && OWNER_KINDS.has(m.entity.kind))
    .sort((a, b) => a.start - b.start);
  // (Names added after it are counted with them: "这四家各要一万张, 再加 Inflection, 总共多少".)
  const after = reading.entities.some(
    (m) =>
      OWNER_KINDS.has(m.entity.kind) &&
      [m.start, ...(m.others ?? []).map((o) => o.start)].some((at) => at > these.index),
  );
  const last = [...new Set(before.slice(-count).map((m) => m.entity))];
  return !after && last.length === count && last.every((e) => picked.includes(e)) ? last : undefined;
}

/** Names added to one another: "A plus B", "A 加 B", "A + B". */
const ADDED = /\bplus\b|\band\b|\+|加上?|加埋|同埋|和/u;

/** Asking past what was named: "who else", "还有谁". */
const WHO_ELSE =
  /\bwho else\b|\bwhich others\b|\bany others\b|\banyone else\b|还有谁|还有哪些|还有哪家|还有别的/u;

/** Where a supposition opens: "要是", "what if", "如果". */
const SUPPOSING = /要是|如果|假如|假设|\bwhat if\b|\bif\b|\bsuppose\b|\bassuming\b/gu;

/**
 * Of two figures, the one said after the last supposition, when exactly one is, or the one it names
 * ("if i use meta's bigger number instead").
 */
function supposedFigure(reading: Reading, low: number, high: number): number | undefined {
  const opens = [...reading.text.matchAll(SUPPOSING)].at(-1)?.index;
  if (opens === undefined) return undefined;
  const said = new Set(
    reading.numbers
      .filter(
        (n) =>
          n.start > opens &&
          (n.value === low || n.value === high) &&
          // ("use the lower meta number, not the 100k rumor": a figure set aside is not the one supposed.)
          !SET_ASIDE_BEFORE.test(reading.text.slice(Math.max(0, n.start - 16), n.start)) &&
          // ("把 Meta 的 2.5 万换成 10 万": the figure changed from.)
          !SWAPPED_AFTER.test(reading.text.slice(n.end, n.end + 8)),
      )
      .map((n) => n.value),
  );
  if (said.size === 1) return [...said][0];
  if (said.size > 1) return undefined;
  const rest = reading.text.slice(opens);
  const higher = HIGHER.test(rest);
  return higher === LOWER.test(rest) ? undefined : higher ? high : low;
}

/** Said right after the figure a change starts from: "2.5 万换成 10 万". */
const SWAPPED_AFTER = /^\s*(?:张|張)?\s*(?:换成|換成|改成|变成|變成|换为|改为|替换成)/u;

/** What a question says to point back at a name before it: "it", "them", "there", "the same", "它". */
const POINTS_BACK =
  /\b(?:it|its|them|they|those|these|same|that one|this one|that cloud(?! list)|that company)\b|它|他们|他們|佢|那家|这家|這家|同一|一样|一樣/u;

/** Groups set against each other as wholes: "which group", "哪一组", "…at 100k total". */
const GROUPS_AS_WHOLES =
  /\bwhich (?:group|side|bunch|camp)\b|\bgroups\b|哪(?:一|个)?(?:组|組|边|邊|类|類)|\b\d+\s*k?\s*(?:total|combined|in total)\b|(?:总共|合计|合計|一共)\s*\d/u;

/** Whether `at` stands inside quotation marks: "posted 'GPT-5 will need a million H100s'". */
function inQuotes(text: string, at: number): boolean {
  for (const m of text.matchAll(/「[^」]*」|“[^”]*”|"[^"]*"|(?<![A-Za-z])'[^']*'(?![A-Za-z])/gu))
    if (at > m.index && at < m.index + m[0].length) return true;
  return false;
}

/** A figure someone said, taken up: "at that many", "is that right?", "照这个数". */
/** Kinds of entity a question asks of: those with figures of their own. */
export const OWNER_KINDS: ReadonlySet<string> = new Set(['company', 'cloud', 'group']);
/** The writer and their team: "we", "our", "我们". */
const OUR_OWN = /\b(?:we|we're|we've|our|ours|us|i|i'm|i've|my|me)\b|我们|我們|咱们|咱們|我哋|我/u;
/** Words taking up what was said before: "is that enough", "with it", "这些", "那个数". */
const BACK_TO_IT =
  /\b(?:that|it|those|this|them|these|which)\b|这些|這些|那些|这个数|這個數|那个数|那個數|这样|這樣|它|够不够|夠不夠/u;

/** The sentence of `text` around `at` (a decimal point ends none). */
function sentenceAround(text: string, at: number): string {
  const before = text.slice(0, at);
  let start = 0;
  for (const m of before.matchAll(/[。！？]|[.!?](?:\s|$)/gu)) start = m.index + m[0].length;
  const end = text.slice(at).search(/[。！？]|[.!?](?:\s|$)/u);
  return text.slice(start, end < 0 ? undefined : at + end);
}

const TAKEN_UP =
  /\b(?:at|if|with|using|use|take|taking) (?:that|those|this|their|his|her|the(?:ir)? (?:same )?)(?: many| number| figure| count| estimate)?\b|\b(?:is|was|are) (?:that|it|this|he|she|they) (?:right|correct|true|accurate|legit|off|wrong)\b|\b(?:that's|thats) (?:right|correct|true|not a lie|a lie|wrong|off)\b|按(?:这|那|他|她)|照(?:这|那)|(?:这|那)个数/u;

/** A figure set aside, said just before it: "not the", "instead of", "而不是", "别用", "swap meta's … for". */
const SET_ASIDE_BEFORE =
  /(?:\bnot|\binstead of|\brather than|\bignore|\bwithout|\bforget|\bswap(?:ping)?(?: out)?|\breplac(?:e|ing)|\bsubstitut(?:e|ing)|而不是|而非|不是|不要|别用|別用|不用|不按|不算|不计|换掉|替换掉?)\s*(?:the\s+|that\s+|meta(?:'s|’s)?\s+|meta\s*(?:的|想要|要)?\s*)?['‘“"「]?\s*(?:a\s+)?$/u;

/** A group said as one of its members: "one big cloud like AWS", "一家大云比如 AWS". */
/** Between a group and the one of it meant: "大型云厂商里 Azure", "the big clouds, e.g. Azure". */
const AMONG_BETWEEN =
  /^\s*(?:里|裡|中|之中|当中|當中|里面|裡面|里头|裡頭|入面|嘅|之一的|,?\s*(?:e\.g\.|like|such as|say|namely)|[(（]\s*(?:如|比如|例如)?)\s*$/u;

const ONE_OF_BEFORE = /(?:\b(?:one|a|any|single|some)|一家|一个|某家|某个)\s*$/u;

/** A choice between two: "2.5万还是10万", "25k or 100k". */
const EITHER = /还是|還是|\bor\b|\bvs\.?\b|\bwhich\b|哪个|哪一个/u;

/** A change said right after a name: "inflection doubles its ask", "OpenAI 需求翻倍", "meta cuts to 50k". */
const CHANGED_AFTER =
  /^\s*(?:'s\s+)?(?:(?:ask|demand|order|need)s?\s+)?(?:doubles?|doubled|triples?|tripled|quadruples?|halves|halved|cuts?|slashes|grows?|jumps?|goes from|went from|drops? (?:out|to)|dropped (?:out|to)|(?:(?:的)?(?:需求|订单|要的)?\s*)(?:翻倍|翻番|翻了|减半|砍半|砍一半|从\s*\d))/u;

/** "the other", "其他": the rest of a group, after some of its members. */
// ("Lambda 同 CoreWeave 等私有雲": "etc." says the group is more than the members listed.)
const OTHERS_OF =
  /(?:其他|其余|其它|另外的|等|之类的?|\bother\b|\bthe rest of\b|\ball the\b|\betc\.?|\band (?:the )?like\b)\s*(?:的)?\s*$/u;

/** A possessive right before a GPU's name: "的 H100", "嘅 h100", "'s H100s". */
const BRAND_OF_GPU = /^\s*(?:家的|家|的|嘅|'s|’s)\s*(?:h100|a100|h800|gpu)/u;

/** A follow-up turning to another name: "what about Oracle", "how about AWS", "那 Oracle 呢". */
// ("文章里有 GCP 和 Azure 的, AWS 的呢": a last clause ending in 呢 turns to what it names.)
const WHAT_ABOUT =
  /\b(?:what|how) about\b|那\s*(?=[^，,。?？]{1,20}呢)|[,，]\s*(?=[^，,。?？]{1,20}呢\s*[?？]?\s*$)/u;

// ("if meta were only 25k, whats openai's share": a supposition sets the figure too.)
const SETTING =
  /\b(?:go with|going with|use|using|assume|assuming|with|counting|take|if|say|suppose|supposing)\b[^,.?]{0,18}$|如果|假设|假設|假如|假使|要是|按\s*$/u;
/** Everyone's total asked after a figure is set: "…, whats the total", "总需求多少". */
const TOTAL_AFTER =
  /[,，]?\s*(?:what(?:'s|s| is)? |and )?(?:the |grand )?total\b|總需求|总需求|总数|總數|總共|总共|合计|合計/u;
const PORTION = /\bshare\b|%|\bpercent|\bfraction\b|占比|比例|百分|几成|幾成|多少成|占多少|佔多少|占几|佔幾/u;
const LOWER =
  /\b(?:lower|smaller|main|conservative|low|lowball|low-ball|lowest|base|baseline|primary)\b|较低|低的|小的|主要|保守|基础|基礎/u;
const HIGHER =
  /\b(?:higher|bigger|larger|high)\b(?! than)|\brumou?r(?:ed|s)?\b|\bsome say\b|较高|高的|大的|传闻|傳聞|传言|傳言|有人说|有人說|据说|據說/u;
/** Questions over everyone: rankings, the largest single company. */
const OVER_EVERYONE =
  /\btop\b|\bmost\b|\bleast\b|\brank|\bbiggest\b|\blargest\b|\bwhich compan|最大|最多|最少|排名|排序|哪家|哪个公司|单一公司|單一公司/u;

/** How far apart two names must stand to be two phrases, not one ("the big four hyperscalers"). */
const APART = 8;

/**
 * "not the private cloud total", "not the combined private clouds number": the group's figure set aside
 * as not what is asked, not the group left out of a sum.
 */
// ("不算 Meta 想要10万那个说法": its one figure set aside, not the name.)
const ITS_FIGURE_AFTER =
  /^(?:'s|’s|s)?\s*(?:total|combined|number|figure|sum|tally|line item)\b|^\s*(?:想要|要|的)?\s*[\d.]+\s*万?\s*(?:张)?\s*(?:那个|这个|的)?\s*(?:说法|数字|数|估计|版本|口径)/u;
const EXCLUDING =
  /(?:(?<!算)不算|不含|不包括|不计|除了|除去|去掉|拿掉|扣掉|扣除|减去|踢掉|排除|剔除|\bexcluding|\bexcl\.?|\bexcept(?: for)?|\bbesides|\bother than|\bapart from|\bseparate(?:ly)? from|\bdistinct from|\baside from|\bskip(?:ping)?|\bnot counting|\bignor(?:e|ing)|\bdisregard(?:ing)?|\b(?:setting|leaving|putting) aside|\bwithout|\bbut not|\bleaving out|\bleave out|\bdrop(?:ping)?|\bremov(?:e|ing)|\bstrip(?:ping)?(?: out)?(?: all)?|\btake out|\btaking out|\bkick out|(?:^|[(（,，;])\s*not|\bbut not)\s*(?:all\s+)?(?:(?:the|of the)\s+)?$/u;
/**
 * "All the clouds minus Oracle", "the 432k minus Meta": left out of many. "OpenAI minus Inflection" is a
 * subtraction, one figure less another.
 */
const MINUS_FROM_MANY =
  /(?:\ball\b|\btotal\b|\beveryone\b|\beverything\b|\bclouds\b|\bcompanies\b|\bgroup\b|\blist\b|432|总|所有|全部|各家)[^?]{0,40}\bminus\s*(?:the\s+)?$/u;

/** Later in a list that follows an excluding word: "不算云厂商、私有云", "excluding the clouds and CoreWeave". */
const EXCLUDED_LIST =
  /(?:(?<!算)不算|不含|不包括|不计|除了|除去|\bexcluding|\bexcept(?: for)?|\bbesides|\bother than|\bapart from|\bseparate(?:ly)? from|\baside from|\bnot counting|\bwithout)[^,，;；?？()（）]{1,12}(?:[、/&]|和|与|及|\band\b|\bor\b)\s*(?:the\s+)?$/u;

/** A figure set for the name just said: "Meta 用 2.5 万", "meta at 25k", "Meta 按2.5万". */
const FIGURE_SET_AFTER = /^\s*(?:用|按|算|取|at|@|=|:|：)\s*\d/u;

/** Between two names of one list: "Anthropic、Helsing", "Azure, AWS and Oracle". */
const LIST_JOINT = /^\s*(?:[、,，/&+]|\band\b|\bor\b|和|与|及|或|跟|同)\s*(?:\band\b)?\s*(?:the\s+)?$/u;
const LEAVE_BEFORE =
  /\b(?:leave|leaving|take|taking|keep|keeping|count|counting|cut|cutting|kick|kicking|pull|pulling|rip|ripping|yank|yanking|drop|dropping|strip|stripping)\s+(?:(?:the|that|this|those|these)\s+)?(?:(?:whole|entire|full)\s+)?$/u;
/** An aside in brackets: "（按 10 万那个）", "(the 100k one)". */
const BRACKETED = /[(（][^)）]{0,24}[)）]/gu;
const EXCLUDED_AFTER =
  /^[^,，。.?？]{0,10}?(?:不算进去|不算在内|不算进|不算入|不计入|不纳入|不算(?=[,，。?？\s]|$|的话)|不计(?=[,，。?？\s]|$|的话)|除外|拿掉|去掉|删掉|扣掉|踢掉|排除在外|(?<![还還也都])不要了|(?<![还還也都])不要(?=[,，。?？]|$|的话)|\bexcluded\b|\bleft out\b|\bremoved\b|\bdropped\b|\bdrops? (?:off|out)\b|\bfalls? off\b|\bgets? (?:cut(?! (?:in half|by|to|down))|kicked out|booted)\b|\bpulls? out\b|\bbows? out\b|\bwalks? away\b|退出|掉出|出局)/u;

const WORKLOAD_SET_ASIDE =
  /\b(?:not|rather than|instead of)\s+(?:for\s+)?(?:(?<inference>inference|inferencing)|(?<training>training))\b|(?:不是|不要|不算|而不是|不问)\s*(?:问|說|说|算)?\s*(?:(?<inference2>推理)|(?<training2>训练))/u;

/** The only want said is of servers: "要几台", "要多少部". */
const SERVERS_WANTED_ONLY =
  /^(?:(?!想要|需要|需求|\bwants?\b|\bneeds?\b|\bdemand\b)[\s\S])*要\s*(?:几|幾|多少)\s*(?:台|部|臺)(?:(?!想要|需要|需求|\bwants?\b|\bneeds?\b|\bdemand\b)[\s\S])*$/u;

const STRONG_HOLDING =
  /\bstash(?:es)?\b|\bstockpiles?\b|\binventory\b|\bhoard(?:s|ed)?\b|库存|庫存|存量|到货|到貨|到手|\bdelivered\b|\breceived\b|\breceiv(?:e|es|ing)\b|\btake delivery\b|\breserved\b|\bfleet\b|现有|保有|\bpre-?ordered\b|\bon order\b|预定|预订|订了|订的|拥有|持有|有多少|有几|有\s*\d|囤|现货|手上|手里|手头|(?<![引应採采运利费信])用了|(?:模型|model)[^,，。?？]{0,4}用的|\bsitting on\b|\bin hand\b|\bon hand\b|\b(?:actually|currently|already) (?:have|has|own|hold)\b|\b(?:current|existing)\s+(?:h100|a100|gpu|card)s?\b|\b(?:have|has|own|hold) (?:right )?now\b|\btrained\b.{0,40}\b(?:on|with)\b|\bused\b|训练.{0,10}(?:用|在)|在.{0,12}上.{0,4}训练|(?:'s|’s) (?:h100s? |gpus? )?booking\b/u;

const INSTEAD_OF_PRICE =
  /^\s*(?:each|apiece|a piece|a pop|per (?:gpu|card|unit)|一张|一块|每张)?\s*[,，]?\s*(?:instead of|rather than|not|vs\.?|versus|而不是|而非|不是|不按|代替|比按|比)\s*(?:the |the article's |article's |文章的)?\s*(?:~|about |around |roughly |approx\.? |约|大约)?\s*$/u;

/** A price moved: "from 35k to 30k", "从3.5万降到3万", with a word of price or saving about. */
const FROM_BEFORE = /(?:\bfrom|从|從|由)\s*(?:\$)?\s*$/u;
const TO_BETWEEN = /^\s*(?:to|->|→|降到|跌到|降至|变成|變成|到)\s*(?:\$)?\s*$/u;
const PRICE_TALK = /\bcheaper\b|\bprice|\bcosts?\b|\bsave|\bsaving|\bworth\b|便宜|价|價|省|贵|貴/u;

const PRICE_LIST = /^\s*(?:美元|美金|刀)?\s*(?:和|与|與|或|还是|還是|跟|\band\b|\bor\b|\/)\s*(?:each )?$/u;

/** A count said as a measure's: "demand at 500k", "its ask at 60k", "需求按10万". */
const MEASURE_AT =
  /\b(?:demand|needs?|ask|asks|order|orders|holdings?|fleet|stash)\s+(?:at|as|to be|is|=)\s*(?:about|around|like|~)?\s*$/u;

/** Where something is taken out of: "从大型云厂商里去掉", "from the big clouds". */
const TAKEN_FROM = /(?:从|從|\bfrom)\s*(?:the\s+)?$/u;

/** The names before counted as a set: "这两家", "these two", "both of them". */
export const THESE_COUNTED = /这(?:两|三|几)家|\bthese (?:two|three)\b|\bboth of them\b|\bthe two of them\b/u;

const SCOPE_BEFORE = /(?:用|使用|用紧|用緊|\bon|\busing|\buse)\s*$/u;
const SCOPE_AFTER =
  /^\s*(?:的|嘅)?\s*(?:ai\s*)?(?:公司|客户|客戶|用户|用戶|\bcompanies\b|\bcustomers\b|\busers\b|\bclients\b)/u;

/** Demand named only to be set aside: "not what it wants", "(not asking what it wants)", "不是问它想要多少". */
export const NOT_DEMAND =
  /\bnot (?:asking (?:about )?)?(?:want|wants|wanted|demand|need|needs|the demand|what (?:it|they) (?:wants?|needs?)|how many (?:it|they) (?:wants?|needs?))\b|不是(?:要的|需求|想要)|(?:不是|唔系|唔係)[问問].{0,4}(?:想要|要|需要)/u;

const HOLD_WORDS: ReadonlySet<string> = new Set(OWNING);

/** Words before a bar: "over 1000", "more than 100", "超过1000". */
const BAR_BEFORE = /(?:\bover|\bmore than|\bat least|\babove|超过|超過|至少|多于|多於)\s*$/u;

// "1,000+", "100 张以上", "1000 or more": a bar a list is drawn at, not anyone's count. ("25k + coreweave"
// adds: a plus set apart from the number.)
const THRESHOLD_AFTER =
  /^(?:\+|\s*(?:(?:张|張|块|塊|个|個)?(?:以上|或以上|或更多)|(?:h100s?|a100s?|gpus?|cards?)?\s*or (?:more|above)\b|and up\b))/iu;

// An exchange rate: "汇率7.2", "exchange rate of 7.2", "1美元=7.2", "7.2 RMB per dollar", "7.2元兑1美元".
const RATE_BEFORE =
  /(?:汇率|匯率|兑换率|兌換率|\b(?:exchange |fx |conversion )?rate|\bfx|\busd\s*\/?\s*cny|美元兑人民币|美元兌人民幣|(?:1|一)\s*(?:美元|美金|刀|usd|dollar|\$)\s*(?:=|兑|兌|换|換|to|is|equals))\s*(?:按|是|为|為|取|用|算|of|is|at|=|:|约|大约|~)?\s*$/iu;
/** The yuan asked for: "多少人民币", "in rmb". */
export const YUAN_ASKED = /人民币|人民幣|\b(?:rmb|cny|yuan)\b/u;
// The span a dollar's worth of yuan has stood in for years: a plain "at 7.2" in a message asking in
// yuan is an exchange rate.
const YUAN_PER_DOLLAR = { min: 5, max: 9 } as const;
const ONE_UNIT_OF_RATE = /^\s*(?:美金|美元|刀|usd|dollars?|块)?\s*(?:=|兑|兌|换|換|equals\b|to\b)/iu;
const OTHER_CURRENCY_AFTER = /^\s*(?:港|台|新台|日|欧|歐|韩|韓|\b(?:hkd|twd|ntd|jpy|eur|euros?|yen)\b)/iu;
// ("a 7.2 rate", "7.2 的汇率".)
const RATE_AFTER =
  /^\s*(?:(?:exchange |fx )?rate\b|的?(?:汇率|匯率))|^\s*(?:块|塊|元)?\s*(?:人民币|人民幣|rmb|cny|yuan)?\s*(?:per|to the|to a|to one|to 1|a|\/|兑|兌|换|換)\s*(?:1\s*|一\s*)?(?:usd|dollars?|\$|美元|美金|刀)/iu;

// A group's name said as one of it: "one big cloud", "a single hyperscaler".
const ONE_OF_GROUP = /^(?:one|a single|a|an)\s/u;
/** One of a group said after its name: "四大云里单独一家", "the big clouds, any single one". */
const ONE_OF_AFTER =
  /^\s*(?:里|里面|中|之中|当中|其中|里头)?\s*(?:的)?(?:单独|单|任何|任意|随便|其中)?(?:一家|一个|一朵)|^\s*,?\s*(?:any|each) (?:single )?one\b/u;
/** A GPU's own, said before its price: "the H100's ~35k", "H100 的 3.5 万". */
const GPUS_OWN = /\b(?:h100|a100|h800)(?:'s|’s)\s*~?\s*\$?\s*$|(?:h100|a100|h800)\s*(?:的|嘅)\s*$/u;

/** The article's own figure, said as such: "文章用的是", "the article uses", "the article's". */
const ARTICLES_OWN =
  /(?:文章|原文|文中)(?:里|中|裡)?(?:(?:用|说|說|写|寫|按|给|給|讲|講)(?:的|了)?(?:是|了)?|的)\s*$|\b(?:article|author|gpu utils)(?:'s|’s| uses| used| says| said| goes with| went with| assumes)\s*(?:the\s+)?\$?\s*$/u;
/** A group named by what each of it wants: "the 10k-each group", "those ~30k each clouds", "the 'maybe 10k each' companies". */
const EACH_GROUP_AFTER =
  /^\s*-?\s*(?:each|apiece|a piece)\s*-?\s*['"’”」)]?\s*(?:group|startups?|compan(?:y|ies)|bunch|crowd|tier|club|ones|guys|gang|list|bucket|cohort|clouds?|hyperscalers?|labs?|names|players|folks)\b/u;
/** "each" right after an amount: "their 30k each". */
const EACH_AFTER = /^\s*(?:h100s?\s*)?(?:each|apiece|a piece)\b/u;
/** A word of price right before an amount: "at 30k", "每张3万", "$". */
const PRICED_BEFORE =
  /(?:\bat|@|每张|每張|一张|一張|按|\$|\bprice[sd]?|\bcosts?|\bfor)\s*(?:about|around|~)?\s*$/u;
/** A count said of each member, right after the group's name: "30k each", "各3万". */
const COUNT_EACH_AFTER =
  /^\s*(?:(?:wants?|needs?|at|@|要|需要)\s*)?[\d.,]+\s*(?:k|万|萬|千)?\s*(?:h100s?\s*)?(?:each|apiece|a piece|per cloud|每家|一家)(?![a-z])/u;
const SENTENCE_END = /[。！？]|[.!?](?:\s|$)/u;
/** A clause turning to what is asked, right before a name: "…, 那 Oracle", "…, so what about oracle". */
const TURNS_TO = /[,，;；]\s*(?:那|那么|咁|所以|\bso\b|\bbut\b|\bwhat about\b)\s*$/u;
const KUAI_AFTER = /^\s*[块塊]/u;
const KUAI_IS_YUAN_FROM = 100_000;
const OF_THEM_AFTER = /^\s*of (?:them|those|these|'em|’em)\b/u;

const ONE_PRICED_BEFORE =
  /\b(?:an?|one|each|per|every) (?:h100|a100|card|gpu|unit)s? (?:was|is|were|are|at|costs?|goes for|went for|sells for|sold for|priced at)\s*(?:only|just|still|about|around|like|~)?\s*\$?$/u;
// Above what one GPU could cost, a sum is money, not a price: a million dollars (or Hong Kong dollars),
// but a New Taiwan dollar is worth about a thirtieth of one ("一張 H100 要 110 萬台幣" is a price).
const MONEY_FROM: Readonly<Record<string, number>> = { usd: 1_000_000, hkd: 1_000_000, twd: 40_000_000 };

const ONE_PRICED_BEFORE_ZH =
  /(?:一张|每张|一块|每块|一片|每片|一卡|每卡|单价)\s*(?:nvidia\s*)?(?:h100|a100|卡)?\s*(?:按|算|以|是|卖|要|约|大约)*\s*$/u;
const SOLD_FOR_BEFORE = /(?:卖|賣|售价|售價|卖到|涨到|降到|跌到|价格是|价格为)\s*(?:约|大约)?\s*$/u;

/** Words that make the sum after them money: raised, a budget, set aside, 融资. */
const MONEY_BEFORE =
  /(?:\b(?:raised|raising|raise|budget(?:ed)?(?: of| is| was)?|funding(?: of)?|earmarked|set aside|war chest of|spend|spending)|融了|融资了?|融資了?|预算(?:是|有|得|只有|才)?|預算(?:是|有|得|只有|才)?)\s*(?:about|around|like|~|only|just)?\s*$/u;
/** A newcomer's count: "joins at 15k", "came in at 8k", "added at 20k". */
const JOINS_AT =
  /\b(?:joins?|joined|joining|comes? in|came in|coming in|added|adding|enters?|entered|entering|(?:were|was|are|is|got|get) counted)\s+(?:the list\s+)?(?:at|with)\s*$/u;

/** Companies put at a figure: "the labs … at 10k each", "the clouds at 30k". */
const COMPANIES_AT =
  /\b(?:labs?|startups?|companies|firms|clouds|hyperscalers|players|guys|ones)\b[^$\d?.]{0,30}\bat\s*$/u;

/** A price's own unit after the amount: "a pop", "per card", "apiece". */
const PER_CARD_AFTER = /^\s*(?:a pop|apiece|a piece|per (?:card|gpu|unit|h100)|a card|\/card|一张|每张)/u;

/** Words that make the sum before them money: "10 million enough to buy…", "五百万够买…", "1.2千万刚好买400张". */
const MONEY_AFTER =
  /^\s*(?:(?:dollars|bucks|usd)\s*)?(?:be |is |was )?enough (?:to (?:buy|get|cover|pay)|for)\b|^\s*(?:美元|美金|刀)?\s*(?:够|夠)(?:买|買|不够|不夠|吗|嗎)|^\s*(?:美元|美金|刀)?\s*(?:刚好|正好|刚刚|就能|就可以|可以|能)?\s*(?:买|買)(?:到|下)?\s*\d/u;
/** A count of GPUs and a word saying the sum after it is what they cost together. */
const TOTAL_OF_COUNT_BEFORE =
  /(?<![\d.])(?:[2-9]|\d[\d,]+)\s*(?:(?:nvidia\s*)?(?:h100s?|a100s?|gpus?|cards?)\s*(?:would|will|should|could|do|does|can)?\s*(?:for|cost|costs|come to|comes to|run|runs|=)|(?:张|块|片)\s*(?:nvidia\s*)?(?:h100|a100|gpu|卡)?\s*(?:要|花|共|一共|总共|合计|得|需要|=))\s*(?:about|around|roughly|only|just|like|~|约|大约)?\s*\$?\s*$/u;
// (A sum that small is no budget, whatever is said before it: "budget 8 GPUs".)
const MONEY_SAID_FROM = 100_000;

function roleOf(n: NumberMention, reading: Reading): AmountRole {
  if (n.percent) return 'percent';
  if (THRESHOLD_AFTER.test(reading.text.slice(n.end, n.end + 16))) return 'threshold';
  if (n.ratio) return 'ratio';
  // ("一张H100当3.5张A100用": a fraction of a GPU counts no GPUs; it is how many one is worth.)
  // ("10.5 个小时": the 个 is the hour's, a time, not a fraction of a GPU.)
  if (n.gpus && !n.currency && !Number.isInteger(n.value) && n.value < 100 && n.duration === undefined)
    return 'ratio';
  // (No rate between currencies is below 1 yuan or above a hundred: anything else is another amount.)
  // (A rate to another currency, "1 美金 = 7.8 港紙", is none of ours; nor is the "1 美金" it is of.)
  const after = reading.text.slice(n.end, n.end + 20);
  if (n.value === 1 && ONE_UNIT_OF_RATE.test(after)) return 'bare';
  if (
    n.value > 1 &&
    n.value < 100 &&
    (RATE_BEFORE.test(reading.text.slice(Math.max(0, n.start - 16), n.start)) || RATE_AFTER.test(after))
  )
    return OTHER_CURRENCY_AFTER.test(after) ? 'bare' : 'rate';
  // "h100 in rmb at 7.2?": a plain figure a dollar could be worth in yuan, in a message asking in yuan.
  if (
    n.value >= YUAN_PER_DOLLAR.min &&
    n.value <= YUAN_PER_DOLLAR.max &&
    !n.gpus &&
    !n.currency &&
    n.duration === undefined &&
    YUAN_ASKED.test(reading.text) &&
    /(?:\bat|@|按|用|取)\s*$/u.test(reading.text.slice(Math.max(0, n.start - 8), n.start))
  )
    return 'rate';
  if (n.duration !== undefined) return 'duration';
  const before = reading.text.slice(Math.max(0, n.start - 12), n.start);
  // "每张 $20M" is still a price, however absurd: the calculator rejects it with a reason.
  if (n.currency && !n.perUnit && Math.abs(n.value) > (MONEY_FROM[n.foreign ?? 'usd'] ?? 1_000_000))
    return 'money';
  // "A cool 15 bil buys how many?": more than any count of GPUs, and no GPU named, is money.
  if (!n.gpus && n.model === undefined && !n.perUnit && Math.abs(n.value) > MAX_GPU_COUNT) return 'money';
  // "we raised 5 mil", "budget of 2 million", "融了五千万": a sum raised or set aside is money, however
  // many GPUs it could also count.
  if (
    !n.gpus &&
    n.model === undefined &&
    !n.perUnit &&
    Math.abs(n.value) >= MONEY_SAID_FROM &&
    (MONEY_BEFORE.test(reading.text.slice(Math.max(0, n.start - 24), n.start)) ||
      MONEY_AFTER.test(reading.text.slice(n.end, n.end + 24)) ||
      // ("100 H100s for 3.5 million", "100张H100要350万": a sum said of a count of GPUs is what they all cost.)
      TOTAL_OF_COUNT_BEFORE.test(reading.text.slice(Math.max(0, n.start - 40), n.start)))
  )
    return 'money';
  // ("say xiaomi joins at 15k", "were counted at 15k each": the count a newcomer comes in at, not a price.)
  if (!n.currency && JOINS_AT.test(reading.text.slice(Math.max(0, n.start - 24), n.start))) return 'count';
  // ("the 4 smaller labs lumped together at 10k each": what companies are put at is a count of GPUs.)
  const atBefore = reading.text.slice(Math.max(0, n.start - 40), n.start);
  if (
    !n.currency &&
    COMPANIES_AT.test(atBefore) &&
    !/h100|a100|gpu|card|price|discount|cost|\$/u.test(atBefore) &&
    !PER_CARD_AFTER.test(reading.text.slice(n.end, n.end + 14))
  )
    return 'count';
  if (n.model !== undefined && !n.currency) return 'count';
  if (n.currency || n.perUnit) return 'price';
  // "一张h100卖25000块": 块 after a selling price is money, not a measure of GPUs.
  if (
    n.gpus &&
    n.model === undefined &&
    SOLD_FOR_BEFORE.test(before) &&
    /^\s*[块塊]/u.test(reading.text.slice(n.end)) &&
    Math.abs(n.value) >= 1000
  )
    return 'price';
  // "一张h100按25万块算": 块 after what one GPU goes for is money.
  if (
    n.gpus &&
    n.model === undefined &&
    ONE_PRICED_BEFORE_ZH.test(reading.text.slice(Math.max(0, n.start - 16), n.start)) &&
    /^\s*[块塊]/u.test(reading.text.slice(n.end))
  )
    return 'price';
  if (n.gpus) return 'count';
  if (
    PRICE_CUES_BEFORE.test(reading.text.slice(Math.max(0, n.start - 28), n.start)) &&
    Math.abs(n.value) >= 1000
  )
    return 'price';
  // "say an h100 was thirty grand", "one card is 40k": what one GPU costs.
  if (
    ONE_PRICED_BEFORE.test(reading.text.slice(Math.max(0, n.start - 24), n.start)) &&
    Math.abs(n.value) >= 1000
  )
    return 'price';
  return 'bare';
}
