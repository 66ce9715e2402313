import { notFound } from '../answers/notFound.js';
import { currencyOfSum, statedRate } from '../exchangeRate.js';
import type { Slots } from '../slots.js';
import { GPUS_ALONE } from './gpusInServersIntent.js';
import type { Intent } from './intent.js';
import { WHAT_IF } from './readChanges.js';

/** When something will happen (or in which month): "when does X expect the shortage to end", "什么时候可以开始代工". */
const WHEN_WILL =
  /\b(?:which|what) (?:month|quarter|year)\b|\bwhen (?:is|are|will|would|do|does|should) (?:that|this|it|they|prices?) (?:expected|likely|going|gonna|supposed|predicted) to\b|\bwhen\b.{0,60}\b(?:end|ends|over|ease|eases|resolve|resolved|improve|start|begin|launch|ship|arrive|catch up|delivered|deliver|delivery|(?:come out|comes out|coming out|be released|get released|released|releasing)(?![^?]*\bhow\b))\b|(?:什么时候|何时|啥时候|几时|幾時|什麼時候|哪个月|几月|哪个季度).{0,12}(?:结束|缓解|好转|解决|补|補|填|不再|不缺|唔再|唔缺|有货|有貨|缺货|缺貨|交付|交货|收到|拿到|开始|可以|能|会|上市|出货|到货|出|发布|推出|上线|面世)/u;

/** Another currency than the dollar: it qualifies an amount wherever the amount is, so it counts anywhere. */
const OTHER_CURRENCY =
  /新台币|新台幣|台币|台幣|港币|港幣|港元|港纸|港紙|日元|日圓|欧元|歐元|韩元|韓元|英镑|英鎊|£|€|\b(?:twd|ntd|hkd|jpy|eur|euros?|yen|gbp|pounds? sterling|quid)\b|\b\d[\d.,]*\s*(?:k|m|mil|million|billion)?\s*pounds?\b/u;
/** The yuan: answerable in it only at a price the user gives in yuan, or at the user's exchange rate. */
const YUAN = /人民币|人民幣|\b(?:rmb|cny|yuan)\b|¥/u;

/**
 * Yuan asked of an article that prices only in dollars, with nothing to turn one into the other: no
 * yuan price per GPU to value at, no rate. ("我有1000万人民币能买几张" has neither.)
 */
function yuanWithoutMeans(s: Slots): boolean {
  if (convertedAtRate(s)) return false;
  const inYuan = s.amounts.filter((a) => a.yuan === true && a.role !== 'rate');
  if (s.rate !== undefined) return inYuan.length > 0;
  if (s.price?.yuan) return inYuan.some((a) => a !== s.price);
  return inYuan.length > 0 || YUAN.test(s.reading.text);
}

/**
 * A price in yuan put up to check ("闲鱼上有人挂二十万人民币一张，这价格靠谱吗"), nothing to value with it and no
 * rate to the dollar: the article's price is in dollars, so it cannot say.
 */
function yuanPriceChecked(s: Slots): boolean {
  return (
    s.yesNo &&
    s.price?.yuan === true &&
    s.counts.length === 0 &&
    s.named.length === 0 &&
    !convertedAtRate(s) &&
    !s.has('gap', 'total')
  );
}

/**
 * A sum of money in yuan, Hong Kong or New Taiwan dollars, with the user's rate to the dollar said
 * ("预算五千万人民币, 汇率按1美元=7.2元"): answerable in dollars at that rate.
 */
function convertedAtRate(s: Slots): boolean {
  const rate = statedRate(s.reading.text);
  return (
    rate !== undefined &&
    s.amounts.some((a) => a.role === 'money' && currencyOfSum(a, s.reading.text) === rate.currency)
  );
}

/** How long something takes, asked: "用 64 张 H100 train 一个 7B model 要几天", "how long would it take". */
const TIME_ASKED =
  /几天|幾天|多少天|多久|多长时间|多長時間|几个小时|幾個小時|几周|几个月|\bhow long\b|\bhow many (?:days|hours|weeks|months)\b/u;

/** A rate in time the user gives ("10k H100s a week", "每月出货1万张"): how long follows from it. */
const PER_TIME =
  /\b(?:a|per|each|every) (?:day|week|month|quarter|year)\b|每(?:天|日|周|星期|月|季度?|年)|一(?:天|周|个月|年)/u;

const TIME_ASKED_ALL = new RegExp(TIME_ASKED.source, 'gu');

/**
 * A length of time asked with none given: the article gives speed-ups, not how long any run takes.
 * (Given one, "A100 要 30 天, 换 H100 要几天" is a conversion of it.)
 */
function timeAskedWithoutOne(s: Slots): boolean {
  return (
    !s.amounts.some((a) => a.role === 'duration') &&
    !PER_TIME.test(s.reading.text) &&
    TIME_ASKED.test(s.reading.text) &&
    [...s.reading.text.matchAll(TIME_ASKED_ALL)].some((m) => s.asking.at(m.index))
  );
}

/** A year after the article's mid-2023 ("in 2024", "2025年"), not a count of GPUs. */
const FUTURE_YEAR = /(?<![\d.])20(?:2[4-9]|[3-9]\d)(?![\d.])(?!\s*(?:张|块|h100|a100|gpus?))/gu;

/** A day asked for: the article is dated only "mid-2023" ("the exact publish date", "具体哪天发的"). */
const EXACT_DATE =
  /\b(?:exact|precise|specific|actual)\s+(?:publish(?:ing|ed)?\s+|publication\s+|release\s+|posting\s+)?(?:date|day)\b|\b(?:what|which) day\b|(?:具体|确切|准确|精确)(?:的)?(?:发布|发表|出版)?(?:日期|哪天|几号)|哪一天|几月几号|幾月幾號/u;

/** A price before the article's ("what did it cost at launch in 2022", "首发价"): it prices mid-2023 only. */
const PAST_PRICE =
  /\bat launch\b|\blaunch price\b|\b(?:back )?in 20(?:1\d|2[0-2])\b|\b20(?:1\d|2[0-2]) price\b|首发价|首發價|发售价|發售價|刚发布(?:的)?时|剛發佈時|20(?:1\d|2[0-2])\s*年/u;

const PRICE_WORDS =
  /\b(?:going|goes|go|went|sold|sell|sells|selling|retail(?:ed|s)?) for\b|\bcosts?\b|\bcost\b|\bprices?d?\b|\bpaid\b|\bpay\b|\bworth\b|价|價|钱|錢/u;

/** A price in one place ("喺香港買要幾多錢", "how much in japan"): the article gives one price, of nowhere in particular. */
const PLACE_PRICE =
  /(?:在|喺|于|於)\s*(?:香港|台湾|台灣|大陆|大陸|国内|國內|中国|中國|日本|欧洲|歐洲|美国|美國|印度|韩国|韓國|新加坡)\s*(?:现在|現在|目前|大概|大约|大約|一般|平时|平時)?\s*(?:买|買|卖|賣|的价格|的價格|的(?:市场|市場)?价|的(?:市场|市場)?價|的售价|的售價|多少钱|幾多錢|几多钱|要几多|要幾多)|(?:香港|台湾|台灣|大陆|大陸|国内|國內|日本|欧洲|歐洲|美国|美國|印度|韩国|韓國|新加坡)(?:的)?(?:买|買|卖|賣|售价|售價|价格|價格|市场价|市場價|行情)|\b(?:price|cost|costs|buy|sell|sells|goes? for|retail)\b[^?.]{0,30}\bin (?:hong kong|hk|china|taiwan|japan|europe|the eu|india|korea|singapore|the uk|the us|the usa|america)\b/u;

/** A price by the hour, a rental's ("租 H100 一个小时多少钱", "hourly rate on Lambda"): the article prices GPUs bought. */
const HOURLY_PRICE =
  /(?:多少钱|几多钱|幾多錢|\bhow much\b|\bprice\b|\bcosts?\b|\brate\b|价|價)[^?？]{0,24}(?:一个小时|一個小時|一个钟|一個鐘|每小时|每小時|每个小时|\bper hour\b|\ban hour\b|\/\s*hr?\b)|(?:一个小时|每小时|每小時|\bper hour\b|\bhourly\b)[^?？]{0,16}(?:多少钱|几多钱|幾多錢|\bhow much\b|\bprice\b|\bcosts?\b|\brate\b)|\bhourly (?:rate|price|cost|pricing)\b|\b(?:rental|renting|rent) (?:price|cost|rate)s?\b|租金|租(?:一|个|張|张)?[^?？]{0,12}(?:多少钱|几多钱|幾多錢)/u;

/** What the article cannot know, asked: a forecast, a year after it, another currency, a spec it lacks. */
/** A supposition: "要是", "如果", "what if", "say". */
const SUPPOSED = /要是|如果|假如|假设|假設|\bwhat if\b|\bif\b|\bsuppose\b|\bsay\b|\bassuming\b/u;

function beyond(s: Slots): boolean {
  return (
    // (Whether another foundry could make it later is the article's: "Samsung or Intel, maybe, but not to
    // ease it soon"; how many they would make is not.)
    // ("三星或英特尔短期内能缓解吗": a foundry named asks the same.)
    (asked(s, 'forecast') &&
      !((s.has('foundry') || s.ofKind('foundry').length > 0) && !s.has('howMany')) &&
      // ("要是按降价两成的价格呢": a price supposed, not one foretold.)
      // ("聽說 H100 明年會跌到 2 萬美元, 是真的嗎?": a move foretold, put up to check, is still foretold.)
      !(s.priceChange !== undefined && (SUPPOSED.test(s.reading.text) || (onlyAMoveSaid(s) && !s.yesNo)))) ||
    (asked(s, 'outOfScope') &&
      !pricedRevenue(s) &&
      !currencyOfThePrice(s) &&
      !twoPricesSet(s) &&
      !serversGpusAlone(s)) ||
    futureYearAsked(s) ||
    (OTHER_CURRENCY.test(s.reading.text) && s.price?.foreign === undefined && !convertedAtRate(s)) ||
    timeAskedWithoutOne(s) ||
    EXACT_DATE.test(s.asking.text) ||
    (PAST_PRICE.test(s.asking.text) && PRICE_WORDS.test(s.asking.text)) ||
    PLACE_PRICE.test(s.asking.text) ||
    HOURLY_PRICE.test(s.asking.text) ||
    yuanWithoutMeans(s) ||
    yuanPriceChecked(s) ||
    paidToANamedOne(s) ||
    companyValued(s) ||
    CAPACITY_FIGURE.test(s.asking.text) ||
    otherMakersGpuPriced(s) ||
    reasonOfAChoice(s)
  );
}

/** Money or buying said of an AMD GPU ("with $50M how many MI250s could i buy"): the article prices none. */
function otherMakersGpuPriced(s: Slots): boolean {
  return (
    (s.reading.cueWords.get('amd') ?? []).some((w) => s.asking.says(w) && /\d/u.test(w)) &&
    (s.price !== undefined || s.amounts.some((a) => a.currency) || MONEY_OR_BUYING.test(s.asking.text)) &&
    !WHY_ASKED.test(s.asking.text)
  );
}

const MONEY_OR_BUYING = /\bbuy\b|\bcosts?\b|\bprices?\b|\bworth\b|多少钱|价格|价钱|买|買/u;

/** A figure of how many can be made, asked: "文章有提台积电的产能数字吗", "TSMC's capacity numbers". */
const CAPACITY_FIGURE =
  /(?:产能|產能)\s*(?:的)?\s*(?:数字|數字|数据|數據|数|數|是多少|有多少|多少|几多|幾多)|具体(?:的)?产能|具體(?:的)?產能|\bcapacity (?:numbers?|figures?|stats?)\b|\bhow much capacity\b|\bproduction (?:numbers?|figures?|capacity)\b/u;

/** Why, asked where the message asks. */
const WHY_ASKED =
  /\bwhy\b|\bhow come\b|为什么|为何|为啥|為什麼|為何|為啥|点解|點解|原因是|什么原因|什麼原因/u;

/**
 * Why a company, cloud or foundry did what it did ("英伟达为什么把三星换掉", "why is openai on azure"): the
 * article says what each did, never why. The reasons it does give are of the shortage, of the GPU
 * buyers choose and of its two totals, asked without a company.
 */
function reasonOfAChoice(s: Slots): boolean {
  return (
    WHY_ASKED.test(s.asking.text) &&
    s.reading.entities.some((m) => m.entity.kind !== 'gpu' && s.asking.at(m.start)) &&
    s.amounts.length === 0 &&
    !s.has('supply', 'gap', 'popular', 'factors', 'total', 'amd')
  );
}

/**
 * A company's own valuation, funding or contract asked: "Mistral AI 估值多少", "what's openai valued at",
 * "Mistral 融了多少钱", "OpenAI 跟 Azure 的合同是多少钱".
 */
const VALUATION =
  /估值|融资|融資|融了多少|融到|合同|合约|合約|\bcontracts?\b|\bdeal (?:size|value|worth)\b|\b(?:the|their|its) deal\b|\bvaluation\b|\bvalued at\b|\bworth as a company\b|\bhow much (?:money )?(?:has|did|have) [^?]{1,30} raised?\b|\bfunding\b/u;

/** GPUs said: a valuation of them is the article's ("43.2万张估值多少"). */
const GPUS_SAID = /张|卡|块|\bgpus?\b|\bcards?\b|h100|a100|h800/u;

/**
 * What a company itself is valued at ("Mistral AI 估值多少?"): the article values GPUs, not the
 * companies that want them.
 */
function companyValued(s: Slots): boolean {
  return (
    VALUATION.test(s.asking.text) &&
    s.counts.length === 0 &&
    s.ofKind('company', 'cloud').length > 0 &&
    !GPUS_SAID.test(s.asking.text)
  );
}

/** Paying someone: "paying azure", "pays aws", "付给微软", "给 AWS 付". */
const PAID_BEFORE = /\b(?:pay|pays|paying|paid)\s+$|付给\s*$|付錢給\s*$|付钱给\s*$|交给\s*$/u;

/**
 * What one company pays another ("how much is openai paying azure for all those GPUs?"): the article
 * prices GPUs, not any deal between a buyer and its cloud.
 */
function paidToANamedOne(s: Slots): boolean {
  return s.reading.entities.some(
    (m) =>
      m.start > 0 &&
      m.entity.kind !== 'gpu' &&
      PAID_BEFORE.test(s.reading.text.slice(Math.max(0, m.start - 10), m.start)),
  );
}

/** Words naming the Hong Kong or the New Taiwan dollar. */
const FOREIGN_WORDS = /^(?:新台币|台币|港币|港元|twd|ntd|hkd)$/u;

/**
 * "OpenAI 嗰單幾多港幣, 一張 27 萬港紙": the only words beyond the article name the currency the user
 * priced in, so the sums can be given in it.
 */
function currencyOfThePrice(s: Slots): boolean {
  const words = (s.reading.cueWords.get('outOfScope') ?? []).filter((w) => s.asking.says(w, true));
  return s.price?.foreign !== undefined && words.every((w) => FOREIGN_WORDS.test(w));
}

/** Money earned, asked of a count the user prices: "if the 430k got filled at $35k each, how much revenue". */
const REVENUE = /^(?:revenues?|营收|收入|销售额)$/u;

/** Revenue asked of a count at the user's price is a valuation; Nvidia's actual revenue is not in the article. */
function pricedRevenue(s: Slots): boolean {
  const words = (s.reading.cueWords.get('outOfScope') ?? []).filter((w) => s.asking.says(w, true));
  const counted = s.counts.length > 0 || s.has('gap', 'total') || WHAT_IF.test(s.reading.text);
  return s.price !== undefined && counted && words.every((w) => REVENUE.test(w));
}

/** A question word, before a guess at its answer. */
const WH = /\b(?:what|which|who|how|whats)\b|什么|什麼|哪|谁|誰|啥/u;
/**
 * A name guessed at as the answer, tacked on after the question: "…give as an example, nvlink?",
 * "…什么互连, NVLink?". (A figure guessed, "…, 900 gb/s?", asks for a spec all the same.)
 */
const GUESS_TAIL =
  /[,，]\s*(?:like |maybe |perhaps |probably |e\.g\. |是不是|难道是)?([^\s,，?？\d]{2,20}(?: [^\s,，?？\d]{1,20})?)\s*[?？]+\s*$/u;

/** Whether `word` stands only in a guess at the answer of a question asked before it. */
function onlyGuessed(s: Slots, word: string): boolean {
  const tail = GUESS_TAIL.exec(s.reading.text);
  return (
    tail !== null &&
    tail[1]?.includes(word) === true &&
    WH.test(s.reading.text.slice(0, tail.index)) &&
    !s.reading.text.slice(0, tail.index).includes(word)
  );
}

/** A cue word of what the article cannot know, said where the message asks (not as a guess at its answer). */
/** Words of cheapness that, between two prices the user gives, ask the saving ("how much cheaper at 30k than 35k"). */
const CHEAPER = new Set(['cheaper', '便宜']);

/** "if all 432k were priced at 30 grand instead of 35, how much cheaper": two prices set, no shop asked. */
function twoPricesSet(s: Slots): boolean {
  const words = (s.reading.cueWords.get('outOfScope') ?? []).filter((w) => s.asking.says(w, true));
  return (
    words.length > 0 &&
    words.every((w) => CHEAPER.has(w)) &&
    // ("if H100s got 20% cheaper": the article's price moved by the user's percentage.)
    (new Set(s.amounts.filter((a) => a.role === 'price').map((a) => a.value)).size === 2 ||
      s.priceChange !== undefined)
  );
}

/** Forecast words that only name the move the user sets: "降价 25% 后", "a price drop of 15%". */
const A_MOVE = /^(?:降价|price drops?|prices drop)$/u;

/** A price move given with its size ("H100 降价 25% 后每张多少钱") is the user's, not a forecast asked. */
function onlyAMoveSaid(s: Slots): boolean {
  return (s.reading.cueWords.get('forecast') ?? []).every((w) => A_MOVE.test(w));
}

function asked(s: Slots, cue: 'outOfScope' | 'forecast'): boolean {
  // ("聽說 H100 明年會跌到 2 萬美元, 是真的嗎?": the clause heard is what "is it true?" asks of.)
  const claimChecked = s.yesNo && CLAIM_CHECKED.test(s.reading.text);
  return (s.reading.cueWords.get(cue) ?? []).some(
    (w) => (claimChecked ? s.asking.says(w) : s.asking.says(w, true)) && !onlyGuessed(s, w),
  );
}

/** A claim heard, asked whether it is true: "是真的吗", "對不對", "is that true?", "real or nah". */
const CLAIM_CHECKED =
  /是真的|真的吗|真的嗎|真唔真|係咪真|对不对|對不對|啱唔啱|\bis (?:that|it|this) (?:true|real|right|legit|accurate)\b|\breal or (?:nah|not|fake)\b/u;

function futureYearAsked(s: Slots): boolean {
  return [...s.reading.text.matchAll(FUTURE_YEAR)].some((m) => s.asking.says(m[0], true));
}

/** What the article cannot know: the future, share prices, rental rates, shipments, power, advice. */
export const unanswerableIntent = {
  id: 'unanswerable',
  cues: {},
  patterns: [{ re: WHEN_WILL, weight: 6 }],
  // What cannot be known counts where the message asks, not in the context around its question ("we
  // ship models fast. how many A100s does Stability have?", "我们组2024年打算…, 换成 H100 要几张?").
  needs: (s) => WHEN_WILL.test(s.reading.text) || beyond(s),
  fit: (s) => (beyond(s) ? 6 : 0),
  // The future has no word to echo: the article simply does not forecast.
  // (Yuan with no means to reach them is echoed: the article's prices are all in dollars.)
  run: (ctx, s) =>
    notFound(
      ctx,
      asked(s, 'forecast')
        ? undefined
        : (s.reading.cueWords.get('outOfScope')?.[0] ??
            (yuanWithoutMeans(s) ? YUAN.exec(s.reading.text)?.[0] : undefined)),
      [],
    ),
  examples: {
    en: [
      'What will an H100 cost next year?',
      'how much is an hour of H100 on Lambda',
      'should I buy nvidia stock',
    ],
    zh: ['H100 现在租一小时多少钱？', '英伟达2023年H100的出货量是多少？'],
  },
} as const satisfies Intent;

/** A server's words of price said of its GPUs alone ("the gpu cost of one box", "一台的GPU钱"): worked from the article. */
function serversGpusAlone(s: Slots): boolean {
  const words = (s.reading.cueWords.get('outOfScope') ?? []).filter((w) => s.asking.says(w, true));
  return GPUS_ALONE.test(s.asking.text) && words.every((w) => SERVER_PRICE_WORD.test(w));
}

/** The words of a whole server's price ("server cost", "整机", "一台服务器"). */
const SERVER_PRICE_WORD = /server|box|整机|服务器|伺服器|all.in/u;
