import { boundText } from '../limits/inputLimits.js';
import type { Answer, AnswerTrace } from './answer.js';
import { pricing } from './answers/gap.js';
import { inYuan } from './answers/inYuan.js';
import { notFound } from './answers/notFound.js';
import { MIDPOINT_ASKED, withMidpoint } from './answers/withMidpoint.js';
import {
  SERVER_SIZE_AFTER,
  SERVERS_ASKED,
  SERVERS_COUNTED,
  serverSizeSaid,
  withServers,
} from './answers/withServers.js';
import { articleFigures } from './articleFigures.js';
import { inAside, inQuietAside } from './asides.js';
import { bothScenarios, bothScenariosOfBefore } from './bothScenarios.js';
import { budgetAtMovedPrice } from './budgetAtMovedPrice.js';
import { carryPriceMove } from './carryPriceMove.js';
import { carryRate } from './carryRate.js';
import { carryResult } from './carryResult.js';
import { scoreIntents } from './chooseIntent.js';
import {
  AGAINST_PRICE,
  againstEarlierValue,
  BOTH_ENDS_ASKED,
  claimedAgainstEarlier,
  compareEarlier,
  compareResult,
  pricedForOther,
  SET_AGAINST,
} from './compareEarlier.js';
import type { AskContext } from './context.js';
import { inTimeUnitAsked } from './inTimeUnitAsked.js';
import { MONEY_LEFT } from './intents/budgetIntent.js';
import { SHORT_ASKED } from './intents/countShareIntent.js';
import { atBound, figureOf } from './intents/figures.js';
import { oneServerPriced } from './intents/gpusInServersIntent.js';
import type { Intent } from './intents/intent.js';
import { SAME_BUDGET } from './intents/plannedBudgetIntent.js';
import { RUNNER_UP } from './intents/rankIntent.js';
import { FACTORS, WHAT_IF } from './intents/readChanges.js';
import { MINE_CHECKED } from './intents/signals.js';
import { MEAN_WORDS } from './intents/sumIntent.js';
import { INTENTS } from './intents/table.js';
import { EACH_ASKED } from './intents/unitPriceIntent.js';
import type { Lexicon } from './lexicon.js';
import { missingSide } from './missingSide.js';
import { askingOf } from './questionSentences.js';
import { type Reading, readQuestion } from './readQuestion.js';
import { serversFilled } from './serversFilled.js';
import { OWNER_KINDS, readSlots, type Slots, THESE_COUNTED } from './slots.js';
import { splitParts } from './splitParts.js';
import { asksInstead, opensWithTakeBack } from './takenBack.js';
import type { CueGroup } from './vocabulary.js';
import { workedCount } from './workedCount.js';

/**
 * The engine reads at most this many code points of a question: as much as any Discord entry point
 * passes (they cap free text at 500, counted as Discord counts, and say so in the reply), so they
 * lose nothing to it, while a caller that forgot its bound costs no more than that (about a
 * millisecond; the Chinese word segmenter alone costs about 1 µs a character).
 */
export const MAX_QUESTION_CHARS = 500;

/** Parts of a multi-part question answered at most; later ones join the last. */
const MAX_PARTS = 4;

/** Below this no intent's reading is good enough to answer on. */
const THRESHOLD = 0.5;

/** Clouds offered as a choice: "aws or gcp?", "Azure 还是 GCP?". */
const CLOUD_GUESS = /还是|還是|\bor\b|或者|或是/u;

/** The value before asked again in yuan: "换成人民币是多少", "and in RMB?". */
const IN_YUAN =
  /^\s*(?:再|那|and\s+|so\s+)?(?:按汇率\s*[\d.]+\s*)?(?:换成|换算成|折合|合|折成|转成)人民币|\bin (?:rmb|yuan|cny)\b|\bto (?:rmb|yuan|cny)\b/u;

/** Replacing a GPU: "会唔会取代 H100", "can it replace the H100". */
const REPLACES = /取代|替代|代替|顶替|頂替|\breplace|\bsubstitute|\bkill(?:s|er)?\b/u;

/** A guess at the size of a sum of money: "好几亿美金吧", "billions right?". */
const GUESSED_SIZE =
  /好几亿|好幾億|几个亿|几亿|幾億|上亿|上億|好几百万|\b(?:hundreds of )?(?:billions|millions)\b/u;

/**
 * Worked from the figure the part before asked, whatever the part names besides: a share with no
 * subject ("占 Oracle 总量的比例多少"), how far short "they" fall, "its" multiple or share, or which is
 * cheaper, of prices the article lacks ("CoreWeave 而家租一張幾錢一個鐘? 我想同 Azure 比下邊個平啲").
 */
const LEANS_ON_IT =
  /^\s*(?:那|这|這|它|佢)?\s*(?:占|佔)|边个平|邊個平|边间平|邊間平|哪(?:个|個|家|间|間)(?:比较|比較)?(?:便宜|平)|(?:平|便宜)(?:啲|一些|些|一点|一點)|\bwhich (?:one )?(?:is |would be )?cheaper\b|\b(?:vs\.?|versus|than|compared (?:to|with))\s+(?:it|that|them|those)\s*[?？]*\s*$|\bhow (?:far|much) short\b|\bshort by\b|(?:\b(?:they|them|it|that|those|their)\b|佢|它|他们|他們)[^?？]{0,30}?(?:差多少|差几多|差幾多|几倍|幾倍|\bhow many times\b|%|\bpercent|\bshare\b|比例|占|佔)/u;

/** A figure said as someone's: "the ask", "the A100 stash", "their fleet", "手上的", "要的". */
const OWNED_FIGURE = /\bthe (?:ask|wish ?list|stash|fleet|order|holdings?)\b|手上的|手里的|要的那/u;

/** A pronoun pointing back at what the part before named or answered. */
const THEY = /\b(?:they|them|those|these)\b|它们|它們|他们|他們|这些|這些|那些/u;

/** Whether the thing just asked will move, put as a yes/no: "will they drop below 25k?", "会跌到两万吗". */
const GUESSED_MOVE =
  /^\s*(?:so\s+|and\s+|or\s+)?(?:will|would|could|can|might|should)\s+(?:they|it|them|that|prices?)\s+(?:go|drop|fall|rise|climb|dip|sink|come|get|be)\b|^\s*(?:那|还|還)?(?:会|會|能)(?:不会|不會)?(?:跌|降|涨|漲|掉|回落|低于|低於|高于|高於)/u;

/** A reference to the cloud the previous part answered with ("anyone else on it?", "还有谁也在上面"). */
const THAT_CLOUD =
  /\b(?:that|its|their|this|the same|that same|this same|those|these) clouds?(?: providers?)?\b(?! list)|那家云|这家云|它的云|该云|那个云|同一(?:个|家)?云|同(?:个|家)云|一样的云|(?:这|那|嗰)(?:两|几|些)?(?:朵|家|个)?云|佢(?:个|嘅|的)云|\b(?:else|others?)\s+(?:on|using|uses|use|in) (?:it|that|there|that one)\b|(?:也|还|還)(?:在上面|在用它|用它)/u;

/**
 * A company said again as a pronoun: the subject of a part ("they're on oracle", "它用的是 Azure") or an
 * owner anywhere in it ("how does their ask compare to OpenAI's?"); or left out of a claim ("是巨硬家的吧").
 */
const SUBJECT_PRONOUN =
  /^\s*(?:(?:and|so|but)\s+)?(?:they|they're|theyre|it|it's|its)\b|^\s*(?:他们|他們|它们|它們|它|佢哋|佢)|\b(?:their|its)\b|(?:他们|他們|它|佢哋|佢)的|(?:和|跟|与|與|同|比)\s*(?:它们|它們|它|他们|他們|佢哋|佢)|(?:它们|它們|它|他们|他們|佢哋|佢)(?:需要|想要|要|手上|手里|手裡|有|用)/iu;

/** A claim with its subject left out: "是巨硬家的吧", "应该是甲骨文吧". */
/** The same figure claimed of another: "同 Mistral 一樣多?", "same as mistral?". */
const AS_MANY_AS = /一样多|一樣多|同样多|同樣多|\bas (?:many|much) as\b|\bsame as\b/u;

const CLAIM_OPENING = /^\s*(?:应该|應該|估计|估計|肯定|就)?是(?!不是|多少|哪)/u;

/** "It" for a thing, said again: "how much faster is it than the H100?". */
// ("H200啥时候出来啊？比H100快多少": a comparison opening on 比 leaves its subject to the part before.)
const IT = /\b(?:it|it's|its)\b|它|^\s*(?:那|那它|会|能)?比(?!较|例)/iu;

/** Set against a GPU, with nothing else named: "跟H100比呢", "vs the H100?". */
const VERSUS_GPU =
  /^\s*(?:(?:and|so|but)\s+)?(?:跟|和|同|与|(?:how does it )?compared? (?:to|with)|vs\.?|versus)\s*(?:the\s+)?(?:h100|a100|h800)s?\b/iu;

const HOLDS =
  /\btrained\b|\bused\b|\bhas\b|\bhave\b|\bholds?\b|\bowns?\b|手上|手里|手頭|手头|用了|训练|訓練|有多少|有幾|有几/u;

const ADD_UP =
  /\badd(?:ed)? (?:up|together)\b|\bsum\b|\btotal\b|\bcombined\b|加起来|加起來|加埋|合计|合計|一共|总共|總共/u;

/** Whether several are alike, asked: "是不是同一家", "same one?". */
// ("跟它用同一个云的还有谁" asks who else is on it: no sameness asked.)
const ALIKE_ASKED =
  /是不是同一|是否同一|同一(?:家|个|朵)(?:吗|嗎|么)|一样吗|相同吗|\b(?:the )?same (?:one|cloud|provider)\s*\?|\bsame one\b/u;

/** The sentence of `text` around `at`. */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(...['.', '?', '!', '。', '？', '！'].map((p) => text.lastIndexOf(p, at))) + 1;
  const end = text.slice(at).search(/[.?!。？！]/u);
  return text.slice(start, end < 0 ? undefined : at + end);
}

/** A group named for one of its members: "one of the big clouds", "三大云一家", "四大云里任何一间". */
function oneMemberSaid(text: string, m: { start: number; text: string }): boolean {
  return (
    /\bone of (?:the )?$/u.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
    /^\s*(?:里|中|当中)?\s*(?:的)?\s*(?:任何|其中)?\s*一(?:家|间|个|朵)(?!都)/u.test(
      text.slice(m.start + m.text.length, m.start + m.text.length + 10),
    )
  );
}

/** A part closing on one name asked again: "…, A100呢?", "…, what about the A100?". */
const AGAIN_OF =
  /(?:^|[,，;；.。])\s*([^,，;；.。?？]{1,16}?)\s*呢\s*[?？]?\s*$|\b(?:what|how) about ([^,?]{1,20})\?*\s*$/u;

/** Only a word that joins names between two names: "azure and oracle", "Azure 跟 Oracle". */
// ("how many do tesla and meta have, and azure?": the verb between leaves the last one asked too.)
const COORDINATED =
  /^\s*(?:,|and|&|or|跟|和|同|与|及|、|以及)?\s*(?:(?:have|has|hold|got|own)\s*)?,?\s*(?:and|&|plus|also|跟|和|还有|仲有)?\s*$/u;

/** A ranking asked: "rank them", "sort by", "从多到少排个序". */
const RANKED =
  /\brank|\bsort|\border (?:them|by)\b|排名|排序|排个|排個|排一下|排一排|从大到小|从小到大|从多到少|从少到多|由多到少|由少到多/u;

/** "分别", "respectively", "each": one question asked of several entities, answered for each. */
const EACH =
  /分别|各自|各用|各有|各要|各需要|每家|各家|respectively|\beach (?:use|want|need|have)\b|\beach of them\b/u;

/**
 * Answers a free question: splits it into its parts, reads each into slots, scores every intent and
 * runs the best one that can answer, and composes the parts into one answer.
 */
/** A comparison asked of each: "分别是…的几倍", "how many times … than each". */
const EACH_COMPARED =
  /几倍|幾倍|多少倍|\btimes (?:as|more|bigger|larger)\b|\bhow many times\b|多多少|少多少/u;

/** How many a ranking shows, said before it: "top 3", "bottom 2", "前 3". */
const TOP_N_BEFORE = /(?:\btop|\bbottom|\bfirst|\blast|前|倒数|倒數)\s*$/u;

/** One price set against another: "贵还是便宜", "cheaper or pricier", "more expensive than". */
const PRICED_AGAINST =
  /贵还是便宜|便宜还是贵|貴還是便宜|便宜還是貴|贵多少|便宜多少|貴幾多|平幾多|\b(?:cheaper|pricier|more expensive|less expensive)\b/u;

export function answerQuestion(
  ctx: AskContext,
  question: string,
  lexicon: Lexicon,
  intents: readonly Intent[] = INTENTS,
): Answer {
  const split = splitParts(boundText(question, MAX_QUESTION_CHARS).text);
  const parts =
    split.length <= MAX_PARTS
      ? split
      : [...split.slice(0, MAX_PARTS - 1), split.slice(MAX_PARTS - 1).join(', ')];
  const readings = carryPriceMove(
    ctx,
    carryRate(ctx, mergeFollowUps(parts, lexicon, question), lexicon),
    lexicon,
  );
  const answers: Answer[] = [];
  let previous: Reading | undefined;
  const earlier: Reading[] = [];
  for (let reading of readings) {
    // ("…how many H100s is that? and how many full 8-GPU HGX boxes does that come to?": the count just
    // worked out, in servers.)
    const lastAnswer = answers.at(-1);
    // ("I have $5M. at 35k each how many H100s, how many servers, and how much money is left?": the money
    // left of the budget just spent, asked with or after its servers, is the budget's question again.)
    if (
      previous !== undefined &&
      lastAnswer?.calculations.some((c) => c.kind === 'budget-gpus') === true &&
      !lastAnswer.calculations.some((c) => c.kind === 'remainder') &&
      MONEY_LEFT.test(reading.text) &&
      reading.numbers.length === 0
    ) {
      const whole = readQuestion(`${previous.text}, ${reading.text}`, lexicon);
      answers[answers.length - 1] = answerReading(ctx, whole, intents);
      previous = whole;
      continue;
    }
    if (
      lastAnswer !== undefined &&
      SERVERS_ASKED.test(reading.text) &&
      // (The "8" of "8-GPU HGX boxes" names the server, no count of its own.)
      reading.numbers.every((n) => /^\s*-?\s*(?:gpu|卡|card)/u.test(reading.text.slice(n.end))) &&
      !reading.entities.some((m) => OWNER_KINDS.has(m.entity.kind) && m.start >= 0)
    ) {
      const bound = UPPER_END.test(reading.text) ? 'high' : LOWER_END.test(reading.text) ? 'low' : undefined;
      const inServers = withServers(ctx, lastAnswer, bound);
      if (inServers !== lastAnswer) {
        answers[answers.length - 1] = inServers;
        continue;
      }
    }
    // ("…最多买到几多张 H100? 够唔够砌三台 8 卡机?": whether the GPUs just bought fill that many servers.)
    const filled = lastAnswer === undefined ? undefined : serversFilled(ctx, lastAnswer, reading);
    if (filled !== undefined) {
      answers[answers.length - 1] = filled;
      continue;
    }
    // ("…how many days would it take to close the gap? and roughly how many weeks is that?": the time
    // just worked out, in the unit asked.)
    const inUnit = lastAnswer === undefined ? undefined : inTimeUnitAsked(lastAnswer, reading);
    if (inUnit !== undefined) {
      answers[answers.length - 1] = inUnit;
      continue;
    }
    // ("A100现在一张多少钱? 文章里H100是3.5万美元, A100呢": the same thing the article lacks, asked again
    // after a word of context, lacks it again; the context is no question of its own.)
    const unanswered = answers.at(-1);
    const missed = unanswered?.kind === 'not-found' ? unanswered.missing : undefined;
    const namedAgain = AGAIN_OF.exec(reading.text);
    const askedAgainOf = (namedAgain?.[1] ?? namedAgain?.[2])?.trim();
    if (
      unanswered !== undefined &&
      missed !== undefined &&
      missed.what !== 'words' &&
      askedAgainOf !== undefined &&
      reading.entities.some(
        (m) => m.entity === missed.entity && m.start >= 0 && askedAgainOf.includes(m.text.toLowerCase()),
      )
    ) {
      answers.push({
        ...unanswered,
        trace: { intent: 'none', score: 0, slots: traceSlots(readSlots(ctx, reading)) },
      });
      previous = reading;
      earlier.push(reading);
      continue;
    }
    // ("台積電 CoWoS 月產能大概多少? 能做幾張 H100", "2023年H100总出货量是多少? 跟43万的缺口比能补上几成": a
    // part worked from a figure the article lacks lacks it too; answering it from something else would
    // read as the figure found.)
    if (
      unanswered?.kind === 'not-found' &&
      unanswered.parts === undefined &&
      ((!reading.entities.some((m) => OWNER_KINDS.has(m.entity.kind) && m.start >= 0) &&
        WORKED_FROM_IT.test(reading.text)) ||
        // ("Anthropic 而家有幾多張 H100？佔佢需求幾多 %？", "X.ai 在 Oracle 上用了多少张？占 Oracle 总量的比例多少？")
        LEANS_ON_IT.test(reading.text))
    ) {
      // (A part with numbers of its own is not echoed, since a reply that finds nothing prints none: the
      // not-found answer before stands for both.)
      if (reading.numbers.length > 0) {
        previous = reading;
        earlier.push(reading);
        continue;
      }
      answers.push({
        ...notFound(ctx, reading.text.replace(/[?？]+\s*$/u, '').trim()),
        trace: { intent: 'none', score: 0, slots: traceSlots(readSlots(ctx, reading)) },
      });
      previous = reading;
      earlier.push(reading);
      continue;
    }
    // ("…how many A100s would that be? and how does it compare to the A100s they already have?": the
    // company the part before named, said again as a pronoun, is the one to set the result against.)
    const ownersBefore = previous?.entities.filter((m) => OWNER_KINDS.has(m.entity.kind)) ?? [];
    const againstWhom =
      ownersBefore.length === 1 &&
      !reading.entities.some((m) => m.entity.kind !== 'gpu') &&
      (SUBJECT_PRONOUN.test(reading.text) ||
        /\b(?:they|them|theirs)\b|他们|他們|它们|它們/u.test(reading.text))
        ? { ...reading, entities: [...ownersBefore.map((m) => ({ ...m, start: -1 })), ...reading.entities] }
        : reading;
    // ("私有云总共要多少? 跟四大云比谁多, 多多少": the comparison just given already says by how much.)
    if (
      BY_HOW_MUCH.test(reading.text) &&
      reading.entities.length === 0 &&
      reading.numbers.length === 0 &&
      answers.at(-1)?.calculations.at(-1)?.kind === 'ratio' &&
      answers.at(-1)?.calculations.some((c) => c.kind === 'difference') === true
    )
      continue;
    // ("…需求一共多少张? Meta两种口径都给一下": the part before, under each of Meta's figures.)
    const bothBefore =
      previous === undefined ? undefined : bothScenariosOfBefore(ctx, previous, reading, lexicon);
    if (bothBefore !== undefined) {
      answers.pop();
      answers.push(...answeredAtEach(ctx, bothBefore, intents));
      continue;
    }
    // ("…costs what? is that more than what meta's 25k would cost?": the other name priced alike, against it.)
    const pricedOther =
      previous === undefined ? undefined : pricedForOther(previous, reading, lexicon, answers.at(-1));
    if (pricedOther !== undefined) {
      const before = answers.at(-1);
      previous = pricedOther;
      earlier.push(pricedOther);
      answers.push(claimedAgainstEarlier(before, answerReading(ctx, pricedOther, intents), reading));
      continue;
    }
    // ("…总价值多少？比 3.5 万时少多少？": the value before, at the price named, set against it.)
    const atOtherPrice =
      previous === undefined ? undefined : atPriceAgainst(answers.at(-1), previous, reading, lexicon);
    if (atOtherPrice !== undefined) {
      previous = atOtherPrice;
      earlier.push(atOtherPrice);
      answers.push(againstEarlierValue(answers.at(-1), answerReading(ctx, atOtherPrice, intents), reading));
      continue;
    }
    const against =
      compareEarlier(ctx, answers, reading) ??
      compareResult(ctx, answers.at(-1), againstWhom, (entity) =>
        namedFigure(ctx, entity, reading, answers.at(-1)?.topic === 'holdings'),
      );
    if (against !== undefined) {
      answers.push(against);
      continue;
    }
    // The part before asked with this one: "够它要的 2.5 万张吗? 差多少?" (by how much), "What if OpenAI
    // wanted 100k, what's the new total?" (a part after a what-if that brings nothing new of its own).
    // The joined part answers the part before too, so that one's answer gives way to it.
    const joint =
      previous === undefined
        ? undefined
        : // ("…比例是多少? 比四大云里单独一家多多少张?": a name of its own to set against is a comparison of
          // its own, of the name before.)
          // (Not one that sets Meta's other figure: "…total 係幾多? 同按 2.5 萬計差幾多?" asks the total
          // again at it, which the follow-up readings below do.)
          // (Nor one that sets the article's price against the user's: "…? 比原来多多少?" asks again at it.)
          ((BY_HOW_MUCH.test(reading.text) || RATIO_OF_THOSE.test(reading.text)) &&
              underScenario(ctx, previous, reading, lexicon) === undefined &&
              !ORIGINAL_PRICE.test(reading.text) &&
              !reading.entities.some(
                (m) =>
                  OWNER_KINDS.has(m.entity.kind) && !previous?.entities.some((n) => n.entity === m.entity),
              )) ||
            // ("who's top and how far ahead of #2": the lead the ranking before worked out.)
            (answers.at(-1)?.kind === 'ranking' && RUNNER_UP.test(reading.text)) ||
            // ("what are the inference and training speedups, and how far apart are they?": the two
            // speed-ups just given, set against each other.)
            (answers.at(-1)?.topic === 'performance' &&
              SET_AGAINST.test(reading.text) &&
              reading.entities.every((m) => m.entity.kind === 'gpu') &&
              reading.numbers.length === 0)
          ? '? '
          : // ("…值多少美元? 再按汇率7.1换成人民币是多少": the value just worked out, in yuan.)
            IN_YUAN.test(reading.text) &&
              answers.at(-1)?.calculations.some((c) => c.result.unit === 'usd') === true &&
              !reading.entities.some((m) => OWNER_KINDS.has(m.entity.kind))
            ? ', '
            : A_FRACTION.test(reading.text)
              ? '的'
              : answers.at(-1)?.kind === 'what-if' &&
                  (underWhatIf(previous, reading, articleFigures(ctx.kb).totalDemand) ||
                    CHANGE_TOO.test(reading.text))
                ? ', '
                : undefined;
    if (previous !== undefined && joint !== undefined) {
      reading = readQuestion(`${previous.text}${joint}${reading.text}`, lexicon);
      answers.pop();
      earlier.pop();
    }
    // The part before asked again: for the other workload ("…按训练能顶多少张 H100? 按推理呢?"), of
    // another name ("OpenAI 要多少? Meta 呢?", "(2) Inflection's"), or worked from the count it gave
    // ("…and how many A100s would those be?").
    const again =
      (previous === undefined
        ? undefined
        : // (A total of the names before with one added says so in its own words, which no other
          // reading of a follow-up shares: "加埋Character一共几多".)
          (addedToEach(answers, reading, lexicon) ??
          budgetAtMovedPrice(ctx, previous, reading, lexicon, answers.at(-1)) ??
          otherWorkload(previous, reading, lexicon) ??
          underScenario(ctx, previous, reading, lexicon) ??
          atArticlePrice(ctx, previous, reading, lexicon, answers.at(-1)) ??
          atSamePrice(previous, reading, lexicon) ??
          pricedSumAsBefore(answers.at(-1), previous, reading, lexicon) ??
          otherEntity(previous, reading, lexicon, articleFigures(ctx.kb).sourceIds) ??
          otherAmount(previous, reading, lexicon) ??
          addedToSum(answers.at(-1), reading, lexicon))) ??
      carryResult(answers.at(-1), reading, lexicon, articleFigures(ctx.kb).gap) ??
      // (After the result carried: "Meta 要的 2.5 万张, 一半是多少? 值多少钱?" prices the half.)
      (previous === undefined ? undefined : countPriced(previous, reading, lexicon, answers.at(-1)));
    if (again !== undefined) {
      // ("…? same for tesla and stability": the part before asked of each name in turn.)
      for (const each of Array.isArray(again) ? again : [again]) {
        previous = each;
        earlier.push(each);
        answers.push(againstEarlierValue(answers.at(-1), answerReading(ctx, each, intents), reading));
      }
      continue;
    }
    // "特斯拉有多少张 A100? 比 Stability AI 多多少?": a comparison naming one side is about the one
    // the part before named.
    const sides = (m: Reading['entities'][number]) =>
      OWNER_KINDS.has(m.entity.kind) || m.entity.kind === 'model';
    const owners = reading.entities.filter(sides);
    // (Nor a model with no figure to set against: "inflection's gpt-3.5-equivalent model" is Inflection's.)
    const before0 = previous?.entities.filter(
      (m) =>
        sides(m) &&
        !owners.some((o) => o.entity.id === m.entity.id) &&
        (m.entity.kind !== 'model' || figureOf(ctx, m.entity, 'holdings') !== undefined),
    );
    // ("Meta 嘅 A100 係 Tesla 嘅幾多倍? 同 Stability 比又係幾多倍?": after a comparison of two, the first of
    // them set against the new one.)
    const side =
      before0?.length === 2 && answers.at(-1)?.kind === 'comparison' ? before0.slice(0, 1) : before0;
    if (
      owners.length === 1 &&
      side !== undefined &&
      side.length === 1 &&
      (ONE_SIDED.test(reading.text) ||
        THAN_UNSAID.test(reading.text) ||
        THAT_THAN.test(reading.text) ||
        SUBJECT_UNSAID.test(reading.text))
    ) {
      // "假设每家大云都翻倍, 四家一共多少? 再加上 OpenAI 呢?": the what-if holds for the follow-up too.
      reading =
        previous !== undefined && WHAT_IF.test(previous.text)
          ? readQuestion(`${previous.text}, ${reading.text}`, lexicon)
          : { ...reading, entities: [...side.map((m) => ({ ...m, start: -1 })), ...reading.entities] };
    }
    // "华为昇腾能不能替代 H100? 性能差多少?", "H100 明年会降价吗? 能降到多少?": a part that names nothing and
    // gives no number, after a part the article cannot answer, goes on about that same thing. The
    // not-found answer before stands for both; reading it alone would answer something else.
    // (Only after words the article lacks or a question it cannot answer: after "Inflection has no A100s
    // here", "not what it wants, what it has" asks about Inflection again.)
    // ("When does the H200 ship? how much faster is it than the H100?": "it" is the name the article
    // lacks, whatever else the part names.)
    const lacking = answers.at(-1);
    // ("xai 手上到底有几张 H100? elon 那边有说吗": whether someone said it, of the same thing, after any
    // question the article cannot answer.)
    const whoSaid =
      reading.numbers.length === 0 &&
      reading.entities.length > 0 &&
      reading.entities.every((m) => m.entity.kind === 'person') &&
      SAID_ASKED.test(reading.text);
    // ("谷歌有多少TPU? 跟H100比呢": the thing the article lacks set against a GPU.)
    const versusGpu = VERSUS_GPU.test(reading.text) && reading.entities.every((m) => m.entity.kind === 'gpu');
    if (
      lacking?.kind === 'not-found' &&
      (whoSaid ||
        versusGpu ||
        // ("Google 自己嘅 TPU 有几多张? 会唔会取代 H100?": whether the thing the article lacks replaces a GPU.)
        (REPLACES.test(reading.text) && reading.entities.every((m) => m.entity.kind === 'gpu')) ||
        // ("H800 卖多少钱一张? 比 H100 的 3.5 万美元贵还是便宜?": the price the article lacks, set against one.)
        (lacking.missing?.what === 'price' && PRICED_AGAINST.test(reading.text)) ||
        // ("GPT-4 训练花了多少钱？…应该好几亿美金吧？": a guess at the size of what the article lacks.)
        (GUESSED_SIZE.test(reading.text) && !reading.cues.has('value')) ||
        // ("what will H100 prices look like next year? will they drop below 25k?": a guess at it.)
        (reading.entities.length === 0 && GUESSED_MOVE.test(reading.text)) ||
        ((lacking.missing === undefined || lacking.missing.what === 'words') &&
          ((reading.entities.length === 0 && reading.numbers.length === 0) ||
            ((previous?.names.length ?? 0) > 0 && IT.test(reading.text)))))
    )
      continue;
    // ("which cloud does cohere use? aws or gcp?", "Mistral 用哪家云? Azure 还是 GCP?": the user's guesses
    // at the cloud just asked about, answered by the part before or not named by the article.)
    if (
      (lacking?.kind === 'cloud-of' ||
        (lacking?.kind === 'not-found' && lacking.missing?.what === 'cloud')) &&
      reading.numbers.length === 0 &&
      reading.entities.length > 0 &&
      reading.entities.every((m) => m.entity.kind === 'cloud') &&
      CLOUD_GUESS.test(reading.text) &&
      !OWN_QUESTION.test(reading.text)
    )
      continue;
    // "which company has the most and how many?": the ranking just given states the figure.
    if (
      lacking?.kind === 'ranking' &&
      reading.entities.length === 0 &&
      reading.numbers.length === 0 &&
      [...reading.cues].every((c) => HOW_MANY_ONLY.has(c))
    )
      continue;
    // "…and how many does it want?": a part that names nothing is about what the part before named;
    // "…and how many does that cloud want?" is about the cloud the part before answered with.
    const before = answers.at(-1);
    // "…and how much faster is the H100 at inference?" is about the GPUs, not about the company before.
    // ("换算成A100多少张" converts the figure before it, so it does carry.)
    // ("第一 谁给nvidia代工 第二 推理快几倍": a speed asked of a workload is about the GPUs, named or not.)
    // ("…how many would you need going by the training speedup" counts the GPUs before: it carries.)
    const speedAsked =
      reading.entities.length === 0 &&
      reading.cues.has('compare') &&
      !COUNTS_GPUS.test(reading.text) &&
      (reading.cues.has('training') || reading.cues.has('inference'));
    const aboutGpus =
      ((reading.entities.some((m) => m.entity.kind === 'gpu') &&
        GPU_QUESTION_CUES.some((c) => reading.cues.has(c))) ||
        speedAsked) &&
      !CONVERTING.test(reading.text) &&
      // ("…and how many more cards is the ask than the A100 stash?": what someone wants or has.)
      !OWNED_FIGURE.test(reading.text);
    // ("…等於幾多張A100？另外3500張即係幾多部8卡機？": a count of GPUs of its own, in servers, is nobody's.)
    // (Nor is one server's GPUs priced: "…and what's the GPU cost per server at $35k a card?".)
    const ownServers =
      (SERVERS_COUNTED.test(reading.text) &&
        reading.numbers.some((n) => n.gpus && !SERVER_SIZE_AFTER.test(reading.text.slice(n.end)))) ||
      oneServerPriced(reading.text);
    // ("OpenAI 用乜云? 要几多张? 佢个云厂手上又有几多张?": the cloud an earlier part answered with, said
    // again after a part about something else.)
    const cloudBefore = THAT_CLOUD.test(reading.text)
      ? answers.findLast((a) => a.kind === 'cloud-of' && a.related.length > 0)
      : undefined;
    if (cloudBefore !== undefined && cloudBefore !== answers.at(-1))
      reading = {
        ...reading,
        entities: [
          ...cloudBefore.related.map((entity) => ({ entity, text: entity.name.en, fuzzy: false, start: -1 })),
          ...reading.entities.filter((m) => m.entity.kind === 'gpu'),
        ],
        names: [],
      };
    // ("…how many A100s do they have? per the GPU Utils numbers": the article's author or publisher is
    // where figures come from, not a name the part asks about.)
    const { sourceIds } = articleFigures(ctx.kb);
    // ("what do they add up to? I remember anthropic and mistral but blanked on the other two": with the
    // asking sentence pointing back, names said only in the chatter after it ask nothing.)
    const asking = askingOf(reading.text);
    const pointsBack = THEY.test(asking.text);
    const chatter = (m: Reading['entities'][number]) => pointsBack && m.start >= 0 && !asking.at(m.start);
    if (
      previous !== undefined &&
      !aboutGpus &&
      !ownServers &&
      // ("…and what's the combined total? (i'm guessing meta is way ahead)": a name in an aside asks nothing.)
      !reading.entities.some(
        (m) =>
          m.entity.kind !== 'gpu' &&
          !sourceIds.has(m.entity.id) &&
          !inAside(reading.text, m.start) &&
          !chatter(m),
      )
    ) {
      if (reading.entities.some(chatter))
        reading = { ...reading, entities: reading.entities.filter((m) => !chatter(m)) };
      // A part naming nothing at all ("训练呢?") carries the GPUs too: the same comparison, another workload.
      // "…Stability 呢? 两个加起来多少": a combination of what every earlier part named.
      // A part before that named only a model ("它那個 GPT-3.5 模型用了幾張?") leaves the company named
      // earlier as the one asked about next ("現在又要多少?").
      const owners = (r: Reading) => r.entities.filter((m) => OWNER_KINDS.has(m.entity.kind));
      const lastOwner =
        owners(previous).length > 0 ? [] : (earlier.map(owners).findLast((o) => o.length > 0) ?? []);
      // "…三大雲(唔計Oracle)加埋幾多? 以每張3.5萬美金計值幾錢?": what the part before added up, not what it
      // named to leave out.
      // ("who are the 'maybe 10k each' companies? and what do they add up to": the ones it listed.)
      // ("who's on azure? and how many do they want in total?": the users it listed, pointed back at.)
      const summed =
        before !== undefined &&
        before.related.length > 0 &&
        (before.calculations.some((c) => c.kind === 'sum') ||
          (before.kind === 'cloud-users' && pointsBack) ||
          (before.kind === 'topic' &&
            before.related.length > 1 &&
            !owners(previous).some((m) => m.start < 0 || askingOf(previous?.text ?? '').at(m.start))))
          ? before.related
              .filter((entity) => before.kind !== 'cloud-users' || entity.kind !== 'cloud')
              .map((entity) => ({ entity, text: entity.name.en, fuzzy: false, start: -1 }))
          : undefined;
      // ("…how many H100s? I half remember 25k but that might've been Meta. once you've got the right
      // number, what's that worth?": of the names before, the ones the answer before was about.)
      const answeredAbout =
        before?.found === true
          ? [...(before.subject === undefined ? [] : [before.subject]), ...before.related]
          : [];
      const askedBefore = askingOf(previous.text);
      const previousNames =
        answeredAbout.length === 0
          ? previous.entities
          : previous.entities.filter(
              (m) =>
                !OWNER_KINDS.has(m.entity.kind) ||
                m.start < 0 ||
                (askedBefore.at(m.start) && !inQuietAside(previous?.text ?? '', m.start)) ||
                (m.entity.kind === 'group' && !inAside(previous?.text ?? '', m.start)) ||
                answeredAbout.some(
                  (e) =>
                    e.id === m.entity.id ||
                    e.members.includes(m.entity.id) ||
                    m.entity.members.includes(e.id),
                ),
            );
      const from =
        summed ??
        (COMBINING.test(reading.text) || WHICH_OF_THEM.test(reading.text)
          ? unionOf(earlier)
          : [...lastOwner, ...previousNames]);
      // (A question of which cloud never carries a GPU: "…有多少 A100, 用的什么 cloud?")
      // ("…都用 AWS 吗? 这两家加起来要多少张": the two companies, not the cloud asked about with them.)
      const counted = THESE_COUNTED.test(reading.text)
        ? from.filter((m) => m.entity.kind === 'company')
        : from;
      const carried =
        reading.entities.length === 0 && !reading.cues.has('cloud')
          ? counted
          : counted.filter((m) => m.entity.kind !== 'gpu');
      // "Which company wants the most? How many?": the one the ranking put first.
      // ("Meta的需求是OpenAI的几倍? 占43.2万的百分之多少": the share of the one compared, not of both.)
      // ("rank meta, tesla and stability by A100s. and what's the combined total?": all of those ranked.)
      const top =
        (before?.kind === 'ranking' && !COMBINING.test(reading.text)) ||
        (before?.kind === 'comparison' && (reading.cues.has('portion') || SHARE_OF.test(reading.text)))
          ? before.subject
          : undefined;
      const answered =
        THAT_CLOUD.test(reading.text) && before?.kind === 'cloud-of'
          ? before.related.map((entity) => ({ entity, text: entity.name.en, fuzzy: false, start: -1 }))
          : top !== undefined
            ? [{ entity: top, text: top.name.en, fuzzy: false, start: -1 }]
            : carried.map((m) => ({
                ...m,
                start: -1,
                // ("三大云一家要多少? 按每张3万算值多少?": still one of them, not the group.)
                ...(m.entity.kind === 'group' && m.start >= 0 && oneMemberSaid(previous?.text ?? '', m)
                  ? { text: `one of the ${m.text}` }
                  : {}),
              }));
      // ("Meta 用十萬計, Meta+OpenAI 加埋幾多張? 以文章每張價錢計值幾多錢?": Meta at the figure said before.)
      const twoFigured = articleFigures(ctx.kb).scenario?.entityId;
      // ("If Meta really wants 100k, …, and what share of the gap would it be?": the figure the part
      // before quoted for it.)
      const figures = articleFigures(ctx.kb).scenario;
      const quoted = previous.numbers.some((n) => n.value === figures?.high)
        ? ('meta-100k' as const)
        : previous.numbers.some((n) => n.value === figures?.low)
          ? ('meta-25k' as const)
          : undefined;
      const scenario = answered.some((m) => m.entity.id === twoFigured)
        ? (previous.scenario ?? readSlots(ctx, previous).scenario ?? quoted)
        : undefined;
      // ("谷歌云现在有多少张H100, 按三万五一张算值多少钱": the GPUs it has, priced.)
      // ("…holdings: what's the total, and what % of the 432k is that?": the share of what was added up,
      // in the measure it was added up in.)
      // ("GCP 有幾多張 H100? Azure 又有幾多? 兩個加埋最多幾多?": the holdings each part asked, added up.)
      const combined = from !== summed && COMBINING.test(reading.text) ? sharedMeasure(answers) : undefined;
      const measure =
        (summed === undefined && reading.cues.has('value')) ||
        (summed !== undefined && (reading.cues.has('portion') || SHARE_OF.test(reading.text)))
          ? before?.trace?.slots.measure
          : reading.cues.has('demand') || reading.cues.has('holdings')
            ? undefined
            : combined;
      // ("如果 OpenAI 嘅需求由5萬減到三萬, 咁 OpenAI 同 Inflection 加埋係幾多張? 三萬五一張計值幾錢?": the sum
      // as the supposition before changed it, priced; read with the part that supposed it.)
      const changedSum =
        summed !== undefined &&
        before?.kind === 'demand' &&
        reading.cues.has('value') &&
        WHAT_IF.test(previous.text) &&
        sumChangedFromFacts(before) &&
        reading.numbers.every((n) => n.currency || n.perUnit);
      reading = changedSum
        ? readQuestion(`${previous.text}, ${reading.text}`, lexicon)
        : {
            ...reading,
            entities: [...answered, ...reading.entities],
            names: [],
            ...(scenario === undefined ? {} : { scenario }),
            ...(measure === undefined ? {} : { measure }),
          };
    }
    // "how many does xAI want? they're on oracle right": a pronoun for the company the part before
    // named, beside a cloud of its own.
    else if (
      previous !== undefined &&
      cloudBefore === undefined &&
      (SUBJECT_PRONOUN.test(reading.text) || CLAIM_OPENING.test(reading.text)) &&
      reading.entities.filter((m) => m.entity.kind === 'company').length <= 1
    ) {
      const companies = previous.entities.filter(
        (m) => m.entity.kind === 'company' && !reading.entities.some((n) => n.entity === m.entity),
      );
      reading = {
        ...reading,
        entities: [...companies.map((m) => ({ ...m, start: -1 })), ...reading.entities],
      };
    }
    previous = reading;
    earlier.push(reading);
    // ("Anthropic 用哪家云？跟它用同一个云的还有谁？": each of the clouds just answered, asked of in turn.)
    const beforeAnswer = answers.at(-1);
    const cloudAnswer = cloudBefore ?? beforeAnswer;
    const ofEachCloud =
      THAT_CLOUD.test(reading.text) && cloudAnswer?.kind === 'cloud-of' && cloudAnswer.related.length > 1;
    const several = reading.entities.filter((m) => m.entity.kind === 'company' || m.entity.kind === 'cloud');
    const kind = several[0]?.entity.kind;
    const each = several.filter((m) => m.entity.kind === kind);
    // "每家都少要一万张" changes each by a count: one what-if, not one answer per company.
    // (A figure of a named one's own, quoted, changes nothing: "说 GCP 手上有两万五张, Azure 跟 Oracle 各有多少".)
    const ownCounts = new Set(
      several.flatMap((m) => articleFigures(ctx.kb).countsBySubject.get(m.entity.id) ?? []),
    );
    const changesCounts =
      reading.numbers.some(
        (n) =>
          n.value >= 100 &&
          !n.currency &&
          !(
            ownCounts.has(n.value) &&
            !/每|各|\beach\b|\bapiece\b/u.test(reading.text.slice(Math.max(0, n.start - 10), n.start))
          ),
      ) || FACTOR_OR_TOTAL.test(reading.text);
    // ("平均每家几张" divides the sum: one answer.)
    // ("add up the A100s they each have" is one sum.)
    // ("这三家分别用什么云? 是不是同一家?": whether they are alike is asked of all of them at once.)
    // ("how many do azure and oracle have?": what each holds is asked, as the article gives no sum of
    // holdings; what they want is summed with each beside it.)
    // (The last ones named together are asked of: "gcp has 25k, fine, but how many do azure and oracle
    // have?" asks of Azure and Oracle.)
    // (Of any kind: "how many do tesla and meta have, and azure?" asks of a cloud too.)
    const together = several.filter((_m, i) =>
      several.slice(i + 1).every((n, j) => {
        const before = several[i + j];
        return (
          before !== undefined &&
          COORDINATED.test(reading.text.slice(before.start + before.text.length, n.start))
        );
      }),
    );
    // (The sentence that asks, alone: "how many h100s do tesla and meta have? asking for a slide".)
    const askingSentence = sentenceAt(reading.text, together[0]?.start ?? 0);
    const cueIn = (cue: CueGroup) =>
      (reading.cueWords.get(cue) ?? []).some((w) => askingSentence.includes(w));
    const heldOfEach =
      cueIn('holdings') &&
      cueIn('howMany') &&
      !cueIn('demand') &&
      !cueIn('compare') &&
      !cueIn('total') &&
      together.length > 1 &&
      // (Where the message asks: "the article says how many goog has and gives ranges for azure and
      // oracle. how many does AWS have?" asks of AWS.)
      askingOf(reading.text).at(together[0]?.start ?? 0) &&
      // (Nor when they are ranked: "rank tesla meta stability by a100 count, smallest first", or set
      // against each other: "who has more A100s, tesla or stability, and by how much".)
      !/\bmore\b|\bfewer\b|\bless\b|\bby how much\b|更多|谁多|誰多|哪个多|哪家多|\bminus\b|\bvs\.?\b|\bversus\b|\badd\b|\brank|\bsort|\border (?:them|by)\b|\b(?:smallest|largest|biggest|fewest|most|least) first\b|比|落后|差|减|排名|排序|排个|排一下|从大到小|从小到大/u.test(
        askingSentence,
      );
    // (Not inside a name: "那四家各要一万张的创业公司" names the group, it asks of no each.)
    const eachAsked = EACH.test(
      reading.entities.reduce(
        (t, m) =>
          m.start < 0
            ? t
            : `${t.slice(0, m.start)}${' '.repeat(m.text.length)}${t.slice(m.start + m.text.length)}`,
        reading.text,
      ),
    );
    const asked = heldOfEach && !eachAsked && !ofEachCloud ? together : each;
    if (
      // ("…三家的A100数量从多到少排个序, 顺便写上各自多少张": each one's figure, in the ranking.)
      ((eachAsked && !RANKED.test(reading.text)) || ofEachCloud || heldOfEach) &&
      !ALIKE_ASKED.test(reading.text) &&
      asked.length > 1 &&
      !changesCounts &&
      !MEAN_WORDS.test(reading.text) &&
      !ADD_UP.test(reading.text) &&
      // ("OpenAI 要的分别是 Inflection 和 Anthropic 的几倍": the first set against each, one comparison each.)
      !EACH_COMPARED.test(reading.text)
    ) {
      for (const one of asked) {
        const single = {
          ...reading,
          entities: reading.entities.filter((m) =>
            asked === each
              ? m.entity.kind !== kind || m === one
              : !OWNER_KINDS.has(m.entity.kind) || m === one,
          ),
        };
        answers.push(answerReading(ctx, single, intents));
      }
      continue;
    }
    // ("total demand value both ways (meta 25k and meta 100k)?": asked under each of Meta's figures.)
    const both = bothScenarios(ctx, reading, lexicon);
    if (both !== undefined) {
      answers.push(...answeredAtEach(ctx, both, intents));
      continue;
    }
    const answered = againstEarlierValue(answers.at(-1), answerReading(ctx, reading, intents), reading);
    answers.push(answered);
    // ("Foxconn vs Tesla, who has more A100s?": one side told, the other said to be missing.)
    const otherSide = answered.found && answered.kind !== 'comparison' ? missingSide(reading) : undefined;
    if (otherSide !== undefined)
      answers.push(notFound(ctx, otherSide, lexicon.suggest(otherSide).slice(0, 3)));
  }
  // Every part is answered, the ones the article cannot answer included: a reply that drops a part
  // without a word would look like a full answer.
  // Two parts answered alike ("誰比較多? 差多少?" both compare the same two) are said once.
  // A part whose answer the next part's repeats and goes on from ("加起來有多少? 平均每家幾張?") gives way.
  // (Each answer's key worked out once: the checks below compare every pair.)
  const keys = new Map(answers.map((a) => [a, answerKey(a)]));
  const keyOf = (a: Answer) => keys.get(a) ?? answerKey(a);
  const same = (a: Answer, b: Answer) => keyOf(a) === keyOf(b) && (a.verdict ?? '') === (b.verdict ?? '');
  const spent = spentLater(answers);
  const distinct = spent
    // (…or one that an earlier part already gave among its own: "how many did each use? which gpu type?")
    .filter(
      (a, i) =>
        spent.findIndex((b) => same(a, b)) === i &&
        !spent.slice(0, i).some((b) => b.parts?.some((p) => same(p, a) || sameLookUp(p, a)) === true),
    )
    // The same said again with a verdict ("具体多少? 是现货吗?" → "不是。…"): the verdict's telling is enough.
    .filter(
      (a, _, all) =>
        a.verdict !== undefined || !all.some((b) => b.verdict !== undefined && keyOf(b) === keyOf(a)),
    )
    .filter((a, i, all) => !goesOnFrom(all[i + 1], a))
    // ("what does helsing do and which cloud is it on?": beside a part the article cannot answer, a
    // dump of what it says about the name answers nothing asked, and would make the reply look found;
    // so beside a part that works out figures of the same names, "帮我算一下: 四大云每家按3万张算, 加起来多少张?".)
    .filter(
      (a, _, all) =>
        a.trace?.intent !== 'overview' || !all.some((b) => b.kind === 'not-found' || worksOutFiguresOf(b, a)),
    );
  const first = distinct.find((a) => a.found);
  if (distinct.length <= 1) return distinct[0] ?? notFound(ctx, undefined);
  // (Nothing asked is in the article: each part says what it misses, "how many h100s do tesla and meta
  // have" names both.)
  // (A part answered in parts of its own, "…stability ai have? meta?", gives each of them.)
  const flat = distinct.flatMap((a) => a.parts ?? [a]);
  return { ...(first ?? distinct[0] ?? notFound(ctx, undefined)), parts: flat };
}

/**
 * An amount one part could not use and a later part did ("at $35k a card … how many H100s, and how
 * much money?") is no longer reported unused: the reply as a whole used it.
 */
function spentLater(answers: readonly Answer[]): Answer[] {
  return answers.map((answer, i) => {
    if (answer.unused === undefined || answer.trace === undefined) return answer;
    const later = answers.slice(i + 1).flatMap((b) => {
      const unusedThere = new Set(b.unused ?? []);
      return (b.trace?.slots.amounts ?? []).filter((a) => !unusedThere.has(a.text)).map((a) => a.value);
    });
    const amountOf = new Map(answer.trace.slots.amounts.map((a) => [a.text, a.value]));
    const unused = answer.unused.filter((text) => !later.includes(amountOf.get(text) ?? Number.NaN));
    if (unused.length === answer.unused.length) return answer;
    const { unused: _, ...rest } = answer;
    return unused.length > 0 ? { ...rest, unused } : rest;
  });
}

const WORKLOADS = ['training', 'inference'] as const;
/** What a part asking only for another workload may hold besides: "按推理呢", "what about for inference?". */
// ('use' is the 上 of "推理上呢"; 'demand' the 要 of "做训练的话又要几张".)
const WORKLOAD_FOLLOW_UP_CUES: ReadonlySet<string> = new Set([
  ...WORKLOADS,
  'howMany',
  'demand',
  'filler',
  'compare',
  'use',
]);

/**
 * The part before read again for the other workload, when a part names nothing, gives no amount and
 * asks only for that workload ("按推理呢?", "and for inference?").
 */
function otherWorkload(previous: Reading, reading: Reading, lexicon: Lexicon): Reading | undefined {
  if (reading.entities.length > 0 || reading.numbers.length > 0) return undefined;
  if (![...reading.cues].every((c) => WORKLOAD_FOLLOW_UP_CUES.has(c))) return undefined;
  const now = WORKLOADS.filter((w) => reading.cues.has(w));
  const then = WORKLOADS.filter((w) => previous.cues.has(w));
  const [to] = now;
  const [from] = then;
  if (now.length !== 1 || then.length !== 1 || to === undefined || from === undefined || to === from)
    return undefined;
  const word = reading.cueWords.get(to)?.[0];
  if (word === undefined) return undefined;
  const text = (previous.cueWords.get(from) ?? []).reduce((t, w) => t.replaceAll(w, word), previous.text);
  return readQuestion(text, lexicon);
}

/** What a part naming only another name may hold besides: "Meta 呢?", "and inflection?", "Inflection's". */
const RENAME_CUES: ReadonlySet<string> = new Set(['filler']);

/** A number that may count GPUs: said of GPUs, or plain (no price, factor, share or time; no rate or rank). */
function countLike(n: Reading['numbers'][number]): boolean {
  return (
    n.gpus ||
    (n.value >= 100 && !n.currency && !n.perUnit && !n.ratio && !n.percent && n.duration === undefined)
  );
}

/**
 * The part before read again of another name, when a part names one company, cloud or model and asks
 * nothing else ("Meta 呢?", "what about inflection?", "(2) Inflection's").
 */
function otherEntity(
  before: Reading,
  reading: Reading,
  lexicon: Lexicon,
  sourceIds: ReadonlySet<string>,
): Reading | readonly Reading[] | undefined {
  // (The article's author named as where figures come from is no name asked of: "that gpu utils piece".)
  const own = (r: Reading) =>
    r.entities.filter(
      (m) => (OWNER_KINDS.has(m.entity.kind) || m.entity.kind === 'model') && !sourceIds.has(m.entity.id),
    );
  // ("…does stability ai have? meta? and tesla?": names asked in turn after the question are asked it
  // too, so the question is the one to ask again.)
  const ownBefore = own(before);
  const asked = ownBefore[0] === undefined ? -1 : before.text.indexOf('?', ownBefore[0].start);
  const previous =
    ownBefore.length > 1 && asked > 0 && ownBefore.slice(1).every((m) => m.start > asked)
      ? readQuestion(before.text.slice(0, asked + 1), lexicon)
      : before;
  // ("…? same for tesla and stability": the question before, asked of each name now.)
  const names = own(reading);
  const [now] = names;
  const [then] = own(previous);
  if (now === undefined || then === undefined || own(previous).length !== 1) return undefined;
  if (names.some((m) => m.entity.id === then.entity.id) || then.start < 0) return undefined;
  // (Several names are several askings only of the same kind and not as a choice: "Helsing 用哪家云？
  // Azure 还是 AWS？" guesses an answer.)
  if (
    names.length > 1 &&
    (reading.numbers.length > 0 ||
      CLOUD_GUESS.test(reading.text) ||
      names.some((m) => m.start < 0 || m.entity.kind !== then.entity.kind))
  )
    return undefined;
  // ("Anthropic 用哪家云? 是 Azure 吧": a claim about the one before, not the question asked of another.)
  // ("Helsing 要幾多張? 同 Mistral 一樣多?": the two set against each other, not the question again.)
  if (CLAIM_OPENING.test(reading.text) || AS_MANY_AS.test(reading.text)) return undefined;
  // ("OpenAI 那 5 万张值多少人民币？Meta 的 2.5 万张呢？": another name with its own count of GPUs, for
  // the one count before.)
  const [count, ...more] = reading.numbers;
  const countBefore = previous.numbers.filter(countLike);
  // (Of several counts, the one said of the name: "what share of the 432k is OpenAI's 50k? and Inflection's 22k?".)
  const nameEnd = then.start + then.text.length;
  const was =
    countBefore.length === 1
      ? countBefore[0]
      : countBefore.find((n) => n.start >= nameEnd && n.start - nameEnd <= 8);
  const recounted =
    count !== undefined && more.length === 0 && countLike(count) && was !== undefined
      ? { count, was }
      : undefined;
  if (reading.numbers.length > 0 && recounted === undefined) return undefined;
  if (![...reading.cues].every((c) => RENAME_CUES.has(c))) return undefined;
  // Only the name and a few words around it ("what about", "呢", "'s"): anything longer asks its own.
  const rest = names
    // (Each place it is named: "zuck's meta".)
    .flatMap((m) => [m.text, ...(m.others ?? []).map((o) => o.text)])
    .reduce((t, said) => t.replace(said, ''), reading.text)
    .replace(
      recounted === undefined ? '' : reading.text.slice(recounted.count.start, recounted.count.end),
      '',
    )
    .replace(
      // ("and lambda specifically?", "那 Meta 单独呢": words that only single it out.)
      /\b(?:(?:its|their|the) (?:number|figure)|what|whats|how|about|and|also|then|for|of|the|s|is|specifically|exactly|alone|just|only|tho|though|itself|in particular|same|ditto|likewise|do|q|question|thing|too|as well|with|there)\b|单独|本身|一样|一樣|同样|同樣|也是|还有|還有|(?:顺便|順便)|\bbtw\b|\bby the way\b|(?:帮我|幫我)?(?:问|問|查|算)(?:一)?下|[呢吗嗎呀啊的那张張也和跟与與及'’?？,，.。()（）&+\s\d]/gu,
      '',
    );
  if (rest.length > 2) return undefined;
  // Written from the end, so each replacement leaves the other's position where it was.
  if (names.length > 1)
    return names.map((m) =>
      readQuestion(
        `${previous.text.slice(0, then.start)}${m.text}${previous.text.slice(then.start + then.text.length)}`,
        lexicon,
      ),
    );
  const edits = [
    { start: then.start, end: then.start + then.text.length, text: now.text },
    ...(recounted === undefined
      ? []
      : [
          {
            start: recounted.was.start,
            end: recounted.was.end,
            text: reading.text.slice(recounted.count.start, recounted.count.end),
          },
        ]),
  ].sort((a, b) => b.start - a.start);
  const text = edits.reduce((t, e) => `${t.slice(0, e.start)}${e.text}${t.slice(e.end)}`, previous.text);
  return readQuestion(text, lexicon);
}

/** Words a part asking the part before again at another price or count may hold besides it. */
const PRICE_FOLLOW_UP =
  /\b(?:what about|how about|and|at|if|instead|then|it|was|were|is|each|a card|per card|apiece|a pop)\b|要是|如果|假如|那|咁|单价|涨到|降到|跌到|变成|改成|换成|按|每张|一张|一块|算|呢|的话|是|张|块|[?？,，.。!！\s]/gu;

/**
 * The part before asked again at another price or count, when a part gives only that ("…每张按两万五美元
 * 算值多少? 要是涨到 4 万刀一张呢?", "and at $40k?", "…值幾多錢? 咁如果係2.5萬張呢?"): the price (or
 * count) before replaced by it.
 */
/**
 * "…43.2 万张总价值多少？比 3.5 万时少多少？": the part before asked again at the price this part names, so
 * the two values can be set against each other.
 */
function atPriceAgainst(
  before: Answer | undefined,
  previous: Reading,
  reading: Reading,
  lexicon: Lexicon,
): Reading | undefined {
  const price = before?.price?.value;
  if (price === undefined || reading.entities.length > 0 || reading.numbers.length !== 1) return undefined;
  const [amount] = reading.numbers;
  if (amount === undefined || amount.gpus || !AGAINST_PRICE.test(reading.text)) return undefined;
  const stood = previous.numbers.filter((n) => n.value === price);
  const [was] = stood;
  if (was === undefined || stood.length !== 1 || amount.value === price) return undefined;
  const said = reading.text.slice(amount.start, amount.end);
  return readQuestion(`${previous.text.slice(0, was.start)}${said}${previous.text.slice(was.end)}`, lexicon);
}

function otherAmount(previous: Reading, reading: Reading, lexicon: Lexicon): Reading | undefined {
  if (reading.entities.length > 0 || reading.numbers.length !== 1) return undefined;
  const [amount] = reading.numbers;
  if (amount === undefined || amount.percent || amount.ratio || amount.duration !== undefined)
    return undefined;
  const said = reading.text.slice(amount.start, amount.end);
  // Only the amount and words that ask again: anything more asks a question of its own.
  const rest = `${reading.text.slice(0, amount.start)} ${reading.text.slice(amount.end)}`.replace(
    PRICE_FOLLOW_UP,
    '',
  );
  if (rest.length > 2) return undefined;
  // A count said in GPUs replaces the count before; anything else, the price. (A bare "2.5 万" after a
  // part that gave a count and no price, "如果 Meta 要的是 10 万张…? 如果是 2.5 万呢", is the count.)
  const priced = previous.numbers.some((n) => n.currency || n.perUnit);
  const asCount = amount.gpus || (!amount.currency && !amount.perUnit && !priced);
  const before = previous.numbers.filter((n) => (asCount ? n.gpus : n.currency || n.perUnit));
  const last = before.at(-1);
  if (last === undefined || before.length !== 1) return undefined;
  // (A bare "4万" where "2.5万美元" stood is read as the price the sentence around it says it is.)
  const text = `${previous.text.slice(0, last.start)}${said}${previous.text.slice(last.end)}`;
  return readQuestion(text, lexicon);
}

/** The one price a part gave ("at 28k a card", "$35k each"), if it gave exactly one. */
function onePrice(r: Reading): Reading['numbers'][number] | undefined {
  const prices = r.numbers.filter((n) => n.currency || n.perUnit);
  return prices.length === 1 ? prices[0] : undefined;
}

/** The article's own price named: "比原价少多少钱", "vs the article's price", "at the original price". */
const ORIGINAL_PRICE =
  /原价|原價|(?:跟|和|同|与|與|比)(?:原本|本来|本來|原来|原來|之前)|原来的价|原來的價|比原来(?=[^?？]{0,6}(?:多|少|贵|貴|便宜|省|平))|比原來(?=[^?？]{0,6}(?:多|少|贵|貴|便宜|省|平))|\bthan (?:before|originally|at the original)\b|文章(?:的)?(?:价格|单价|價格|單價|价|價)|\bthe article'?s? (?:price|number)\b|\b(?:the )?original price\b|\blist price\b/u;

/**
 * "如果每张卡降价到2万美元, 缺口值多少? 比原价少多少钱?": the part before asked again at the article's
 * price, so the money between the two is worked out.
 */
function atArticlePrice(
  ctx: AskContext,
  previous: Reading,
  reading: Reading,
  lexicon: Lexicon,
  before: Answer | undefined,
): Reading | undefined {
  // ("跟原本約150億美元差多少": the sum the user recalls for it is no number of its own.)
  if (!ORIGINAL_PRICE.test(reading.text) || reading.numbers.some((n) => !(n.currency && n.value >= 1e6)))
    return undefined;
  if (reading.entities.some((m) => m.entity.kind !== 'gpu' && m.start >= 0)) return undefined;
  // (The price the part before was answered at, however it was written: "涨价到四万".)
  const used = before?.price?.fromUser === true ? before.price.value : undefined;
  const atUsed = previous.numbers.filter((n) => n.value === used);
  const price = onePrice(previous) ?? (atUsed.length === 1 ? atUsed[0] : undefined);
  if (price === undefined) return undefined;
  const article = pricing(ctx.kb, undefined);
  if (article.fromUser || article.value === price.value) return undefined;
  return readQuestion(
    `${previous.text.slice(0, price.start)}$${article.value}${previous.text.slice(price.end)}`,
    lexicon,
  );
}

/** The price before named again: "at the same price", "同样的价格", "按同价". */
const SAME_PRICE =
  /\b(?:at|for|with|using) (?:the )?same (?:price|rate|per[- ]card price|unit price)\b|\bsame price\b|同样(?:的)?(?:价格|单价|价)|同樣(?:的)?(?:價格|單價|價)|同价|同價|一样的(?:价格|价)|一樣的(?:價格|價)/u;

/**
 * "what are 357k H100s worth at 35k each, and how much less is that than the 432k at the same price?":
 * a part priced "at the same price" is priced at the one price the part before gave.
 */
/** GPUs asked as a count: "多少张", "how many H100s". */
const GPUS_COUNT_ASKED = /多少张|多少張|几张|幾張|几多张|幾多張|\bhow many (?:h100|a100|gpu|card)s?\b/u;

/**
 * "每家大云按3.5万美元一张各值多少? 四家加起来多少?": after each one priced, their sum is asked in money
 * too; read with the part that priced them.
 */
function pricedSumAsBefore(
  before: Answer | undefined,
  previous: Reading,
  reading: Reading,
  lexicon: Lexicon,
): Reading | undefined {
  if (
    before?.kind !== 'cost' ||
    !COMBINING.test(reading.text) ||
    reading.numbers.length > 0 ||
    reading.entities.some((m) => m.entity.kind !== 'gpu') ||
    GPUS_COUNT_ASKED.test(reading.text)
  )
    return undefined;
  return readQuestion(`${previous.text}, ${reading.text}`, lexicon);
}

function atSamePrice(previous: Reading, reading: Reading, lexicon: Lexicon): Reading | undefined {
  if (!SAME_PRICE.test(reading.text) || reading.numbers.some((n) => n.currency || n.perUnit))
    return undefined;
  // (A bare number after "at" is the price too: "what's 432k worth at 35k".)
  const atBare = previous.numbers.filter((n) =>
    /(?:\bat|@|按|以)\s*$/u.test(previous.text.slice(Math.max(0, n.start - 4), n.start)),
  );
  const price = onePrice(previous) ?? (atBare.length === 1 ? atBare[0] : undefined);
  if (price === undefined) return undefined;
  const said = previous.text.slice(price.start, price.end).trim();
  const zh = /\p{Script=Han}/u.test(reading.text);
  return readQuestion(`${reading.text}${zh ? `，按每张 ${said} 算` : `, at ${said} each`}`, lexicon);
}

/** A figure set as a condition: "如果Meta用2.5萬計", "with meta at 25k", "counting meta at 100k". */
const SCENARIO_SET =
  /如果|假如|要是|假设|按|用.{0,8}(?:计|算)|\bif\b|\bwith\b|\bassum|\bcounting\b|\busing\b|\buse\b|\bat\b/u;

/**
 * The one figure of the two-figured entity (Meta's 25k or 100k) a part sets as a condition ("如果Meta用
 * 2.5萬計", "同按 2.5 萬計"), with the two; nothing when it says no such figure, or more than one number.
 * (Said as a condition: "and meta's 25k?" asks of Meta's own.)
 */
function scenarioFigureSet(
  ctx: AskContext,
  reading: Reading,
):
  | { two: NonNullable<ReturnType<typeof articleFigures>['scenario']>; said: Reading['numbers'][number] }
  | undefined {
  const two = articleFigures(ctx.kb).scenario;
  const [said] = reading.numbers;
  if (two === undefined || said === undefined || reading.numbers.length !== 1) return undefined;
  if (said.value !== two.low && said.value !== two.high) return undefined;
  return SCENARIO_SET.test(reading.text) ? { two, said } : undefined;
}

/**
 * A part that only sets Meta at one of its figures asks the part before again under it: "OpenAI嗰5萬張
 * 佔總數幾多%? 如果Meta用2.5萬計又係幾多%?" (Meta named, after a part about another), or "如果 Meta 按十萬計,
 * total 係幾多? 同按 2.5 萬計差幾多?" (naming nobody, Meta's other figure in place of the one before; the
 * difference, if asked, follows).
 */
/** A name with its figure in brackets, asked of in turn: "Meta(按2.5万算)呢?", "and meta (at 25k)?". */
const ASKED_ABOUT_INSTEAD =
  /^\s*(?:那|咁|那么|and|what about|how about)?\s*([^?？,，()（）]{1,24}[(（][^)）]{1,24}[)）])\s*(?:呢|嘞|咧)?\s*[?？]*\s*$/u;
/** A supposition said: "if", "如果", "要是". */
const SUPPOSING = /如果|要是|假如|假设|假設|\bif\b|\bsuppose\b|\bassuming\b/u;

function underScenario(
  ctx: AskContext,
  previous: Reading,
  reading: Reading,
  lexicon: Lexicon,
): Reading | undefined {
  const set = scenarioFigureSet(ctx, reading);
  if (set === undefined) return undefined;
  const { two, said } = set;
  const owners = reading.entities.filter((m) => OWNER_KINDS.has(m.entity.kind) && m.start >= 0);
  const [only] = owners;
  // ("OpenAI 嘅5萬張佔幾多%? 咁 Meta 如果真係要10萬張又佔幾多?": what Meta itself wants, asked of, is no
  // condition on the part before; "如果Meta用2.5萬計" is.)
  const between = only === undefined ? '' : reading.text.slice(only.start + only.text.length, said.start);
  if (/要|\bwants?\b|\bneeds?\b/u.test(between) && !/计|計|算|\bcount/u.test(reading.text)) return undefined;
  if (owners.length === 1 && only?.entity.id === two.entityId) {
    // ("meta's ask, what's it worth at 35k? and if meta's the 100k version instead?": the part before,
    // asked again with Meta at the figure said.)
    if (!previous.entities.some((m) => OWNER_KINDS.has(m.entity.kind) && m.entity.id !== two.entityId))
      return previous.entities.some((m) => m.entity.id === two.entityId) && previous.numbers.length > 0
        ? readQuestion(`${previous.text}, ${reading.text}`, lexicon)
        : undefined;
    // ("OpenAI 的需求占 43.2 万总需求的百分比是多少? Meta(按2.5万算)呢?": Meta at its figure is asked of in
    // the place of the name before, the whole as quoted; no supposition of it changes the total.)
    const then = previous.entities.find((m) => OWNER_KINDS.has(m.entity.kind) && m.start >= 0);
    const subject = ASKED_ABOUT_INSTEAD.exec(reading.text)?.[1];
    if (then !== undefined && subject !== undefined && !SUPPOSING.test(reading.text))
      return readQuestion(
        `${previous.text.slice(0, then.start)}${subject}${previous.text.slice(then.start + then.text.length)}`,
        lexicon,
      );
    // ("what % of the 432k is openai? and what % if meta's at 25k?": the total quoted before is the one
    // at Meta's other figure now.)
    const { totalDemand, lowerTotal } = articleFigures(ctx.kb);
    const [was, now] = said.value === two.low ? [totalDemand, lowerTotal] : [lowerTotal, totalDemand];
    const quoted = previous.numbers.filter((n) => n.value === was);
    const asked =
      now === undefined
        ? previous.text
        : [...quoted]
            .sort((a, b) => b.start - a.start)
            .reduce((t, n) => `${t.slice(0, n.start)}${now}${t.slice(n.end)}`, previous.text);
    return readQuestion(`${asked}, ${reading.text}`, lexicon);
  }
  if (owners.length > 0 || !previous.entities.some((m) => m.entity.id === two.entityId)) return undefined;
  const other = said.value === two.low ? two.high : two.low;
  const before = previous.numbers.filter((n) => n.value === other);
  const [was] = before;
  if (was === undefined || before.length !== 1) return undefined;
  return readQuestion(
    `${previous.text.slice(0, was.start)}${reading.text.slice(said.start, said.end)}${previous.text.slice(was.end)}`,
    lexicon,
  );
}

/** Money asked of what the part before bought: "how much $ did I spend?", "总共花了多少钱". */
const SPENT_ASKED =
  /\bhow much\b.{0,30}\b(?:spend|spending|spent|pay|paying|paid|cost)\b|\bhow much (?:\$|money|cash)|\b(?:spend|spent|cost|pay|paid)\b.*\b(?:how much|what)\b|花了多少|要花多少|得花多少|花多少|多少钱|值多少/u;

/**
 * "…and I buy 10 H100s at the article's price — how many A100s worth of inference is that, and how
 * much $ did I spend?": a part asking money of nothing of its own prices the one count of GPUs the
 * part before gave (at the price it gave, if any).
 */
function countPriced(
  previous: Reading,
  reading: Reading,
  lexicon: Lexicon,
  before: Answer | undefined,
): Reading | undefined {
  if (reading.numbers.length > 0 || !SPENT_ASKED.test(reading.text)) return undefined;
  if (reading.entities.some((m) => m.entity.kind !== 'gpu' && m.start >= 0)) return undefined;
  // ("四大云每家3万张, 加起来多少张? 按文章单价值多少钱?": the sum the part before added up is what is
  // priced, not the count it was added from; so are the GPUs its servers hold: "两台8卡HGX, 一共多少张卡?
  // 光GPU值多少钱?".)
  const lastWorked = before?.calculations.at(-1);
  const summed =
    lastWorked?.kind === 'sum' || (lastWorked?.kind === 'servers' && lastWorked.steps[0]?.op === 'multiply')
      ? workedCount(before)
      : undefined;
  const counts = previous.numbers.filter((n) => n.gpus && !n.currency && !n.perUnit);
  const [count] = counts;
  if (
    summed === undefined &&
    (count === undefined || counts.length !== 1 || (count.model !== undefined && count.model !== 'h100'))
  )
    return undefined;
  const priced =
    summed?.gpu === 'H100'
      ? String(summed.value)
      : count === undefined
        ? ''
        : previous.text.slice(count.start, count.end);
  const price = onePrice(previous);
  const at = price === undefined ? '' : ` at ${previous.text.slice(price.start, price.end)} each`;
  const zh = /\p{Script=Han}/u.test(reading.text);
  // (Asked in the reader's own words of cost, which the reading knows, whatever the spending words were.)
  return readQuestion(
    zh
      ? `${priced}张 h100${at}值多少钱`
      : `what do ${summed?.gpu === 'H100' ? summed.value : (count?.value ?? '')} h100s${at} cost?`,
    lexicon,
  );
}

/** A part adding names to the sum before: "再算上 Oracle 呢?", "plus meta?", "and with Tesla?". */
const ADD_ON =
  /^\s*(?:如果|要是|假如|那|那么)?\s*(?:and\s+)?(?:(?:what )?if (?:you|we) )?(?:plus|add(?:ing)?|with|including|incl\.?|throw(?:ing)?|toss(?:ing)?|\+|再算上|再加上|再加|算上|加上|加埋|连同|連同|包括)\s*/u;

/** Another name said to be added to the one before: "同 Anthropic 加埋呢?", "跟 Meta 加起来呢". */
const WITH_ADDED = /^\s*(?:那|咁)?\s*(?:同|和|跟|与|與)[^,，?？]{1,24}(?:加埋|加起来|加起來|一齐|一齊|一起)/u;

/**
 * The sum before, with the names a part adds to it ("三家加起来多少? 再算上 Oracle 呢?"): read as one
 * sum of every name, in the part's language and for the measure the sum added up.
 */
function addedToSum(before: Answer | undefined, reading: Reading, lexicon: Lexicon): Reading | undefined {
  // (Or the names a list before gave: "谁手上有7000张A100? 再加上 Stability 的一共多少?")
  const listed =
    before?.kind === 'topic' &&
    (before.topic === 'demand' || before.topic === 'holdings') &&
    before.related.length > 0;
  // ("三大雲裡面 AWS 要幾多張? 同 Anthropic 加埋呢?": one name looked up, and another added to it.)
  const lookedUp =
    (before?.kind === 'demand' || before?.kind === 'holdings') &&
    before.calculations.length === 0 &&
    before.subject !== undefined &&
    WITH_ADDED.test(reading.text);
  if (before?.found !== true || !(before.calculations.some((c) => c.kind === 'sum') || listed || lookedUp))
    return undefined;
  if (reading.numbers.length > 0 || !(ADD_ON.test(reading.text) || lookedUp)) return undefined;
  const base =
    before.related.length > 0 ? before.related : before.subject === undefined ? [] : [before.subject];
  const added = reading.entities.filter(
    (m) => OWNER_KINDS.has(m.entity.kind) && !base.some((e) => e.id === m.entity.id),
  );
  if (added.length === 0 || base.length === 0) return undefined;
  // Only the names and the adding words: anything more asks a question of its own.
  const rest = added
    .reduce(
      (text, m) => text.replace(m.text, ''),
      reading.text
        .replace(ADD_ON, '')
        .replace(/^\s*(?:同|和|跟|与|與)|加埋|加起来|加起來|一齐|一齊|一起/gu, ''),
    )
    .replace(
      /\b(?:and|too|also|as well|then|what about|how about|in total|total|altogether|together|how many)\b|一共|总共|合计|加起来|多少|几张|[呢吗嗎呀啊的也、,，和及与與?？.。()（）\s]/gu,
      '',
    );
  if (rest.length > 2) return undefined;
  const held = before.topic === 'holdings';
  const names = [...base.map((e) => e.id), ...added.map((m) => m.entity.id)];
  const zh = /\p{Script=Han}/u.test(reading.text);
  const text = zh
    ? `${names.join('、')} 加起来${held ? '有' : '要'}多少`
    : `${names.join(' + ')} together, how many do they ${held ? 'have' : 'want'}`;
  return readQuestion(text, lexicon);
}

/** A total asked: "一共几多", "in total", "altogether". */
const TOTAL_ASKED =
  /一共|总共|總共|合计|合計|加起来|加起來|\bin total\b|\baltogether\b|\bcombined\b|\btotal\b/u;

/**
 * "Helsing同Mistral各要几多张? 加埋Character一共几多?": a name added to the ones the parts before each
 * answered for, and the total of all of them asked, read as that sum.
 */
function addedToEach(answers: readonly Answer[], reading: Reading, lexicon: Lexicon): Reading | undefined {
  // (Cantonese 加埋 is read as 加起来.)
  if (
    reading.numbers.length > 0 ||
    !(ADD_ON.test(reading.text) || /^\s*加起来/u.test(reading.text)) ||
    !TOTAL_ASKED.test(reading.text)
  )
    return undefined;
  const looked = answers.filter((a) => a.found && (a.kind === 'demand' || a.kind === 'holdings'));
  if (looked.length < 2 || looked.length !== answers.length) return undefined;
  const kinds = new Set(looked.map((a) => a.kind));
  const before = looked.flatMap((a) => (a.subject !== undefined ? [a.subject] : a.related));
  const added = reading.entities.filter(
    (m) => OWNER_KINDS.has(m.entity.kind) && !before.some((e) => e.id === m.entity.id),
  );
  if (added.length === 0 || kinds.size !== 1) return undefined;
  const held = kinds.has('holdings');
  const names = [...new Set([...before.map((e) => e.id), ...added.map((m) => m.entity.id)])];
  const zh = /\p{Script=Han}/u.test(reading.text);
  const text = zh
    ? `${names.join('、')} 加起来${held ? '有' : '要'}多少`
    : `${names.join(' + ')} together, how many do they ${held ? 'have' : 'want'}`;
  return readQuestion(text, lexicon);
}

/**
 * The one figure a part names to set a worked count against: what the entity has when the part says
 * so ("the H100s Inflection trained on"), else what it wants; none for a range.
 */
function namedFigure(
  ctx: AskContext,
  entity: Reading['entities'][number]['entity'],
  reading: Reading,
  /** The answer set against was of holdings ("coreweave's h100 range midpoint … more than gcp's?"). */
  heldBefore = false,
): { value: number; fact: Answer['facts'][number] } | undefined {
  // ("…how many times bigger is their wishlist compared to that cluster?": a want said outright is the
  // figure, whatever the part before was of.)
  const wantSaid = reading.cues.has('demand') && !HOLDS.test(reading.text);
  const order =
    (HOLDS.test(reading.text) || heldBefore) && !wantSaid
      ? (['holdings', 'demand'] as const)
      : (['demand', 'holdings'] as const);
  const found = figureOf(ctx, entity, order[0]) ?? figureOf(ctx, entity, order[1]);
  // ("…是GPT-4上限的几倍?": one end of a range, named.)
  const bound = UPPER_END.test(reading.text) ? 'high' : LOWER_END.test(reading.text) ? 'low' : undefined;
  const figure = found === undefined ? undefined : atBound(found, bound);
  const [fact] = figure?.facts ?? [];
  return figure === undefined || fact === undefined || figure.range
    ? undefined
    : { value: figure.value, fact };
}

/** A share of a whole asked: "占…的百分之多少", "what % of the 432k". */
const SHARE_OF = /占|\bwhat (?:%|percent(?:age)?|share|fraction) of\b/u;

/** One end of a range named: "上限", "the upper end", "at most". */
const UPPER_END =
  /上限|最高|最多|\bupper\b|\bhigh(?:er)? end\b|\btop end\b|\btop of the range\b|\bmax(?:imum)?\b|\bat most\b/u;
const LOWER_END =
  /下限|最低|最少|\blower\b|\blow end\b|\bbottom end\b|\bbottom of the range\b|\bmin(?:imum)?\b|\bat least\b/u;

/** True when `b` says all that `a` says, and works on from it: the same kind and subjects, more steps. */
function goesOnFrom(b: Answer | undefined, a: Answer): boolean {
  if (b === undefined || b.kind !== a.kind || b.found !== a.found) return false;
  if (b.related.map((e) => e.id).join() !== a.related.map((e) => e.id).join()) return false;
  const step = (c: Answer['calculations'][number]) => `${c.kind}:${c.result.value}`;
  const later = new Set(b.calculations.map(step));
  return (
    a.calculations.length > 0 &&
    b.calculations.length > a.calculations.length &&
    a.calculations.every((c) => later.has(step(c)))
  );
}

/** Whether an answer works out figures of the name an overview is about, or of its members. */
function worksOutFiguresOf(b: Answer, overview: Answer): boolean {
  const about = overview.subject;
  return (
    about !== undefined &&
    b !== overview &&
    b.calculations.length > 0 &&
    [...b.related, ...(b.subject === undefined ? [] : [b.subject])].some(
      (e) => e === about || about.members.includes(e.id),
    )
  );
}

/** Two look-ups of one name's figure, whatever else each shows beside it. */
function sameLookUp(a: Answer, b: Answer): boolean {
  return (
    a.kind === b.kind &&
    a.subject !== undefined &&
    a.subject === b.subject &&
    a.facts[0] === b.facts[0] &&
    a.calculations.length === 0 &&
    b.calculations.length === 0 &&
    a.verdict === undefined &&
    b.verdict === undefined
  );
}

/** What an answer says, its verdict aside. */
function answerKey(x: Answer): string {
  return [
    x.kind,
    x.found,
    x.related.map((e) => e.id).join(),
    x.facts.map((f) => f.id).join(),
    x.calculations.map((c) => c.result.value).join(),
    x.missing === undefined ? '' : JSON.stringify(x.missing),
  ].join('|');
}

/** A part asking only "how many": "…and how many?", "多少张?". */
const HOW_MANY_ONLY: ReadonlySet<string> = new Set(['howMany', 'filler', 'demand']);

/** A comparison that starts at its second side: "比 Stability 多多少", "than Meta?", "vs Tesla?". */
/** A comparative with its other side left unsaid: "how many times bigger was inflection's run?". */
const THAN_UNSAID =
  /\bhow (?:many times|much) (?:bigger|larger|more|smaller|fewer|less)\b(?![^?]*\b(?:than|vs\.?|versus|compared)\b)/u;

/** The part before pointed at as one side: "how many fewer H100s is that than the low end of CoreWeave's range?". */
const THAT_THAN =
  /\bhow (?:many|much) (?:more|fewer|less|bigger|smaller)\b[^?]{0,30}\b(?:is|are|was|were) (?:that|it|this|those)\s+than\b|^\s*(?:那|这|這|它)(?:个|個)?比/u;

/** A comparison with its first side left unsaid: "…and how many times bigger than Stability AI's?". */
const SUBJECT_UNSAID =
  /^\s*(?:and\s+|so\s+)?(?:how (?:many times|much|many)|what(?:'s| is) the ratio) (?:bigger|larger|more|smaller|fewer|less)?\s*(?:\w+\s+)?than\b/u;

const ONE_SIDED =
  /^\s*(?:那|那么|and|so)?\s*(?:上限|下限|最多|最少|the high end|the low end)?\s*(?:比|跟|和|与|同|相比|加上|加起来|再加|\bplus\b|\+|\bthan\b|\bvs\.?|\bversus\b|\bcompared (?:to|with)\b)/u;

/** A change by a factor or a new total: "每家都翻倍的话, 新的总数" is one what-if, not one per company. */
const FACTOR_OR_TOTAL = /翻倍|减半|砍半|\bdoubl|\bhalv|\btripl|总数|总需求|\btotal\b/u;

/** A count of GPUs asked, not a factor: "how many would you need", "要多少张" ("几倍" is a factor). */
const COUNTS_GPUS = /多少张|几张|多少块|几块|多少卡|\bhow many (?!times\b)/u;

/** Whether someone said something: "elon 那边有说吗", "did musk say anything about it?". */
const SAID_ASKED =
  /有说|说了|说过|讲了|讲过|有讲|提到|提过|有没有数|有冇数|有数吗|\bsaid\b|\bsay\b|\bsays\b|\bmention/u;

/** A second change to the same what-if: "what if Oracle 完全不要了, and Mistral 要 20k 而不是 10k". */
// ("…? and if meta wants 25k?" supposes anew: a what-if of its own.)
const CHANGE_TOO =
  /^\s*(?:and|also|plus|&|和|同时|同時|另外|再|以及|然后|然後)\s*(?!if\b|如果|要是|假如|假设)\S/u;

/** Cues of a question about the GPUs themselves: their speed, their maker, their supply, the choice. */
const GPU_QUESTION_CUES = [
  'compare',
  'inference',
  'training',
  'foundry',
  'supply',
  'popular',
  'factors',
] as const;

const CONVERTING =
  /换算|折合|折成|折算|相当于|等于|等效|换成|\bequal|\bconvert|\bin (?:a100|h100) terms\b|\bworth in\b|\bhow many a100s?\b|\bhow many h100s?\b/u;

/**
 * A part that follows a what-if and brings no what-if, amount or name of its own: the what-if holds
 * for it ("…, what's the new total?", "…按单价算得花多少钱?", "…how many extra would that add to
 * Anthropic's ask?").
 */
function underWhatIf(previous: Reading, reading: Reading, total: number | undefined): boolean {
  // A price of its own ("按每张3.5万美元要花多少?") prices the what-if; a count would be a new one.
  // (The article's total named, "what does the 432k total become?", is no count of its own.)
  if (
    !WHAT_IF.test(previous.text) ||
    reading.numbers.some((n) => !n.currency && !n.perUnit && n.value !== total)
  )
    return false;
  // A what-if of its own ("…? and if it halved?") is its own question.
  if (FACTORS.some((f) => f.re.test(reading.text))) return false;
  const before = new Set(previous.entities.map((m) => m.entity.id));
  return reading.entities.every((m) => m.entity.kind === 'gpu' || before.has(m.entity.id));
}

/** "Both together", "两个加起来": a part combining what the earlier parts named. */
const COMBINING =
  /两个|两家|兩個|兩家|这两|這兩|三家|加起来|加起來|合计|合計|一共|总共|總共|\bboth\b|\btogether\b|\bcombined\b|\ball of them\b|\bthe two\b|\bin total\b/u;

/** "Which one's sitting on more?", "谁比较多": a part setting against each other what the earlier parts named. */
const WHICH_OF_THEM =
  /\bwhich (?:one|of (?:them|the two|those|these|em|'em))\b|\bwho(?:'s| is)? (?:got|has|have|sits?|sitting|wants?|needs?)\b[^?.]{0,16}\b(?:more|most|bigger|less|fewer)\b|哪个多|谁多|谁比较多|谁更多|哪个更多|哪个比较多|边个多|边个比较多/u;

/** A part read at each of Meta's figures, answered at each; once when both answers say the same. */
function answeredAtEach(
  ctx: AskContext,
  [low, high]: readonly [Reading, Reading],
  intents: readonly Intent[],
): Answer[] {
  const atLow = answerReading(ctx, low, intents);
  const atHigh = answerReading(ctx, high, intents);
  return answerKey(atLow) === answerKey(atHigh) ? [atLow] : [atLow, atHigh];
}

/** The measure every earlier part that named something was answered in, when they share one. */
function sharedMeasure(answers: readonly Answer[]): 'demand' | 'holdings' | undefined {
  const measures = new Set(
    answers
      .filter((a) => a.found && a.related.length + (a.subject === undefined ? 0 : 1) > 0)
      .map((a) => a.trace?.slots.measure),
  );
  const [only] = measures;
  return measures.size === 1 ? only : undefined;
}

/** The entities named across readings, each once, in order. */
function unionOf(readings: readonly Reading[]): Reading['entities'] {
  const seen = new Set<string>();
  return readings
    .flatMap((r) => r.entities)
    .filter((m) => !seen.has(m.entity.id) && seen.add(m.entity.id) !== undefined);
}

/** "差多少?", "by how much?": asks the part before by how much, with nothing of its own. */
/** A part asking only for a fraction of the part before: "一半是多少?", "and half of that?". */
const A_FRACTION =
  /^\s*(?:那|那么|那麼|and|so)?\s*(?:(?:the |a |one )?(?:half|third|quarter|fifth|tenth)(?: of (?:that|it|those|them))?|一半|[二三四五十]分之[一二三])\s*(?:是|呢|is|would be)?\s*(?:多少张?|多少|幾多|几多|几张|how many)?\s*[?？]?\s*$/u;

// ("…缺口是多少? 同总需求差多少?": set against something else, the difference still of the part before.)
const BY_HOW_MUCH =
  /^\s*(?:那|那么|那麼|and|so)?\s*(?:(?:同|跟|和|与|與|比起?)[^?？]{1,30})?(?:(?:这|這|那)?(?:两|兩)(?:个|個)(?:数字?|數字?)?|两者|兩者|这俩|這倆|(?:the )?two(?: numbers)?|them)?\s*(?:之间)?\s*(?:差多少|差幾多|差几多|差几张|差幾張|多多少|少多少|多出多少|多出几多|多出幾多|相差多少|by how much|how (?:much|many) (?:more|less|fewer|short)|(?:how big|how large|how wide|what) (?:is|'s|’s) the (?:gap|difference)(?: between (?:them|the two|those|these|the 2))?|(?:的)?差(?:距|额|額)(?:有|是)?多(?:大|少))\s*(?:张|張)?[\s?？!！\p{Extended_Pictographic}]*$/u;

/** The ratio of the figures just asked for: "what's the ratio, like 6x?", "几倍?". */
const RATIO_OF_THOSE =
  /^\s*(?:(?:and|so|ok)\s+)?(?:(?:what(?:'s| is) the ratio|the ratio|ratio|how many times(?: over)?)\b|几倍|幾倍|是几倍|是幾倍)[^a-z?？]{0,4}(?:,?\s*(?:like|maybe|about|around|~)\s*[\d.]+\s*x)?\s*[?？]?\s*$/u;

/** Cues that a follow-up about the article itself carries ("does the article give a number?"). */
const FOLLOW_UP_CUES: ReadonlySet<string> = new Set(['source', 'filler', 'help']);
const ARTICLE_FOLLOW_UP_CUES: ReadonlySet<string> = new Set(['holdings', 'howMany']);
const ABOUT_ARTICLE = /文章|原文|报道|作者|\barticle\b|\bthe piece\b|\bthe post\b|\bsource\b/u;
// "…? 文章有写具体产能吗", "文章有讲微软的采购金额吗": whether the article says what the part before
// asked, in its own words, with no question word of its own.
// ("…买了多少张H800? 有具体数吗", "any hard number?": whether there is a figure for what was just asked.)
const ARTICLE_SAYS =
  /(?:文章|文中|原文|\barticle\b|\bauthor\b)[^,，。?？]{0,8}(?:说|写|讲|提到|提及|提过|给|列|\bsays?\b|\bmention|\bgives?\b|\blists?\b|\bstates?\b|\bcovers?\b)/u;
// ("…要多少张H800? 有数吗", "any hard number?"): whether there is a figure at all, which the part
// before, read as it was, answers ("有" there is no holding asked).
const ANY_FIGURE =
  /^\s*(?:有没有|有)?具体(?:的)?(?:数|数字|数据|数目)(?:吗|么|没有|嘛)?\s*$|^\s*(?:篇文|文章|文中|原文)?(?:有没有|有冇|有)(?:个|個)?(?:数|数字|数据|数目|准数|实数)(?:吗|么|没有|嘛|啊|呀)?\s*$|^\s*(?:is there |are there )?any (?:exact|specific|hard|actual|real) (?:number|figure|count)s?\b/u;
const OWN_QUESTION = /多少|几|哪|什么|啥|谁|誰|\b(?:how|what|which|who|when|why)\b/u;
/** A part worked from the figure before it: a share of, what it makes, what it covers. */
const WORKED_FROM_IT =
  /买得起|買得起|付得起|够钱买|夠錢買|\bafford\b|几成|幾成|百分之几|百分之幾|多少成|能补上|能補上|补上多少|能做(?:几|幾|多少)|做得出(?:几|幾|多少)|(?:够不够|夠不夠|够唔够|夠唔夠)(?:做|生产|生產|造|供应|供應)|(?:做|生产|生產|造)(?:得)?(?:够|夠)(?:吗|嗎|唔)|\benough to (?:make|build|produce|supply)\b|能(?:生产|產|产)(?:几|幾|多少)|\bwhat (?:%|percent(?:age)?|fraction|share) of\b|\bhow much of (?:the|that)\b|\bhow many (?:h100s?|a100s?|gpus?|cards?) (?:would|could|does|is) (?:that|it|this)\b(?! (?:want|need|have|hold|use|get|order)s?\b)|\b(?:would|could|does) (?:that|it|this) (?:cover|fill|close|make)\b/u;

/** What is left once the part before is met: "how many left over?", "能剩多少". */
const LEFT_OVER =
  /^\s*(?:and\s+|so\s+)?(?:how (?:many|much)|what(?:'s| is))\s+(?:(?:cash|money|budget|dollars?)\s+)?(?:(?:would|will)(?: be)?\s+|is\s+|are\s+|do (?:i|we) have\s+)?(?:left(?: over)?|to spare|spare|remain(?:s|ing)?)\b|^\s*(?:那|还|能)?(?:买完|買完|买了|買了|花完)?\s*(?:还|還)?(?:剩|剩下|剩余|剩餘)(?:多少|几多|幾多|几张|幾張)|^\s*(?:能|还能|可以)剩/u;

/** Reasons asked, of nothing named: "文章里给了哪些理由", "what reasons does it give". */
// ("432k 跟 357k 差多少? 为什么会差?": why, of the figures just set against each other.)
const REASONS =
  /理由|原因|\breasons?\b|^\s*(?:那|so|and)?\s*(?:为什么|為什麼|为啥|為啥|点解|點解|why|how come)\s*(?:会|會)?\s*(?:差|不一样|不一樣|不同|这样|這樣|呢|then|is that|the difference)?\s*[?？]*\s*$/u;

/** Set against the article's price, naming nothing else: "how much higher is that than the article's ~$35k?". */
const AGAINST_ARTICLE_PRICE =
  /\b(?:than|above|below|over|under) (?:the )?(?:article|piece|post)['’]?s?\b[^?]{0,24}(?:price|\$\s?35k|\$?35,000|\$?35 ?k)|(?:和|跟|与|與|比)\s*文(?:中|章)(?:里|裡)?(?:说|說|讲|講)?的?[^?？]{0,12}(?:价|價|3\.5\s*万|3\.5\s*萬)/u;

/** Sameness asked: "the same cloud", "share a provider", "同一家". */
const SAMENESS = /\bsame\b|\bshare\b|\bin common\b|同一|一样|一樣|相同|共用|共同/u;

/** Which one, asked bare after a check: "do they share a cloud? which one?", "同一家吗? 哪家?". */
const WHICH_ONE =
  /^\s*(?:and |if so,? |if yes,? )?(?:which|what) (?:one|ones)\s*(?:is it|then)?\s*[?？]*\s*$|^\s*(?:如果是|是的话)?[,，]?\s*(?:是)?哪(?:一)?(?:家|个|個|朵)(?:呢|啊)?\s*[?？]*\s*$/u;

/** The exact figure of what the part before asked: "其實準確係幾多?", "exactly how much then?". */
const EXACTLY =
  /^\s*(?:其实|那|咁|所以)?\s*(?:准确|精确|确切|具体)(?:的|嘅)?(?:数字|数|值|金额)?\s*(?:是|系|係|有|为)?\s*(?:多少|几多)|^\s*(?:so |and |ok )?(?:exactly how (?:much|many)|what(?:'s| is) the exact (?:number|figure|amount))\b/u;

/** The comparison before asked again in percent: "多百分之几?", "多几成", "what % is that?", "in percent?". */
const IN_PERCENT =
  /^\s*(?:那|咁|so|and|ok)?\s*(?:多|少|高|低)(?:出)?(?:了)?(?:大约|大約|大概|约|約)?(?:百分之几|百分之幾|几成|幾成|多少%|多少成)\s*(?:呢|啊)?[?？]*\s*$|^\s*(?:so |and )?(?:by )?(?:what|how many) (?:%|percent)(?: (?:more|less|fewer|is that|bigger|smaller))*\s*\??\s*$|^\s*(?:and |so )?(?:what(?:'s|’s| is) (?:that|it) |how much (?:is that )?|is that )?in (?:%|percent(?:age)?)(?: terms)?\s*\??\s*$/u;

/** What someone said of the thing the part before asked about: "what did their CEOs say about it?", "他们对此怎么说". */
const SAID_ABOUT_IT =
  /\b(?:say|said|says|think|thinks|thought|write|wrote|mean|meant)\b[^?.]{0,24}\babout (?:it|that|this|them)(?:\s+in the (?:article|piece|post|summary))?\s*[?？.!]*\s*$|对此|對此|(?:对|對|关于|關於)(?:这|這|那)(?:个|個|件事|点|點)?[^,，?？]{0,6}(?:怎么|怎麼|点样|點樣|如何)?(?:说|說|讲|講|评价|評價|看)/u;

/**
 * A part that names nothing, gives no amount and asks nothing but about the article ("文章有估吗",
 * "does the article give any date?"), or asks only whether the article says something, with no
 * question word of its own ("文章有写具体产能吗"), belongs to the part before it, not answered on its own.
 */
function mergeFollowUps(texts: readonly string[], lexicon: Lexicon, question: string): Reading[] {
  const merged: { text: string; reading: Reading }[] = [];
  let from = 0;
  for (const text of texts) {
    // What stood between this part and the one before: a question mark stays one; a comma ("…有人说
    // 100k,文章里原话是怎么写的") leaves the context before it a statement, asking nothing.
    const at = question.indexOf(text, from);
    const between = at < 0 ? '?' : question.slice(from, at);
    if (at >= 0) from = at + text.length;
    const reading = readQuestion(text, lexicon);
    const last = merged.at(-1);
    // "文章有写数字吗", "does the article say?": about the article, so "有"/"how many" ask nothing new.
    const aboutArticle = ABOUT_ARTICLE.test(reading.text);
    // ("…, and what's the ratio between the two?" asks of the parts before: it stays a part.)
    const followUp =
      last !== undefined &&
      !SET_AGAINST.test(reading.text) &&
      ((reading.entities.length === 0 &&
        reading.numbers.length === 0 &&
        [...reading.cues].every(
          (c) => FOLLOW_UP_CUES.has(c) || (aboutArticle && ARTICLE_FOLLOW_UP_CUES.has(c)),
        )) ||
        // ("…? And does the article give any H100 demand figure for Cohere?": a name of its own asks anew.)
        ((ARTICLE_SAYS.test(reading.text) || ANY_FIGURE.test(reading.text)) &&
          !OWN_QUESTION.test(reading.text) &&
          // ("…and summing only the figures the article gives for those Azure customers": an ask of its own.)
          !reading.cues.has('total') &&
          !reading.cues.has('value') &&
          !reading.entities.some(
            (m) => m.entity.kind !== 'gpu' && !last.reading.entities.some((n) => n.entity === m.entity),
          )) ||
        (EXACTLY.test(reading.text) && reading.entities.length === 0 && reading.numbers.length === 0) ||
        (WHICH_ONE.test(reading.text) && SAMENESS.test(last.reading.text)) ||
        // ("…what's the per-GPU price, and how much higher is that than the article's ~$35k?": the price
        // just worked out, which its answer sets against the article's.)
        (AGAINST_ARTICLE_PRICE.test(reading.text) &&
          EACH_ASKED.test(last.reading.text) &&
          reading.entities.every((m) => m.entity.kind === 'gpu')) ||
        (LEFT_OVER.test(reading.text) && reading.entities.length === 0 && reading.numbers.length === 0) ||
        // ("…If the price jumps 12%, what's the new unit price, and how many whole cards does the same
        // budget buy?": the plan before, re-priced.)
        (SAME_BUDGET.test(reading.text) && reading.numbers.length === 0) ||
        // ("What percent of 30k is 25k, and how many are missing?": the shortfall of the two just set out.)
        (SHORT_ASKED.test(reading.text) && reading.entities.length === 0 && reading.numbers.length === 0) ||
        // ("为啥大家首选H100? 文章里给了哪些理由": the reasons for the part before.)
        (REASONS.test(reading.text) && reading.entities.length === 0 && reading.numbers.length === 0) ||
        (SAID_ABOUT_IT.test(reading.text) && reading.numbers.length === 0) ||
        (IN_PERCENT.test(reading.text) && reading.entities.length === 0 && reading.numbers.length === 0) ||
        // ("gpt4 trained on how many a100? give me the midpoint too": the range just asked for, its middle.)
        (MIDPOINT_ASKED.test(reading.text) &&
          reading.entities.length === 0 &&
          reading.numbers.length === 0) ||
        // ("…要幾多張 H100？咦唔係，應該係六百張 A100": a correction of the part before, read with it.)
        opensWithTakeBack(reading.text) ||
        // ("…GPT-4 用的是它的几倍？上下限都算一下": the part before, at both ends of its range.)
        (BOTH_ENDS_ASKED.test(reading.text) &&
          reading.entities.length === 0 &&
          reading.numbers.length === 0) ||
        // ("…佔總需求幾多%? 我計到好似係7%左右, 啱唔啱": the user's own figure for it, to check.)
        (reading.entities.length === 0 &&
          reading.numbers.length > 0 &&
          reading.numbers.every((n) => n.percent || n.ratio) &&
          MINE_CHECKED.test(reading.text)));
    // ("…一共4万张对吧? 哦不对, 我其实想问的是这四家加起来占43.2万总需求的比例是多少": the question before
    // taken back and another asked in its place, of the names it named.)
    if (last !== undefined && asksInstead(reading.text)) {
      const owners = (r: Reading) => r.entities.filter((m) => OWNER_KINDS.has(m.entity.kind));
      const carried =
        owners(reading).length > 0 ? [] : owners(last.reading).map((m) => ({ ...m, start: -1 }));
      merged[merged.length - 1] = {
        text,
        reading: { ...reading, entities: [...carried, ...reading.entities] },
      };
      continue;
    }
    if (last !== undefined && followUp) {
      const joined = `${last.text}${/[?？]/u.test(between) ? '?' : ','} ${text}`;
      merged[merged.length - 1] = {
        text: joined,
        reading: ANY_FIGURE.test(reading.text) ? last.reading : readQuestion(joined, lexicon),
      };
    } else merged.push({ text, reading });
  }
  return merged.map((m) => m.reading);
}

/** Answers one part: the best-scoring intent whose runner can answer it. */
export function answerReading(
  ctx: AskContext,
  reading: Reading,
  intents: readonly Intent[] = INTENTS,
): Answer {
  const slots = readSlots(ctx, reading);
  const ranked = scoreIntents(ctx, slots, intents, THRESHOLD);
  for (const [i, { intent, score }] of ranked.entries()) {
    const answer = intent.run(ctx, slots);
    if (answer === undefined) continue;
    const next = ranked[i + 1];
    const trace: AnswerTrace = {
      intent: intent.id,
      score,
      ...(next === undefined ? {} : { runnerUp: { intent: next.intent.id, score: next.score } }),
      slots: traceSlots(slots),
    };
    return finish(ctx, answer, slots, trace);
  }
  // No reading is good enough: say so, naming the words that could not be placed (often a name the
  // article lacks, "华为") and what was recognised, rather than answer something else.
  const unplaced = slots.reading.unknown.join(' ');
  return {
    ...notFound(ctx, unplaced === '' ? undefined : unplaced, slots.named),
    trace: { intent: 'none', score: 0, slots: traceSlots(slots) },
  };
}

// A yes/no question checked against the knowledge ("does OpenAI use AWS?") opens with its verdict;
// amounts the answer did not use are named rather than dropped.
function finish(ctx: AskContext, said: Answer, slots: Slots, trace: AnswerTrace): Answer {
  // ("$5M at $35k a card: how many H100s, and how many 8-GPU HGX boxes?": the count, in servers too.)
  const counted =
    SERVERS_ASKED.test(slots.reading.text) && !oneServerPriced(slots.reading.text)
      ? withServers(ctx, said, slots.bound, serverSaid(slots))
      : said;
  // (A closing "give me the midpoint too", which asks nothing of its own, is the message's.)
  const answer = withMidpoint(
    inYuan(counted, slots),
    `${slots.reading.text} ${ctx.question.slice(-80).toLowerCase()}`,
  );
  // ("does the 43.2万 count the finance firms?": the article's own total quoted names it; nothing to work.)
  const { totalDemand, gap, gpuCounts } = articleFigures(ctx.kb);
  const verdict =
    answer.verdict ??
    (slots.yesNo && answer.check !== undefined ? (answer.check.holds ? 'yes' : 'no') : undefined);
  const used = usedValues(answer);
  // (A factor or a count put up for checking, "openai要的是inflection的3倍吗", "Stability AI 有1万张A100?",
  // is what the verdict answers.)
  const unused = slots.amounts
    .filter((a) => a.role !== 'bare' || a.value >= 100)
    .filter(
      (a) =>
        !(
          (a.role === 'ratio' ||
            a.role === 'count' ||
            a.role === 'percent' ||
            a.role === 'money' ||
            // ("…幾多%? 我計到好似係7%左右, 啱唔啱": the user's own figure beside the question.)
            (a.role === 'aside' && (a.percent || a.ratio))) &&
          verdict !== undefined
        ),
    )
    .filter((a) => !used(a.value) && a.value !== answer.bar?.value)
    .filter((a) => !(a.role === 'count' && (a.value === totalDemand || a.value === gap)))
    // (One of the article's own counts set aside, "200k instead of 430k", was read, not dropped.)
    .filter((a) => !(a.role === 'aside' && gpuCounts.has(a.value)))
    // (The "8" of "8-GPU HGX" names the server.)
    .filter((a) => !SERVER_SIZE_AFTER.test(slots.reading.text.slice(a.end)))
    // (The "3" of "top 3" is how many a ranking shows.)
    .filter(
      (a) =>
        !(
          answer.kind === 'ranking' &&
          TOP_N_BEFORE.test(slots.reading.text.slice(Math.max(0, a.start - 10), a.start))
        ),
    )
    .map((a) => slots.reading.text.slice(a.start, a.end).trim());
  return {
    ...answer,
    ...(verdict === undefined ? {} : { verdict }),
    ...(answer.found && unused.length > 0 ? { unused } : {}),
    trace,
  };
}

/** Whether an answer's last sum adds a figure that none of its facts states: one a supposition changed. */
function sumChangedFromFacts(answer: Answer): boolean {
  const sum = answer.calculations.findLast((c) => c.kind === 'sum');
  return (sum?.steps[0]?.operands ?? []).some(
    (o) =>
      !answer.facts.some(
        (f) =>
          f.subject === o.label &&
          f.quantity !== undefined &&
          'value' in f.quantity &&
          f.quantity.value === o.value,
      ),
  );
}

/** Whether a value appears in the answer: a calculation's operand or result, a fact's figure, the price, a result checked. */
function usedValues(answer: Answer): (value: number) => boolean {
  const values = new Set<number>();
  const ranges: { min: number; max: number }[] = [];
  for (const c of answer.calculations) {
    values.add(c.result.value);
    for (const step of c.steps)
      for (const o of step.operands) {
        values.add(o.value);
        // (A factor of 0.8 or 1.1 uses the "20% fewer" or "10% more" it was worked from.)
        if (o.unit === 'times') values.add(Math.round(Math.abs(1 - o.value) * 1e6) / 1e4);
      }
  }
  for (const f of answer.facts) {
    const q = f.quantity;
    if (q === undefined) continue;
    if ('value' in q) values.add(q.value);
    else ranges.push(q);
  }
  if (answer.price !== undefined) values.add(answer.price.value);
  if (answer.claimed !== undefined) values.add(answer.claimed);
  return (value) => values.has(value) || ranges.some((r) => r.min <= value && value <= r.max);
}

function traceSlots(slots: Slots): AnswerTrace['slots'] {
  return {
    entities: slots.reading.entities.map((m) => m.entity.id),
    amounts: slots.amounts.map((a) => ({
      text: slots.reading.text.slice(a.start, a.end),
      value: a.value,
      role: a.role,
    })),
    ...(slots.workload === undefined ? {} : { workload: slots.workload }),
    ...(slots.measure === undefined ? {} : { measure: slots.measure }),
    yesNo: slots.yesNo,
    cues: [...slots.reading.cues],
  };
}

/** Every GPU to fit, said: "至少要几台", "at least how many servers", "to house them all". */
const ALL_FIT =
  /至少|最少|\bat least\b|\bminimum\b|装下|裝下|装得下|裝得下|\bfit (?:them|all|those|every)\b|\bhouse (?:them|all|those)\b/u;

/** The server size the user gives ("如果是8卡一台", "in 4-GPU boxes"), and whether all must fit. */
function serverSaid(slots: Slots): { size?: number; allFit: boolean; bought: boolean } {
  const text = slots.reading.text;
  const size = serverSizeSaid(text, slots.amounts);
  // ("how many 8x H100 servers can we fill, and how much cash is left over?": whole servers are what is
  // bought, so the money left is what they leave; asked the GPUs too, it is what the GPUs leave.)
  const bought = SERVERS_COUNTED.test(text) && !GPUS_COUNTED.test(text);
  return { ...(size === undefined ? {} : { size }), allFit: ALL_FIT.test(text), bought };
}

/** GPUs counted, not the servers they fill: "how many H100s", "几张". */
const GPUS_COUNTED =
  /\bhow many (?:h100s?|a100s?|gpus?|cards?)\b(?!\s*(?:servers?|boxes|nodes|machines))|几张|幾張|多少张|多少張|几块|幾塊|多少块|多少塊/u;
