import { REPORTED_ZH } from './questionSentences.js';
import { opensWithTakeBack } from './takenBack.js';

const QUESTION_EN =
  /\b(?:how|what|what's|whats|which|who|where|why|when|is|are|does|do|did|can|could|will|would|has|have)\b/i;
// ("…? 推理呢": a part ending in 呢 asks again, of something else.)
// (Traditional and Cantonese ask with their own characters: "用咗幾多張", "係咪", "邊間", "咩"; any of
// them asks by a verb said twice around its negation: "算不算", "有冇".)
const QUESTION_ZH =
  /多少|哪|几|幾|吗|嗎|谁|誰|什么|什麼|甚麼|啥|咩|能否|是否|怎么|怎麼|點解|點樣|[边邊][个個间間家朵度位啲种種只隻部台张張]|係咪|系咪|(\p{Script=Han})(?:不|没|沒|唔|冇)\1|呢\s*[?？]?\s*$/u;
// A connector followed by a new question: "…use, and how many…", "…? and can Samsung…", "…，那三星能做吗".
// ("…, and roughly how many…": a hedge may come before the question word, "? and while you're at it,
// how many…" a word that goes on; "? then tell me what…" an instruction asks as a question does.)
const JOINT_EN =
  /(?:,?\s+(?:and|also|plus|&|\+)\s+|[?]+\s*(?:and\s+|also\s+)?|;\s*|,\s*(?=(?:how|what|what's|whats|which|who|where|why|when)\b))(?=(?:(?:roughly|approximately|about|around|then|so|just|ok|okay|alright|wait|also|and|plus|btw|by the way|while (?:you're|you’re|you are|youre|ur|we're|we’re) at it|on top of that|oh|lastly|finally|next|bonus(?: points?| q| question)?:?(?: if you can)?|if you can|pls|please)[,:]?\s+){0,3}(?:how|what|what's|whats|which|who|whose|where|why|when|is|are|does|do|did|can|could|will|would|has|have|(?:tell|give|show) me|calculate|compute|work out|rank|convert|add (?:up|them|those)|(?:their|its|the) (?:share|percentage|percent|ratio)|(?:as )?(?:a )?(?:share|percentage) of)\b|(?:if|once|when|now that)\b[^?,]{1,120},\s*(?:(?:roughly|approximately|about|around|so|then|ok|just)\s+)?(?:how|what|what's|whats)\b|(?:at|for)\s[^?,]{1,24}\s(?:how|what|what's|whats)\b|(?<=[?]\s*(?:and\s+|also\s+)?)[^?,]{1,30},\s*(?:how|what's|whats|what is)\b)/gi;
// A short follow-up after a question mark asks the question again of something else: "how many does
// OpenAI want? and Inflection?", "…? what about meta?".
// So does one that asks about the answer just given: "…? enough for what Inflection wants?", "…? is that
// more than Meta's?".
// So does a claim put up for checking: "…? they're on oracle right".
// So does a question set up by a condition: "…? if you strip azure's 30k out what do you get".
// So does the other side of a choice: "…got 35-40k meh? or is it just booking only".
// So does who else: "…? anyone else on it?".
// So does the same asked of others: "…? same for tesla and stability", "…? ditto for meta".
// A reason given after the question is no part of it: "…on azure right? since they need like 10k cards".
// So does a sum asked with "what" at its end, after chatter: "…? saw a rumor…. and their 22k at 35k each
// comes out to what?".
// (An ellipsis before "and …?" stops a question as a question mark would: "how many a100s does meta
// have... and in h100 terms?".)
const JOINT_QMARK =
  /(?:[?]+|\.{2,}|…)\s*(?=(?:(?:ok|okay|alright|so|now)[,]?\s+)?(?:and|also|plus|what about|how about)\b[^?]{1,30}\?\s*$|(?:and|also|plus)\s+the\s[^?]{1,160}\?*\s*$|(?:(?:and|now|ok|also)\s+)?(?:(?:do |and )?the same|same(?: q| question| thing)?|ditto|likewise)\s+(?:for|with|about)\b[^?]{1,40}\?*\s*$|(?:and|also|plus|what about|how about)\b[^?]{1,30}\?(?:\s*$|(?=\s+(?:(?:and|so|ok|also|then)\s+)?(?:how|what|what's|whats|which|who|who's|where|why|when|is|are|does|do|did)\b))|or (?:is|are|was|were|do|does|did) (?:it|they|that)\b|(?:(?:and|so|but|ok)\s+)?(?:if|say|suppose|assuming)\b[^?]{0,80}\b(?:how|what|what's|whats|which|who)\b|(?:and|so|but|ok|now)\s+(?:what )?if\b[^?]{1,80}\?\s*$|(?:enough|is that|would that|does that|could that|will that|that's|thats)\b|[^?]{1,60}\b(?:right|correct|innit)\s*[?!.]*\s*$|(?:since|because|cause|cuz|coz|bc)\b|(?:any(?:one|body) else|any others?|any other (?:compan|labs?|startups?|firms?|customers?))[^?]{0,40}\?\s*$|(?:vs\.?|versus|compared (?:to|with))\s[^?]{1,40}\?\s*$|[^?]{1,200}\b(?:comes? (?:out )?to|works? out to|adds? up to|is|be|equals?)\s+(?:what|how much|how many(?:\s+[\w-]+)?)\s*\?)/giu;
// A sentence after an instruction, opening on "and"/"then" and ending in a question mark, asks on:
// "rank tesla, stability and meta by their A100s. and all three combined?".
const JOINT_FOLLOW =
  /[.!]+\s+(?=(?:and|then|also|plus|(?:and )?(?:is|would|does|will) (?:that|it|this)|how does (?:that|it|this))\b[^.?!]{1,60}\?)/giu;
// The end of a question, or of an instruction, before more sentences: "…combined A100 count per the
// article? need it for a slide… rest is rant: …", "rank these by A100 count: … numbers pls. context is…".
// What follows is a question of its own, context for the next, or chatter after the last, which is not read.
const JOINT_ASKED_END = /[?]+\s+(?=\S)|(?<=[a-z0-9)])[.!]+\s+(?=[a-z])/giu;
/** A piece that asks outright: it ends on a question mark or opens on a question word. */
const ASKS_OUTRIGHT =
  /[?？]\s*$|^[^,.!]{0,60}\b(?:how many|how much|which|what's|whats)\b|^\s*(?:(?:and|so|also|ok|okay|but|wait|oh|then|plus|like|i mean|ie|i\.e\.)[,]?\s+)?(?:how|what|what's|whats|which|who|who's|where|why|when|is|are|does|do|did|can|could|will|would|has|have|should)\b/iu;

/** The question before waved off: "这个不用回答", "no need to answer that", "rhetorical q". */
const WAVED_OFF =
  /不用回答|不用答|唔使答|唔使回答|不必回答|不需要回答|\bno need to answer\b|\bdon'?t (?:need to )?answer (?:that|this)\b|\brhetorical\b/iu;

/** A piece that goes on with a list: "以及 Anthropic…", "还有 Meta 的", "和 Tesla". */
const LIST_GOES_ON = /^\s*(?:以及|还有|還有|和|及|跟|同埋|仲有|加上)\s*\S/u;

/** Words after a question mark that make chatter of their own rather than a rider on the question. */
const LONG_CHATTER_WORDS = 10;

/** Whether what follows the last question mark is long chatter, asking nothing more. */
function chatterAfter(rest: string): boolean {
  return !/[?？]/u.test(rest) && rest.split(/\s+/u).filter((w) => w !== '').length >= LONG_CHATTER_WORDS;
}
/** An instruction: it asks as a question does, without a question word. */
const INSTRUCTION =
  /^\s*(?:(?:ok|okay|so|now|pls|please|first|quick|then|and|also)[,:]?\s+)*(?:rank|list|sort|order|compare|give|tell|show|calculate|calc|compute|sum|add|tally|total up|convert|name)\b/iu;
// ("the difference between what openai wants and what inflection wants" is one question: its "and" is
// the between's.)
const BETWEEN_BEFORE = /\bbetween\b[^,;?.]*$/u;
/** A figure asked by its noun alone, in a few words: "azure h100 count", "meta's a100 number". */
// ("anthropic + helsing + mistral + character — combined H100 demand per the article, and what…": a
// combined figure named is asked too.)
const COUNT_ASKED =
  /^\s*(?:[\w.'’-]+\s+){1,3}(?:count|number|figure|numbers|figures)\s*$|\b(?:combined|total|overall|summed)\s+(?:h100\s+|a100\s+)?(?:demand|count|number|figure|holdings)\b/iu;
/** An instruction in Chinese asks as a question does: "顺便算下训练", "再算一下按3万刀的". */
// ("算上预定的", "算 meta 十万张的话": 算 as "count in" sets a condition, asking nothing.)
// ("再按每张三万五美元估一下总价值": an estimate asked, its condition said first.)
const ZH_INSTRUCTION =
  /^\s*(?:(?:顺便|順便|另外|再|也|麻烦|麻煩|帮我|幫我|请|請)+\s*(?:算|计算|計算|换算|換算|折算|估|估算)|(?:算|计算|計算|换算|換算|折算)一?下)|^\s*(?:再|另外|顺便|順便)?\s*(?:按|以|照)[^,，。?？]{1,20}(?:算|估|计|計)(?:一下|下|一算|算)?[^,，。?？]{0,8}(?:价值|價值|总价|總價|多少|几多|幾多)|(?:都|分别|分別|各)\s*(?:帮我|幫我|请|請)?\s*(?:算|计算|計算|给|給|列|写|寫)(?:出来|出來|一下|下)|(?:从|從|由)(?:多到少|少到多|大到小|小到大)\s*排|排(?:一)?下|排个序|排個序|排一排|(?:给|給)我[^,，。?？]{0,8}(?:加总|加總|总数|總數|合计|合計|总和|總和)/u;

/** A claim with a tag asking to check it: "they're on oracle right", "it's TSMC, correct?". */
// ("…用哪个云? 应该是甲骨文吧": the same in Chinese.)
const TAG_CHECK =
  /\b(?:right|correct|innit)\s*[?？!.]*\s*$|(?:是|有|用)[^,，。]{1,20}吧\s*[?？!！.。~～]*\s*$/iu;
// The clause before asks a question of its own when it opens with its question word (after a few words
// at most, "hey bot how many…"); "if inflection only gets a third of what it wants" (or "what if …")
// only sets one up. So does "when companies pick GPUs for training": "when" asks only before a verb
// that asks, "when did…", "when will…".
// (", which sounded huge until…": a relative clause, not a question.)
const WH_BEFORE =
  /(?:^|[,;?.!:—–]\s*)(?:[\w'’]+\s+){0,3}?(?:how|what(?![- ]if\b)|what's|whats|which(?!\s+(?:sounded|sounds|seems|seemed|looks|looked|feels|felt|means|meant|makes|made|got|gets|i|we|my|our)\b)|who|where|why|when(?=\s+(?:did|does|do|is|are|was|were|will|would|can|could|should|has|have)\b))\b[^,;?]*$/iu;
// Numbered questions: "(1) … (2) …", "1) … 2) …", "（1）…".
// ("a) … b) …", "(a) … (b) …": lettered the same way.)
const JOINT_ENUM = /\s*(?:\(\d\)|（\d）|(?<![\w.])\d\)|\([a-e]\)|(?<![\w.])[a-e]\)(?=\s))\s*/giu;
// Questions numbered in words: "两个问题哈 一 h100谁代工的 二 推理比a100快多少", "第一…第二…", "一、… 二、…".
// A marker counts only in a run that starts at one and goes on to two.
const WORD_ENUM = /(?<=^|[\s:：,，。;；!！?？哈啊])(?:第)?([一二三四五])(?:[、．.:：]\s*|\s+)/gu;
const ENUM_VALUE: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

/** The markers of a list numbered in words, in order from 一: none unless 一 and 二 both mark one. */
function wordEnumeration(text: string): { start: number; end: number; numbered: true }[] {
  const markers: { start: number; end: number; numbered: true }[] = [];
  for (const m of text.matchAll(WORD_ENUM)) {
    if (ENUM_VALUE[m[1] ?? ''] !== markers.length + 1) continue;
    markers.push({ start: m.index, end: m.index + m[0].length, numbered: true });
  }
  return markers.length >= 2 ? markers : [];
}

// A comma before three digits is a thousands separator ("30,000美元"), not a joint.
// ("Meta自己现在有多少A100、还想要多少H100?": an enumeration comma before 还/又 starts a new ask.)
// ("Stability AI 有几多 A100 同埋用边个 cloud?": a joining word before a second question joins two.)
const JOINT_ZH =
  /(?:[，;；？?]|,(?!\d{3}(?!\d))|、(?=\s*(?:还|又|再|另外))|\s*(?:同埋|仲有|另外|顺便|順便|以及)(?=[^，,。?？]{0,24}(?:边|邊|哪|几|幾|多少|什么|什麼|咩|谁|誰)))\s*/gu;

// "700W?", "like 20k?": the user's own guess at the part before, asking nothing new.
// ("2.5万还是10万?", "25k or 100k?": a choice of guesses.)
const GUESS =
  /^\s*(?:like|maybe|about|around|~|大概|大约|大約|约|約)?\s*\$?[\d.,]+\s*[A-Za-z万萬千%]{0,6}(?:\s*(?:还是|還是|或者|或|\bor\b|\/)\s*\$?[\d.,]+\s*[A-Za-z万萬千%]{0,6})?\s*[?？]*\s*$/u;

/** A currency named: in chatter after the question, it still says what the question asks in. */
const CURRENCY =
  /人民币|人民幣|港币|港幣|港元|港纸|港紙|台币|台幣|欧元|歐元|日元|日圓|\b(?:rmb|cny|yuan|hkd|twd|ntd|eur|euros?|jpy|yen)\b/iu;

/** An amount other than an exchange rate: a number not after a rate word, or a Chinese number word. */
const CLAIMED_AMOUNT =
  /(?<!(?:汇率|匯率|rate)\s*(?:is|of|=|:|按|是)?\s*)\d|[一二两兩三四五六七八九十百千万萬亿億]/iu;

/** What the question is not asking, said aside: "(不是问它想要多少)", "(not asking what it wants)". */
// ("…手上有多少张？不是要多少，是已经有多少": the figure set aside, not asked.)
const ASIDE =
  /^\s*[(（]?\s*(?:我)?(?:不是|並不是|并不是|不是在|唔系|唔係)(?:[问問]|要多少|想要多少|需要多少|要的|想要的|需求)|^\s*[(（]?\s*(?:i'?m |i am )?not asking\b|^\s*[(（]?\s*not (?:what|how many) (?:it|they) (?:wants?|needs?)\b/iu;

/** A condition with an amount: "按五万块一张算", "at 40k each", "assuming $30k a card". */
// ("…合多少人民币？汇率7.2": the rate to answer it at; "…要幾張? (按 2.5 萬算)": in brackets too.)
const CONDITION =
  /^\s*[(（]?\s*(?:按|以|照|假设|假設|假如|如果|要是|汇率|匯率|\b(?:exchange |fx )?rate\b|\bat\b|\bassuming\b|\bassume\b|\bif\b|\bsay\b|\bwith\b)[^,，.。!！]{0,30}(?:\d|[一二两兩三四五六七八九十][十百千万萬])/iu;

/** Asked both ways, after the question: "两个数都算", "(Meta 用 25k 同 100k 兩個情況都計下)", "do both figures". */
const BOTH_WAYS =
  /都算|都计|都計|兩個情況|两个情况|\bboth (?:of )?(?:the |its |meta'?s? )?(?:figures|numbers|ways|scenarios|estimates)\b/iu;

/** Nothing but a tag asking to check the claim before: "…in stock sitting there? 是不是", "…? 对不对". */
const TAG_ONLY =
  /^[\s,，]*(?:是不是|对不对|對不對|对吗|對嗎|对吧|對吧|是吗|是嗎|係咪|系咪|真的吗|真的嗎|真的假的|真假|是真的吗|是真的嗎|right|correct|true|accurate|(?:is (?:that|this|it) )?(?:accurate|correct|right|true)|yes or no)[\s?？!！.。~～]*$/iu;

/** Nothing but a workload, said or set aside: "不是推理，是训练", "not inference, training", "for inference". */
const WORKLOAD_ONLY =
  /^[\s,，]*(?:(?:不是|不要|是|要|按|用|for|not|i mean|specifically)?\s*(?:推理|训练|inference|training)[\s,，;；]*)+[.。!！]*\s*$/iu;

/** The question before asked of others: "same for tesla and stability", "ditto for meta", "特斯拉也一样问一下". */
const SAME_ASKED =
  /^\s*(?:(?:and|now|ok|also)\s+)?(?:(?:do |and )?the same|same(?: q| question| thing)?|ditto|likewise)\s+(?:for|with|about)\b|也一样|也一樣|(?:也|同样|同樣)(?:问|問|查|算)|同样的问题|同樣的問題/iu;

/** How many brackets are open at a position. */
function depthAt(text: string, at: number): number {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
  }
  return depth;
}

/** A list put up to be checked, said before its items: "fact check my notes:", "are these right:", "帮我核对". */
const CHECK_LEAD =
  /\bfact[- ]?check\b|\bcheck (?:my|these|this|the following)\b|\bverify\b|\b(?:are|is) (?:these|this|my notes|the following) (?:right|correct|true|accurate)\b|\bwhich (?:of these )?are (?:right|true|wrong|correct)\b|核对|核對|对不对|對不對|对吗|對嗎|啱唔啱|帮我看看|幫我睇睇|查证|查證/iu;

/**
 * The items of a numbered list a lead-in asks to check, each put as a claim to answer yes or no; undefined
 * when the message is no such list.
 */
function claimsToCheck(
  text: string,
  numbered: readonly { start: number; end: number }[],
): string[] | undefined {
  const [first] = numbered;
  if (first === undefined || numbered.length < 2 || !CHECK_LEAD.test(text.slice(0, first.start)))
    return undefined;
  const zh = /\p{Script=Han}/u.test(text);
  const items = numbered
    .map((n, i) =>
      text
        .slice(n.end, numbered[i + 1]?.start ?? text.length)
        .replace(/[\s,，.。;；?？]+$/u, '')
        .trim(),
    )
    .filter((item) => item !== '');
  return items.length < 2 ? undefined : items.map((item) => `${item}${zh ? '，对吗？' : ', right?'}`);
}

/**
 * Splits a multi-part question into its questions: "which cloud does Cohere use and how many H100s does
 * it want?" → two. A piece without a question word of its own ("we're budgeting a cluster, …") stays
 * joined to the next; one after the last question is left out.
 */
export function splitParts(text: string): string[] {
  const joints = /\p{Script=Han}/u.test(text)
    ? [JOINT_EN, JOINT_ZH]
    : [JOINT_EN, JOINT_QMARK, JOINT_FOLLOW, JOINT_ASKED_END];
  const numbered = [
    ...[...text.matchAll(JOINT_ENUM)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      numbered: true,
    })),
    ...(joints[1] === JOINT_ZH ? wordEnumeration(text) : []),
  ];
  // ("fact check my notes pls: (a) … (b) … (c) …": each item a claim to check on its own.)
  const claims = claimsToCheck(text, numbered);
  if (claims !== undefined) return claims;
  // A list in brackets ("(OpenAI, Anthropic, Inflection)") belongs to one question: never a joint.
  const cuts = [
    ...numbered,
    ...joints
      .flatMap((joint) =>
        [...text.matchAll(joint)]
          // In English a comma starts a new question only after a question of its own ("who makes
          // it, which cloud…"); "say they are $40k a pop, what's 432k worth?" sets up one question.
          // (After an instruction only: "by my count … 220k. is that more than half?" is one question.)
          .filter(
            (m) =>
              (joint !== JOINT_FOLLOW && joint !== JOINT_ASKED_END) ||
              // (After a question mark, any sentence may follow: the question stands on its own. Only
              // a long stretch is cut off, "…? smallest per-company number in the demand list" says the
              // question again.)
              (joint === JOINT_ASKED_END &&
                /^[?]/u.test(m[0]) &&
                chatterAfter(text.slice(m.index + m[0].length))) ||
              INSTRUCTION.test(
                text
                  .slice(0, m.index)
                  .split(/[.!?]\s+/u)
                  .at(-1) ?? '',
              ),
          )
          .filter(
            (m) =>
              joint !== JOINT_EN ||
              ((!/^,\s*$/u.test(m[0]) || WH_BEFORE.test(text.slice(0, m.index))) &&
                (!BETWEEN_BEFORE.test(text.slice(0, m.index)) ||
                  /^(?:if|once|when|now that)\b/iu.test(text.slice(m.index + m[0].length)))),
          )
          .map((m) => ({
            start: m.index,
            end: m.index + m[0].length,
            numbered: false,
            // (What follows a bare sentence end asks only if it says so outright.)
            strict: joint === JOINT_ASKED_END,
          })),
      )
      .filter((c) => depthAt(text, c.start) === 0),
  ].sort((a, b) => a.start - b.start);
  if (cuts.length === 0) return [text];
  const pieces: string[] = [];
  // Pieces that follow a bare sentence end, which must ask outright to count as questions.
  const strict = new Set<string>();
  let strictNext = false;
  // A piece cut off by its own question mark is a question even without a question word ("Character.ai
  // cloud??"), and so is one after a number ("2) Falcon-40B呢").
  const asked = new Set<string>();
  let start = 0;
  let afterNumber = false;
  for (const cut of cuts) {
    if (cut.start < start) {
      start = Math.max(start, cut.end);
      afterNumber ||= cut.numbered;
      continue;
    }
    const piece = text.slice(start, cut.start);
    if (strictNext) strict.add(piece);
    // (So is one before a "+" that starts the next ask: "stability ai — a100s + which cloud?".)
    if (
      /^[?？]|^\s*[+&]\s*$/u.test(text.slice(cut.start, cut.end)) ||
      afterNumber ||
      (/^[.!]/u.test(text.slice(cut.start, cut.end)) && INSTRUCTION.test(piece))
    )
      asked.add(piece);
    pieces.push(piece);
    start = cut.end;
    strictNext = 'strict' in cut && cut.strict === true;
    afterNumber = cut.numbered;
  }
  const last = text.slice(start);
  if (strictNext) strict.add(last);
  // "…? plus inflection?": a last piece ending in its own question mark asks too.
  // ("…and all three combined? (meta must be first lol)": so does one whose question mark an aside follows.)
  // (So does "…? and the gap between that and the 432k version in $": a noun phrase after a question,
  // asked of too.)
  if (
    afterNumber ||
    /[?？]\s*(?:[(（][^()（）]*[)）][\s\p{Extended_Pictographic}]*)?$/u.test(last) ||
    (/[?]\s*$/u.test(text.slice(0, start)) && /^(?:and|also|plus)\s+the\s/iu.test(last))
  )
    asked.add(last);
  pieces.push(last);
  // A quoted title ("在「大家用什么云」那段") holds question words without asking anything.
  // (An apostrophe inside a word, "I'm … article's", quotes nothing.)
  const unquoted = (s: string) =>
    s.replace(/「[^」]*」|“[^”]*”|"[^"]*"|(?<![A-Za-z])'[^']*'(?![A-Za-z])/gu, ' ');
  const isQuestion = (s: string) =>
    !GUESS.test(s) &&
    (!strict.has(s) || ASKS_OUTRIGHT.test(s) || INSTRUCTION.test(s)) &&
    // ("also why does everyone hate AMD lol, no need to answer that one": waved off as it is asked.)
    !WAVED_OFF.test(s) &&
    (asked.has(s) ||
      ZH_INSTRUCTION.test(s) ||
      // ("tally openai, inflection and meta — and how far is that from…": an instruction asks too.)
      INSTRUCTION.test(s) ||
      QUESTION_EN.test(unquoted(s)) ||
      // (A question reported, "家里人问我为什么…", asks nothing unless its piece ends on a question mark.)
      QUESTION_ZH.test(/[?？]\s*$/u.test(s) ? unquoted(s) : unquoted(s).replace(REPORTED_ZH, ' ')) ||
      TAG_CHECK.test(s) ||
      SAME_ASKED.test(s) ||
      COUNT_ASKED.test(s));
  const parts: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    // "…有多少张?(不是问它想要多少)": an aside saying what is not asked qualifies the question before it.
    const lastPart = parts.length - 1;
    if (ASIDE.test(piece) && pending === '' && lastPart >= 0) {
      parts[lastPart] = `${parts[lastPart]}, ${piece.trim()}`;
      continue;
    }
    const joined = pending === '' ? piece : `${pending}, ${piece}`;
    // (A question after a long stretch following the last question mark rides on the part before, as
    // it did before the stretch was cut: "…ratio-wise? like is inference gain 1.5x the training gain".)
    if (strict.has(piece) && pending === '' && lastPart >= 0 && isQuestion(piece)) {
      parts[lastPart] = `${parts[lastPart]}? ${piece.trim()}`;
      continue;
    }
    if (isQuestion(piece)) {
      parts.push(joined.trim());
      pending = '';
    } else pending = joined;
  }
  // Chatter after the last question ("哈哈 老黄赚麻了", "asking for a friend") is not read: its names
  // would otherwise pull the question towards them.
  if (pending.trim() !== '' && parts.length === 0) return [text];
  // …unless it only says the currency the question is asked in ("…多少钱一张? 人民币报价", "in rmb pls,
  // rate 7.2"): that qualifies it. (A price said in it is a claim of its own: "闲鱼上都炒到三十万人民币一张了".)
  const lastPart = parts.length - 1;
  // So does a condition it is asked under: "…值多少钱, 按五万块一张算", "…worth? at 40k each", or the
  // workload it is asked of: "h100比a100快多少，不是推理，是训练".
  if (
    (CONDITION.test(pending) ||
      BOTH_WAYS.test(pending) ||
      // ("排一下: OpenAI、Inflection、Meta, 以及 Anthropic…四家加總的需求": more items of the list ordered.)
      (LIST_GOES_ON.test(pending) && ZH_INSTRUCTION.test(parts[lastPart] ?? '')) ||
      WORKLOAD_ONLY.test(pending) ||
      TAG_ONLY.test(pending) ||
      (CURRENCY.test(pending) && !CLAIMED_AMOUNT.test(pending))) &&
    lastPart >= 0
  ) {
    parts[lastPart] = `${parts[lastPart]}, ${pending.trim()}`;
    pending = '';
  }
  // ("…按三万五一张多少钱? 等等不对, 我想问的是按三万一张": a correction after the last question is read,
  // with the question it corrects.)
  if (lastPart >= 0 && opensWithTakeBack(pending)) {
    parts.push(pending.trim());
    pending = '';
  }
  // ("…开源 Llama 到底图啥，不过这个不用回答，纯感慨": the question just before is waved off.)
  // (The chatter that waves it off is left out too: what is pending is not read.)
  if (parts.length > 1 && WAVED_OFF.test(pending)) parts.pop();
  const found = parts.filter((p) => p !== '');
  if (found.length === 1 && pending.trim() !== '') {
    // (The chatter after the one question is left out, not its question mark: "文章说 Stability AI 有 5 万张
    // A100？这也太多了吧" stays a yes/no question.)
    const [only = ''] = found;
    const at = text.indexOf(only);
    const asked = at >= 0 && /^\s*[?？]/u.test(text.slice(at + only.length)) && !/[?？]\s*$/u.test(only);
    return [asked ? `${only}?` : only];
  }
  return found.length > 1 ? found : [text];
}
