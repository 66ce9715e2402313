import { EN_NUMBER_WORDS } from './numberWords/en.js';
import { ZH_NUMBER_WORDS } from './numberWords/zh.js';

const alt = (words: object) =>
  Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .join('|');
const UNIT = `(?:${alt(EN_NUMBER_WORDS.units)})`;
const TENS = `(?:${alt(EN_NUMBER_WORDS.tens)})`;
const NUMBER_WORD = `(?:${TENS}|${UNIT})`;
const SCALE = `(?:hundred|${alt(EN_NUMBER_WORDS.scales)})`;
// "thirty thousand", "forty grand", "twenty-five k", "three thousand five hundred", "a hundred thousand":
// a run of number words with at least one scale word ("hundred" included), so "one of the three big
// clouds" keeps its words.
// ("hundred k", with no "a" before it, is a hundred thousand too.)
const EN_AMOUNT = new RegExp(
  String.raw`\b(?:${NUMBER_WORD}|hundred(?=[- ]${SCALE}))(?:[- ](?:and )?(?:${NUMBER_WORD}|${SCALE}))*\b`,
  'giu',
);

// "three point five million", "two point two five k": a number said with its decimal point in words.
const DIGIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  oh: 0,
  ...Object.fromEntries(
    Object.entries(EN_NUMBER_WORDS.units).filter(([, n]) => n >= 1 && n <= 9 && n % 1 === 0),
  ),
};
const DIGIT_WORD = `(?:${Object.keys(DIGIT_WORDS)
  .filter((w) => w !== 'a' && w !== 'an')
  .join('|')})`;
const POINT_AMOUNT = new RegExp(
  String.raw`\b(${NUMBER_WORD}(?:[- ]${UNIT})?|\d+) point ((?:${DIGIT_WORD}|\d)(?:[- ](?:${DIGIT_WORD}|\d))*)(?:[- ](${SCALE}))?\b`,
  'giu',
);

// "two and a half thousand", "1 and a half million": a whole number and a half of one scale word.
const AND_A_HALF = new RegExp(
  String.raw`\b(\d+|${NUMBER_WORD}) and a half (${alt(EN_NUMBER_WORDS.scales)})\b`,
  'giu',
);

const { units, tens, scales, fractions } = EN_NUMBER_WORDS as {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  fractions: Record<string, number>;
};

// "half a billion", "a quarter million", "three quarters of a million": a fraction of one scale word.
const FRACTION_OF_SCALE = new RegExp(
  String.raw`\b(${alt(EN_NUMBER_WORDS.fractions)})(?: of)?(?: an?)? (${alt(EN_NUMBER_WORDS.scales)})\b`,
  'giu',
);

// "between ten and 25000": the low end of a range, in words without a scale ("ten"), takes its digits;
// the amount reader then gives it the high end's scale.
// ("thirty to fifty thousand": so too the low end of one said with "to", "or" or a dash.)
const RANGE_LOW_END = new RegExp(
  String.raw`(?<=\b(?:between|from) )${NUMBER_WORD}(?:[- ]${NUMBER_WORD})*(?= (?:and|to) \d)|\b(?!an?\b)${NUMBER_WORD}(?:[- ]${NUMBER_WORD})*(?= ?(?:to|or|-|–) ?\$?\d{4,}\b)`,
  'giu',
);

// ("a", "an" and "one" stay words: "how much is an H100", "what does one A100 cost" ask of a kind, not a count.)
const NUMERAL = `(?:${Object.keys(EN_NUMBER_WORDS.units)
  .filter((w) => w !== 'a' && w !== 'an' && w !== 'one')
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
// Found from the word counted, which is rare, then looked back from: a pattern starting with the
// number words would be tried at every word of every question.
const COUNTED_WORD =
  /(?<=\s)(?:days?|hours?|weeks?|months?|years?|h100s?|a100s?|gpus?|cards?|percent|per cent|pct)\b/giu;
const SMALL_BEFORE = new RegExp(String.raw`\b(?:${TENS}(?:[- ]${NUMERAL})?|${NUMERAL})\s+$`, 'iu');

/** "twenty three days" → "23 days": number words without a scale right before what they count. */
function countedSmall(text: string): string {
  let out = '';
  let kept = 0;
  for (const m of text.matchAll(COUNTED_WORD)) {
    const before = SMALL_BEFORE.exec(text.slice(Math.max(kept, m.index - 24), m.index));
    if (before === null) continue;
    const start = m.index - before[0].length;
    out += `${text.slice(kept, start)}${smallAmount(before[0].trim())} `;
    kept = m.index;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** The value of number words without a scale: "twenty-five" → 25. */
function smallAmount(words: string): number {
  return words.split(/[- ]+/u).reduce((sum, w) => sum + (units[w] ?? tens[w] ?? 0), 0);
}

/**
 * A run of number words cut at each "and" that does not follow a scale word, or that starts a number of
 * the same scale or more: "three hundred and five" is one, "ten thousand and twenty-five thousand" two.
 */
function splitAtAnd(words: string): string[] {
  const out: string[] = [];
  for (const piece of words.split(/ and /u)) {
    const last = out.at(-1);
    const scale = last === undefined ? undefined : /(hundred|thousand|grand|million|billion)$/u.exec(last)?.[1];
    if (last !== undefined && scale !== undefined && largestScale(piece) < scaleValue(scale))
      out[out.length - 1] = `${last} and ${piece}`;
    else out.push(piece);
  }
  return out;
}

/** What a scale word multiplies by: "thousand" → 1,000 ("hundred" → 100). */
function scaleValue(word: string): number {
  return word === 'hundred' ? 100 : (scales[word] ?? 1);
}

/** The largest scale word in a run of number words, or 1 when it has none. */
function largestScale(words: string): number {
  return Math.max(1, ...words.split(/[- ]+/u).map((w) => (w === 'hundred' || w in scales ? scaleValue(w) : 1)));
}

/** The value of a run of English number words, or undefined when it has no scale word. */
function englishAmount(words: string): number | undefined {
  let total = 0;
  let current = 0;
  let scaled = false;
  const all = words.split(/[- ]+/);
  // ("a one billion dollar budget": "a" before another number word is an article, not one.)
  const [first, second] = all;
  const counted =
    (first === 'a' || first === 'an') && second !== undefined && second !== 'hundred' && !(second in scales)
      ? all.slice(1)
      : all;
  for (const word of counted) {
    if (word === 'and') continue;
    if (word === 'hundred') {
      current = (current || 1) * 100;
      scaled = true;
    } else if (word in scales) {
      total += (current || 1) * (scales[word] ?? 1);
      current = 0;
      scaled = true;
    } else current += units[word] ?? tens[word] ?? 0;
  }
  return scaled ? total + current : undefined;
}

const zhDigits: Record<string, number> = ZH_NUMBER_WORDS.digits;
const MEASURE_WORDS = /[张块卡台个片颗]/u;
const OTHER_MEASURE = /[个家种位名次倍条项]/u;
const zhSmall: Record<string, number> = ZH_NUMBER_WORDS.small;
const zhLarge: Record<string, number> = ZH_NUMBER_WORDS.large;
const ZH_START = new RegExp(`[\\d${Object.keys(zhDigits).join('')}十]`, 'gu');

/** A GPU named right after a count's measure word: "两万一张 A100". */
const GPU_NAMED_AFTER = /^\s*(?:nvidia\s*)?(?:[ahAH]100|[hH]800|gpu|GPU)/u;

/**
 * Reads a Chinese numeral starting at `start`: 三万 30000, 两万五 25000 (the trailing digit is a tenth of
 * the last unit), 四十三万二 432000, 三千五 3500, 十万 100000. Stops before a second bare digit, so the
 * 一 of 两万五一张 stays "one card"; 1万5 is 15000 too. Undefined unless a unit and a Chinese numeral
 * (or a one-digit shorthand after the unit) both appear.
 */
function readChinese(text: string, start: number): { value: number; end: number } | undefined {
  let total = 0;
  let section = 0;
  let pending: number | undefined;
  let lastUnit = 1;
  let sawUnit = false;
  let sawChinese = false;
  let decimal = false;
  let end = start;
  let i = start;
  while (i < text.length) {
    const c = text[i] ?? '';
    const ascii = /^\d+(?:\.\d+)?/.exec(text.slice(i, i + 12))?.[0];
    if (ascii !== undefined || c in zhDigits) {
      if (pending !== undefined) break;
      // "3万一张", "两万一块": 一 before a measure word is "one card", not 3万1 (but "两万一张 A100", a GPU
      // named right after, counts 21,000 of them).
      if (
        sawUnit &&
        c === '一' &&
        MEASURE_WORDS.test(text[i + 1] ?? '') &&
        !GPU_NAMED_AFTER.test(text.slice(i + 2, i + 12))
      )
        break;
      // "2.5万两个数": a numeral counting something else after the amount ("两个", "三家") is not its
      // shorthand thousands.
      // (After 十 it is the ones: "四十六个钟" is 46 hours.)
      if (sawUnit && lastUnit > 10 && ascii === undefined && OTHER_MEASURE.test(text[i + 1] ?? '')) break;
      pending = ascii === undefined ? zhDigits[c] : Number(ascii);
      if (ascii === undefined) sawChinese = true;
      i += ascii?.length ?? 1;
      end = i;
      continue;
    }
    // "三点五万", "四十三点二万", "七点二": the digits after 点 are a fraction of the number before it. (Not
    // a clock's "三点五十": a fraction is never followed by 十, 百 or 千.)
    if (c === ZH_NUMBER_WORDS.point && pending !== undefined && !decimal) {
      const fraction = /^[零〇一二三四五六七八九\d]+/u.exec(text.slice(i + 1))?.[0];
      if (fraction === undefined || (text[i + 1 + fraction.length] ?? '') in zhSmall) break;
      const digits = [...fraction].map((d) => (/\d/u.test(d) ? d : String(zhDigits[d] ?? 0))).join('');
      pending += Number(`0.${digits}`);
      decimal = true;
      sawChinese = true;
      i += 1 + fraction.length;
      end = i;
      continue;
    }
    if (c in zhSmall) {
      const unit = zhSmall[c] ?? 1;
      if (pending === undefined && unit !== 10) break;
      section += (pending ?? 1) * unit;
      pending = undefined;
      lastUnit = unit;
      sawUnit = true;
      sawChinese = true;
      i++;
      end = i;
      continue;
    }
    if (c in zhLarge) {
      const unit = zhLarge[c] ?? 1;
      section += pending ?? 0;
      pending = undefined;
      if (section === 0) break;
      total += section * unit;
      section = 0;
      lastUnit = unit;
      sawUnit = true;
      i++;
      end = i;
      continue;
    }
    break;
  }
  // "1万5", "2万5" (digits around a unit) are the same shorthand as 两万五; a bare "3万" is left to the
  // amount reader, and "3万50" is not shorthand.
  const digitShorthand = pending !== undefined && Number.isInteger(pending) && pending < 10;
  if (decimal && !sawUnit && pending !== undefined) return { value: pending, end };
  if (!sawUnit || !(sawChinese || digitShorthand)) return undefined;
  const shorthand =
    pending === undefined ? 0 : lastUnit >= 10 && !decimal ? (pending * lastUnit) / 10 : pending;
  // (Rounded: 43.2 × 10,000 in floating point is not always 432,000.)
  return { value: Math.round((total + section + shorthand) * 1e6) / 1e6, end };
}

/**
 * Rewrites amounts written in words as digits, so the amount reader sees one form: "thirty thousand
 * bucks" → "30000 bucks", "forty grand" → "$40000", "两万五一张" → "25000一张", "三万五" → "35000".
 * Expects normalised (lower-case, Simplified) text.
 */
export function spellNumbers(text: string): string {
  // "2.5 万张" is one amount: the space a writer leaves before 万 is not a separator.
  const english = countedSmall(
    text
      // "4x30" is 4 × 30, as "4 x 30" is: the letter between two numbers is the times sign.
      .replace(/(?<=\d)x(?=\d)/gu, ' × ')
      // "~10k-each", "30k-ish": an amount hyphened to a word is the amount, then the word.
      .replace(/(?<=\d[km]?)-(?=(?:each|apiece|ish|odd|plus|strong|some)\b)/gu, ' ')
      .replace(/(\d)\s+(?=[万亿千])/gu, '$1')
      // "3 萬 2 千" is 32,000 as "3万2千" is: a lone digit and its 千 right after 万 go on the same amount.
      .replace(/(?<=\d[万亿])\s+(?=\d千)/gu, '')
      // "a cool billion dollars": the idiom's "cool" says nothing of the amount.
      .replace(/\b(a|one) cool (?=(?:million|billion|thousand|grand|mil)\b)/giu, '$1 ')
      // "a dozen H100s", "半打卡": dozens, only before what is counted ("打" alone is "to hit").
      .replace(DOZENS, (match: string) => String(DOZEN_COUNTS[match.toLowerCase()] ?? match))
      .replace(POINT_AMOUNT, (match, whole: string, decimals: string, scale: string | undefined) => {
        const n = /^\d+$/u.test(whole) ? Number(whole) : smallAmount(whole);
        const digits = decimals.split(/[- ]/u).map((d) => (/^\d$/u.test(d) ? Number(d) : DIGIT_WORDS[d]));
        if (n === undefined || digits.some((d) => d === undefined)) return match;
        const value = Number(`${n}.${digits.join('')}`) * (scale === undefined ? 1 : (scales[scale] ?? 1));
        return String(Math.round(value * 1e6) / 1e6);
      })
      .replace(AND_A_HALF, (match, whole: string, scale: string) => {
        const n = /^\d+$/u.test(whole) ? Number(whole) : (units[whole] ?? tens[whole]);
        return n === undefined ? match : String((n + 0.5) * (scales[scale] ?? 1));
      })
      .replace(FRACTION_OF_SCALE, (_, fraction: string, scale: string) =>
        String((fractions[fraction] ?? 1) * (scales[scale] ?? 1)),
      )
      // "上千张", "上百块卡": a thousand or more, said as a bar ("1000张以上").
      // (Only before what is counted: "上百度" is Baidu, "上千亿美元" a sum.)
      .replace(
        /上(千|百|万)(?=\s*(?:张|块|片|卡|台|颗|个|h100|a100|gpu|nvidia)|[吗嗎吧?？,，。]|$)(张|块|片|卡|台|颗|个)?/giu,
        (_, unit: string, counted = '') =>
          `${unit === '千' ? '1000' : unit === '百' ? '100' : '1万'}${counted}以上`,
      )
      // "一个亿", "两个亿": spoken 亿 takes a measure word that the amount does not.
      .replace(/(?<=[一二两三四五六七八九十\d])个(?=亿)/gu, '')
      .replace(EN_AMOUNT, (match: string, ...rest: unknown[]) => {
        // ("a hundred grand H100s": GPUs after "grand" count them, however the word usually says dollars.)
        const offset = rest.findLast((r): r is number => typeof r === 'number') ?? 0;
        const whole = rest.findLast((r): r is string => typeof r === 'string') ?? '';
        // ("thirty grand a card" prices one.)
        const gpusAfter = !/ an?$/u.test(match) && GPUS_AFTER.test(whole.slice(offset + match.length));
        // "and" joins one number only after a scale word ("three hundred and five"); "ten and twenty five
        // thousand" is two numbers.
        return splitAtAnd(match)
          .map((run) => {
            // "a" is one only before a scale ("a hundred thousand"): "forty grand a pop" is 40000 a pop.
            const trailing = / an?$/u.exec(run)?.[0] ?? '';
            const words = run.slice(0, run.length - trailing.length);
            const value = englishAmount(words);
            // ("forty grand" is money: "grand" says dollars, and the digits keep saying it.)
            const money = /\bgrand$/u.test(words) && !gpusAfter ? '$' : '';
            return (value === undefined || value === 0 ? words : `${money}${value}`) + trailing;
          })
          .join(' and ');
      })
      .replace(RANGE_LOW_END, (words) => String(smallAmount(words))),
    // "twenty three days", "three weeks", "five a100s": number words without a scale before what they
    // count are a number too (a bare "three" elsewhere, as in "the three big clouds", stays a word).
  );
  if (!/\p{Script=Han}/u.test(english)) return english;
  return chineseAmounts(
    english
      // "少两成", "多三成": a change by tenths is a percentage ("八成是" alone means "most likely").
      .replace(
        TENTHS_OF_CHANGE,
        // ("平咗兩成半": two and a half tenths, 25%.)
        (_, verb: string, done: string, numeral: string, half: string | undefined) =>
          `${verb}${done}${(ZH_DIGIT_OF[numeral] ?? 0) * 10 + (half === undefined ? 0 : 5)}%`,
      )
      // ("三至五万张", "两到三万": a range of two numerals sharing the unit after the second, as "3-5万".)
      .replace(
        NUMERALS_TO,
        (_, low: string, high: string, unit: string) =>
          `${ZH_DIGIT_OF[low] ?? low}-${ZH_DIGIT_OF[high] ?? high}${unit}`,
      )
      .replace(
        TWO_NEIGHBOURS,
        (_, ten: string | undefined, low: string, high: string, tens: string | undefined) =>
          `${ten ? 1 : ''}${ZH_DIGIT_OF[low]}${tens ? 0 : ''}-${ten ? 1 : ''}${ZH_DIGIT_OF[high]}${tens ? 0 : ''}`,
      )
      .replace(ONE_NUMERAL_OF_TIME, (numeral) => String(ZH_DIGIT_OF[numeral] ?? numeral))
      .replace(ONE_NUMERAL_OF_CARDS, (numeral) => String(ZH_DIGIT_OF[numeral] ?? numeral))
      .replace(TIMES_AND_A_HALF, (_, numeral: string) => `${ZH_DIGIT_OF[numeral] ?? numeral}.5倍`)
      .replace(ONE_NUMERAL_OF_TIMES, (numeral) => String(ZH_DIGIT_OF[numeral] ?? numeral)),
  ).replace(PERCENT_WORDS, '$1%');
}

/** Two single numerals joined by 至/到 before one unit: "三至五万", "两到三万". */
const NUMERALS_TO =
  /(?<![一二两三四五六七八九十百千万亿点\d])([一二两三四五六七八九])\s*(?:至|到|~|～)\s*([一二两三四五六七八九])\s*(万|千|亿)/gu;

/**
 * Two neighbouring numerals before a unit are a rough range: "三四万" is 3–4万, "两三千" 2–3千, "十三四万" 13–14万, "四五十万" 40–50万, "三四十张" 30–40 (written so
 * the amount reader joins the ends and gives the low one the high one's unit).
 */
const TWO_NEIGHBOURS =
  /(?<![一二两三四五六七八九十百千万亿点第\d])(十)?(一(?=二)|两(?=三)|二(?=三)|三(?=四)|四(?=五)|五(?=六)|六(?=七)|七(?=八)|八(?=九))([二三四五六七八九])(?:(十)|(?=[百千万亿]))/gu;

/**
 * A single numeral before days, weeks or hours counted is a number: "一日做完", "三天", "两个星期", "七个小时"
 * ("一小时" and "一个小时" are mostly "per hour", "十二月" a month).
 */
const ONE_NUMERAL_OF_TIME =
  /(?<![一二两三四五六七八九十百千万亿\d])(?:[一二两三四五六七八九](?=(?:个)?(?:天|日(?![本期元币])|星期|礼拜|周))|[二两三四五六七八九](?=个?(?:小时|钟头)))/gu;
/**
 * A single numeral before cards or servers counted is a count: "有八张卡", "两张 H100", "三台" ("一张"
 * is mostly "per card", and stays a word).
 */
const ONE_NUMERAL_OF_CARDS =
  /(?<![一二两三四五六七八九十百千万亿点第\d])[二两三四五六七八九](?=\s*(?:张|块|片|卡|台|部)(?![分份]))/gu;
/**
 * A single numeral before 倍 is a ratio: "是 Anthropic 的五倍" ("十倍" and "二十倍" are read with their
 * unit). A change by a factor keeps its words for the what-if to read: "翻两倍", "变成三倍", "多要一倍".
 */
const ONE_NUMERAL_OF_TIMES =
  /(?<![一二两三四五六七八九十百千万亿点\d翻变成涨增加到])(?<!多要|多了|多)[一二两三四五六七八九](?=\s*倍)/gu;
/** GPUs named right after an amount. */
const GPUS_AFTER = /^\s*(?:(?:h100|a100|h800)s?|gpus?|cards?)\b/iu;

const DOZEN_COUNTS: Readonly<Record<string, number>> = {
  ...EN_NUMBER_WORDS.dozens,
  ...ZH_NUMBER_WORDS.dozens,
};
const DOZENS = new RegExp(
  `(?:\\b(?:${Object.keys(EN_NUMBER_WORDS.dozens).join('|')})\\b|${Object.keys(ZH_NUMBER_WORDS.dozens).join('|')})(?=\\s*(?:of\\s+)?(?:h100|a100|gpu|card|张|張|块|塊|卡|个|個))`,
  'giu',
);

/** "三倍半", "3倍半": a ratio and a half ("快成三倍半" is 3.5 times as fast). */
const TIMES_AND_A_HALF = /(?<![一二两三四五六七八九十百千万亿点\d])([一二两三四五六七八九]|\d+)\s*倍半/gu;
const ZH_DIGIT_OF: Readonly<Record<string, number>> = ZH_NUMBER_WORDS.digits;

/** A change by tenths: "少两成", "需求多了三成", "砍掉一成", "平咗三成" (cheaper by 30%). */
const TENTHS_OF_CHANGE =
  /(少要|多要|减少|增加|下降|上升|降低|提高|砍掉|降价|涨价|减价|加价|打折|便宜|砍|少|多|减|增|涨|降|跌|平)(了?)\s*([一二两三四五六七八九])成(半)?(?![本员功为立交品熟长])/gu;

/** "百分之三十" once its numerals are digits ("百分之30"): a percentage. */
const PERCENT_WORDS = /百分之\s*(\d+(?:\.\d+)?)/gu;

/** Chinese amounts in digits: "两万五一张" → "25000一张". */
function chineseAmounts(english: string): string {
  let out = '';
  let last = 0;
  for (const m of english.matchAll(ZH_START)) {
    if (m.index < last) continue;
    // Only where a run begins: not in the middle of "2.5" or "H100".
    const before = english[m.index - 1] ?? '';
    // An ASCII digit run continuing a name or number ("H100", "2.5") is not a start; a Chinese numeral is.
    if (/\d/.test(m[0]) && /[\d.a-z]/i.test(before)) continue;
    const read = readChinese(english, m.index);
    if (read === undefined) continue;
    // Kept apart from a name it follows ("H100两万五" → "h100 25000"), so both are still read.
    const pad = /[a-z\d]/i.test(english[m.index - 1] ?? '') ? ' ' : '';
    // …and from a name right after it ("两万五h100" → "25000 h100").
    const padAfter = /[a-z]/i.test(english[read.end] ?? '') ? ' ' : '';
    out += english.slice(last, m.index) + pad + String(read.value) + padAfter;
    last = read.end;
  }
  return out + english.slice(last);
}
