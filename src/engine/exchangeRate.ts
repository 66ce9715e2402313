import type { ForeignCurrency } from '../calculator/exchangeToUsd.js';

/**
 * Words for each currency a budget may be given in, as the normalised text writes them; tried in this
 * order, so "32元新台币" is New Taiwan dollars before its 元 is read as the yuan.
 */
const CURRENCY_WORDS: Readonly<Record<ForeignCurrency | 'usd', string>> = {
  twd: String.raw`元新台币|新台币|元台币|台币|twd|ntd|nt\$|nt dollars?`,
  hkd: String.raw`元港币|港元|港币|港纸|hkd|hk\$|hk dollars?`,
  usd: String.raw`美元|美金|美刀|刀|usd|us\$|\$|dollars?|bucks`,
  cny: String.raw`元人民币|人民币|rmb|cny|yuan|块|元`,
};

const ANY_CURRENCY = Object.values(CURRENCY_WORDS).join('|');

/** "1美元=7.2元人民币", "1美元兑32元新台币", "1 usd = 7.8 hkd", "7.8 hkd to the dollar". */
const RATE_SAID = new RegExp(
  String.raw`1\s*(?<a>${ANY_CURRENCY})\s*(?:=|≈|兑|换|换成|可换|to|is|equals?|约|约等于)\s*(?<n>\d+(?:\.\d+)?)\s*(?<b>${ANY_CURRENCY})`,
  'u',
);

/** Each currency's words as a whole-word pattern, built once rather than on every rate read. */
const CURRENCY_EXACT = (Object.entries(CURRENCY_WORDS) as [ForeignCurrency | 'usd', string][]).map(
  ([code, words]) => [code, new RegExp(`^(?:${words})$`, 'u')] as const,
);

function currencyOf(word: string): ForeignCurrency | 'usd' | undefined {
  return CURRENCY_EXACT.find(([, exact]) => exact.test(word))?.[0];
}

/**
 * The exchange rate a question states between the dollar and another currency ("汇率按1美元=7.2元人民币",
 * "1美元兑32元新台币"): units of that currency to one dollar, whichever way round it is said.
 * Undefined when no such rate is said, or it is between two currencies neither of which is the dollar.
 */
export function statedRate(text: string): { perUsd: number; currency: ForeignCurrency } | undefined {
  const said = RATE_SAID.exec(text)?.groups;
  if (said?.a === undefined || said.b === undefined || said.n === undefined) return undefined;
  const [a, b, n] = [currencyOf(said.a), currencyOf(said.b), Number(said.n)];
  if (a === undefined || b === undefined || !(n > 0) || (a === 'usd') === (b === 'usd')) return undefined;
  // "1美元=7.2元": 7.2 to the dollar; "1港元=0.128美元": its inverse.
  return a === 'usd'
    ? { perUsd: n, currency: b as ForeignCurrency }
    : { perUsd: 1 / n, currency: a as ForeignCurrency };
}

const CURRENCY_BEFORE = /(?:新台币|台币|港币|港元|人民币)\s*$/u;

/**
 * The currency a sum is given in, when not the dollar: "五千万人民币", "一億港元", "新台幣三億元" (named
 * before the sum, it outweighs the 元 after it).
 */
export function currencyOfSum(
  sum: { readonly start: number; readonly yuan?: true; readonly foreign?: 'hkd' | 'twd' },
  text: string,
): ForeignCurrency | undefined {
  const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, sum.start - 6), sum.start))?.[0];
  if (before !== undefined) return /台币/u.test(before) ? 'twd' : /港/u.test(before) ? 'hkd' : 'cny';
  return sum.foreign ?? (sum.yuan ? 'cny' : undefined);
}
