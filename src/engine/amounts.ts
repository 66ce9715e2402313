/** A number as written in a question, with what surrounds it. */
export interface NumberMention {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  /** Written with a currency: "$30k", "30,000 dollars", "3万美元", "25万人民币". */
  readonly currency: boolean;
  /** Written in Chinese yuan rather than dollars: "25万人民币", "¥250,000", "250k RMB". */
  readonly yuan?: true;
  /** Written in Hong Kong or New Taiwan dollars: "27万港纸", "HK$280,000", "110万台币", "NT$1.1M". */
  readonly foreign?: 'hkd' | 'twd';
  /** Followed by a GPU word: "50,000 H100s", "3500张", "384 GPUs". */
  readonly gpus: boolean;
  /** The GPU model a count names right after it ("3万张A100" → a100), when it names one. */
  readonly model?: 'h100' | 'a100' | 'h800';
  /** Said per GPU: "$30k each", "40 grand apiece", "2.8万刀一块", "每张3万美元". */
  readonly perUnit: boolean;
  /** A share: "12%", "12 percent". */
  readonly percent: boolean;
  /** A factor: "3.5x", "2.3倍", "3 times". */
  readonly ratio: boolean;
  /** A length of time, in its unit: "23 days", "14小时", "46日" (days), "14 個鐘" (hours). */
  readonly duration?: DurationUnit;
  /** One end of a range the question gives: "10k-25k A100s", "30-50k", "1万到2.5万张". */
  readonly range?: 'low' | 'high';
}

// What may stand between the two ends of a range.
const BETWEEN_BEFORE = /\b(?:between|from)\s*$/iu;
const SET_AGAINST_BEFORE = /\b(?:difference|diff|gap|delta|spread|distance|ratio)\s+between\s*$/iu;
const RANGE_BETWEEN = /^\s*(?:-|–|—|~|～|to|到|至)\s*$/u;

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  千: 1e3,
  w: 1e4,
  万: 1e4,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  mil: 1e6,
  mln: 1e6,
  b: 1e9,
  bil: 1e9,
  billie: 1e9,
  bln: 1e9,
  bn: 1e9,
  billion: 1e9,
  亿: 1e8,
};

// Digits glued to Latin letters are names or specs (H100, GPT-4, 16-bit, 5nm), never amounts.
const NUMBER = new RegExp(
  [
    // Not the tail of a longer number ("30,000" is not read as 000); a comma after anything else is
    // punctuation, as when a Chinese "，" (NFKC ",") comes right before a number: "4万美元，43万张".
    // "10k-25k" is a range: the hyphen after a scale letter that follows a digit is not a name's ("GPT-4").
    // ("A100,800 张": a comma after a model's digits is punctuation too.)
    String.raw`(?<![A-Za-z\d.])(?<!(?<![A-Za-z\d])\d{1,3},)(?<!(?<!\d)[A-Za-z]-)`,
    // A minus sign right before the amount ("-5", "-$30k") is kept, so a negative price is rejected
    // rather than silently read as positive; a hyphen after a digit or letter is a range or a name.
    String.raw`(?<sign>[-−](?=(?:us\$|\$|usd ?)?\d))?`,
    String.raw`(?<cur>(?<hkd>hk\$|hkd ?)|(?<twd>nt\$|twd ?|ntd ?)|us\$|\$|usd ?|(?<yuan>¥|rmb ?|cny ?))?`,
    String.raw`(?<sign2>[-−](?=\d))?`,
    // "50,000", "50 000" (a space between thousands), "5e4", "2.5".
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d,.])|\d+(?:\.\d+)?e\d{1,2}(?![\d.])|\d+(?:\.\d+)?)`,
    `(?: ?(?<word>thousand|grand|million|billion|billie|mil|mln|bil|bln)|(?<mult>bn|mn|k|m|b|w|千|万|亿)|(?<times>x|×))?`,
    // ("3,500-H100 run", "100k-card scenario" count GPUs: a hyphen before a GPU's word joins a count to it.)
    String.raw`(?![A-Za-z\d])(?!-(?!(?:h100|a100|h800|gpu|card|chip)s?\b)[A-Za-z])(?!\.\d)`,
    // (元 alone is the yuan, as in "25万元"; 美元 and 港元 are read whole, so 元 never ends them here. 蚊 is
    // Cantonese slang for the dollar, as 块 is Mandarin's.)
    `(?: ?(?<cur2>(?<hkd2>港币|港幣|港元|港纸|港紙|hkd|hk dollars?)|(?<twd2>新台币|新台幣|台币|台幣|twd|ntd|nt dollars?)|美元|美金|美刀|刀|镁|鎂|块钱|块美金|块美元|塊美金|蚊|dollars?|usd|bucks|(?<yuan2>元人民币|元人民幣|块人民币|塊人民幣|块钱人民币|人民币|人民幣|rmb|cny|yuan|元)))?`,
  ].join(''),
  'giu',
);

/** A GPU's price named after an amount: "35k H100 price", "3.5万的 H100 单价". */
const GPU_PRICE_AFTER =
  /^\s*(?:的\s*)?(?:nvidia\s*)?(?:h100|a100|h800)\s*(?:price|pricing|list price|价格|价钱|单价|售价|报价)/iu;
const GPU_AFTER =
  /^-?\s*(?:张|块|個|个|片|台)?\s*(?:nvidia\s*)?(?:(?:hgx |dgx )?(?<model>h100|a100|h800)|gpu|card|张|块|个|卡)/iu;
// "each", "apiece", "/gpu", "一张", "每块" after an amount, or "每张", "per" right before it, price one GPU.
const PER_UNIT_AFTER =
  /^\s*(?:(?:usd|dollars?|bucks|美元|美金|刀)\s*)?(?:each|apiece|a piece|a pop|per (?:gpu|card|unit|h100|chip)|a (?:gpu|card|unit|h100)|an h100|\/ ?(?:gpu|card|unit|h100|ea)|一张|一块|一个|一片|每张|每块)/iu;
// ("如果一张算三万五": one GPU put at the amount.)
const PER_UNIT_BEFORE =
  /(?:每张|每块|每个|每片|单价|(?:一|每)(?:张|块|片|卡)\s*(?:h100|a100)?\s*(?:算|按|卖|要)|per (?:gpu|card|h100|unit)|unit price (?:of |is )?)\s*(?:约|大约|是|为|按)?\s*$/iu;
/** An amount right before "一张算(是)": "3.5 万美元一张算是", so the card is already priced. */
const PRICED_BEFORE =
  /[\d万萬千]\s*(?:美元|美金|刀|块|元|dollars?|usd)?\s*(?:一|每)(?:张|块|片|卡)\s*(?:h100|a100)?\s*(?:算|计)\s*(?:是|为|就是|约为|约|約|大约|大約|大概|差不多)\s*$/iu;
// 块 is both a GPU's measure word and slang for a dollar: "3万块一张", "3万块钱" are prices.
const YUAN_BLOCK = /^\s*块\s*(?:钱|一张|一块|一个|每张|每块)/u;
// "25万块人民币", "250k in RMB", "8万块(人民币)": the yuan named a word or two after the amount.
// ("8万块一张算(人民币)": after the GPU it prices, too.)
const YUAN_AFTER =
  /^\s*(?:块|塊|元)?\s*(?:(?:一|每)(?:张|块|个|片)\s*(?:算|计)?\s*)?[(（]?\s*(?:人民币|人民幣|(?:in\s+)?(?:rmb|cny|yuan)\b)/iu;
// "4 万块(美元)": the dollar named in brackets after the amount.
const DOLLAR_AFTER = /^\s*(?:块|塊)?\s*[(（]\s*(?:美元|美金|美刀|刀|usd|us\$|\$|dollars?)\s*[)）]/iu;
/** Units of time, each with the words that name it (Cantonese "個鐘" and "日" among them). */
export const DURATION_WORDS = {
  milliseconds: ['milliseconds', 'millisecond', 'ms', '毫秒'],
  seconds: ['seconds', 'second', 'secs', 'sec', '秒'],
  minutes: ['minutes', 'minute', 'mins', 'min', '分钟'],
  hours: ['hours', 'hour', 'hrs', 'hr', 'h', '个小时', '小时', '个钟头', '个钟', '钟头'],
  days: ['days', 'day', '天', '日'],
  weeks: ['weeks', 'week', '个星期', '个礼拜', '礼拜', '星期', '周'],
  months: ['months', 'month', '个月'],
} as const satisfies Record<string, readonly string[]>;

/** A unit of time a duration is counted in. */
export type DurationUnit = keyof typeof DURATION_WORDS;

const UNIT_OF_WORD = new Map<string, DurationUnit>(
  (Object.entries(DURATION_WORDS) as [DurationUnit, readonly string[]][]).flatMap(([unit, words]) =>
    words.map((w) => [w, unit] as const),
  ),
);
// Longest words first, so "个小时" is read before "小时"; Latin words end at a word boundary, and 日
// is no day in 日本, 日期 or 日元.
const DURATION_AFTER = new RegExp(
  `^\\s*(?<unit>${[...UNIT_OF_WORD.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => (/^[a-z]/.test(w) ? `${w}\\b` : w === '日' ? '日(?![本期元币])' : w))
    .join('|')})`,
  'iu',
);

function durationOf(after: string): { duration?: DurationUnit } {
  const word = DURATION_AFTER.exec(after)?.groups?.unit?.toLowerCase();
  const unit = word === undefined ? undefined : UNIT_OF_WORD.get(word);
  return unit === undefined ? {} : { duration: unit };
}

const COUNT_VERB_BEFORE = /(?:\bwants?|\bwanted|\bneeds?|\bneeded|需要|\bdoubles? (?:to|到)|翻倍到)\s*$/iu;
const PERCENT_AFTER = /^\s*(?:%|percent|per cent|pct)/iu;
// ("432k times 35k", "432k x 35k": a product of two amounts, not a factor.)
const RATIO_AFTER = /^\s*(?:x\b|×|倍|times\b|fold\b)(?!\s*~?\s*(?:us)?\$?\d)/iu;

// A year or a day of a date is no amount: "2024年", "in 2023", "2023-08-07", "8月7日", "Aug 7".
const YEAR_AFTER = /^(?:\s*年|-\d{1,2}-\d{1,2}|\/\d{1,2})/u;
const YEAR_BEFORE =
  /(?:\bit(?:'|’)?s\s+|\bit is\s+|(?:\b(?:in|by|since|until|till|from|of|early|late|mid|year|q[1-4]|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*,?\s*)|(?:\d{1,2},?\s*))$/iu;
// (日 after a month is a date, "8月7日"; "要46日" is a length of time.)
const DAY_AFTER = /^\s*(?:月|号|號)/u;
const MONTH_BEFORE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$|月\s*$|(?:19|20)\d\d-(?:\d{1,2}-)?$/iu;

const MODEL_SIZE_AFTER = /^\s*(?:-?param|parameters?|models?|llms?|模型|参数|參數|大模型)/iu;

/** GPUs counted by the box after an "8x": "8x HGX H100", "an 8x A100 node" ("3.5x A100" is a factor). */
const BOX_OF =
  /^\s*(?:nvidia\s*)?(?:hgx|dgx)\b|^\s*(?:h100|a100|h800|gpu)s?\s*(?:\d+\s*gb\s*)?(?:box|node|server|machine|rig|system)s?\b/iu;

/** True when the digits at `start` are a year or a day of a date, not an amount. */
function isDate(digits: string, folded: string, start: number, end: number): boolean {
  const after = folded.slice(end, end + 8);
  const before = folded.slice(Math.max(0, start - 10), start);
  if (/^(?:19|20)\d\d$/u.test(digits)) return YEAR_AFTER.test(after) || YEAR_BEFORE.test(before);
  if (/^\d{1,2}$/u.test(digits)) return DAY_AFTER.test(after) || MONTH_BEFORE.test(before);
  return false;
}

/** Finds every amount in free text, reading "$30k", "30,000", "3万", "30000 美元" and "1.2 billion". */
export function findNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  const folded = text.normalize('NFKC');
  for (const match of folded.matchAll(NUMBER)) {
    const groups = match.groups ?? {};
    const digits = groups.num;
    if (digits === undefined) continue;
    const scale = MULTIPLIERS[(groups.word ?? groups.mult ?? '').toLowerCase()] ?? 1;
    const negative = groups.sign !== undefined || groups.sign2 !== undefined;
    const value = (negative ? -1 : 1) * Number(digits.replaceAll(',', '').replaceAll(' ', '')) * scale;
    if (!Number.isFinite(value)) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (
      groups.word === undefined &&
      groups.mult === undefined &&
      groups.cur === undefined &&
      groups.cur2 === undefined &&
      isDate(digits, folded, start, end)
    )
      continue;
    // "a 70B model", "7B 参数": a model's size in parameters, not money or GPUs.
    const bare = groups.cur === undefined && groups.cur2 === undefined;
    if (
      bare &&
      /^[bm]/iu.test(groups.mult ?? groups.word ?? '') &&
      MODEL_SIZE_AFTER.test(folded.slice(end, end + 16))
    )
      continue;
    const after = folded.slice(end);
    // ("compared to the 35k H100 price": a GPU's price, not a count of GPUs.)
    const gpuPrice = GPU_PRICE_AFTER.test(after);
    const gpuAfter = gpuPrice ? null : GPU_AFTER.exec(after);
    const model = gpuAfter?.groups?.model?.toLowerCase() as NumberMention['model'];
    mentions.push({
      value: Math.round(value * 1e6) / 1e6,
      start,
      end,
      currency:
        groups.cur !== undefined ||
        // ("40 grand" is forty thousand dollars: the word says money, unless GPUs follow: "a hundred
        // grand H100s".)
        (groups.word?.toLowerCase() === 'grand' && gpuAfter === null) ||
        groups.cur2 !== undefined ||
        YUAN_BLOCK.test(after) ||
        YUAN_AFTER.test(after) ||
        DOLLAR_AFTER.test(after),
      ...(groups.yuan !== undefined || groups.yuan2 !== undefined || YUAN_AFTER.test(after)
        ? { yuan: true as const }
        : {}),
      ...(groups.hkd !== undefined || groups.hkd2 !== undefined
        ? { foreign: 'hkd' as const }
        : groups.twd !== undefined || groups.twd2 !== undefined
          ? { foreign: 'twd' as const }
          : {}),
      gpus: gpuAfter !== null && !YUAN_BLOCK.test(after),
      ...(model === undefined ? {} : { model }),
      // "wanted 20k each", "double 到 20k each" say how many each wants, not a price.
      perUnit:
        gpuPrice ||
        (PER_UNIT_AFTER.test(after.replace(/^\s*块(?=\s*(?:一|每))/u, '')) &&
          (groups.cur !== undefined ||
            groups.cur2 !== undefined ||
            !COUNT_VERB_BEFORE.test(folded.slice(Math.max(0, start - 12), start)))) ||
        (PER_UNIT_BEFORE.test(folded.slice(Math.max(0, start - 16), start)) &&
          // ("按 3.5 萬美元一張算是 42 億美元": the card an amount before already priced; this is what
          // that comes to.)
          !PRICED_BEFORE.test(folded.slice(Math.max(0, start - 24), start))),
      percent: PERCENT_AFTER.test(after),
      // "2.3×" is a factor; "432k × $35k" multiplies two amounts.
      // ("an 8x HGX H100 box", "8x A100" count the GPUs in a box: the x is "of them", not a factor.)
      ratio:
        ((groups.times !== undefined && !/^\s*~?\s*(?:us)?\$?\d/u.test(after)) || RATIO_AFTER.test(after)) &&
        !(groups.times !== undefined && BOX_OF.test(after)),
      ...durationOf(after),
    });
  }
  return joinRanges(mentions, folded);
}

/**
 * Marks the two ends of a range. The low end takes the high end's scale when it has none ("30-50k" is
 * 30,000–50,000) and what follows the high end ("10k-25k A100s": both are A100 counts).
 */
function joinRanges(mentions: NumberMention[], text: string): NumberMention[] {
  return mentions.map((m, i) => {
    const next = mentions[i + 1];
    const prev = mentions[i - 1];
    const between = next === undefined ? '' : text.slice(m.end, next.start);
    // "between 10k and 25k", "from 10k to 25k".
    // (Not "the difference between 432k and 357k": two figures set against each other.)
    const idiom =
      BETWEEN_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) &&
      !SET_AGAINST_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
      /^\s*and\s*$/iu.test(between);
    if (next !== undefined && (RANGE_BETWEEN.test(between) || idiom)) {
      const scaled =
        m.value < next.value / 100 && m.value * 1e3 <= next.value
          ? m.value * (next.value >= 1e4 && /万|w/iu.test(text.slice(next.start, next.end)) ? 1e4 : 1e3)
          : m.value;
      const value = scaled > next.value ? m.value : scaled;
      return {
        ...m,
        value,
        gpus: m.gpus || next.gpus,
        currency: m.currency || next.currency,
        ...(m.yuan || next.yuan ? { yuan: true as const } : {}),
        perUnit: m.perUnit || next.perUnit,
        ...((m.model ?? next.model) ? { model: m.model ?? next.model } : {}),
        range: 'low' as const,
      };
    }
    const after =
      prev !== undefined &&
      (RANGE_BETWEEN.test(text.slice(prev.end, m.start)) ||
        (/^\s*and\s*$/iu.test(text.slice(prev.end, m.start)) &&
          BETWEEN_BEFORE.test(text.slice(Math.max(0, prev.start - 10), prev.start))));
    if (after) return { ...m, range: 'high' as const };
    return m;
  });
}

/**
 * Reads one amount that is the whole of an option's value ("30000", "$30k", "3万", "30,000 美元").
 *
 * @returns the number, or undefined when the text is not exactly one amount
 */
export function parseAmount(raw: string): number | undefined {
  const text = raw.normalize('NFKC').trim();
  const [only, ...rest] = findNumbers(text);
  if (only === undefined || rest.length > 0 || only.start !== 0 || only.end !== text.length) return undefined;
  return only.value;
}
