import type { AmountUnit } from '../calculator/calculation.js';
import { INTL_LOCALES, type ReplyLang } from '../i18n/langs.js';
import type { Quantity, Unit } from '../knowledge/schema.js';
import { conjunctionList, groupedInteger, ungroupedInteger } from './icuFreeFormats.js';

// Each formatter is built once, on first use: building one costs far more than formatting with it
// (the first costs tens of milliseconds of ICU start-up), and an answer without numbers needs none.
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}

/** Built once per key, on first use. */
function oncePer<K extends string, T>(build: (key: K) => T): (key: K) => T {
  const built = new Map<K, T>();
  return (key) => {
    let value = built.get(key);
    if (value === undefined) {
      value = build(key);
      built.set(key, value);
    }
    return value;
  };
}

const enCount = once(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }));
/** Large sums in either currency, compact: $12.96B, CN¥108.864B. */
const enMoneyCompact = oncePer(
  (currency: 'USD' | 'CNY' | 'HKD' | 'TWD') =>
    new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      // $8.925B stays exact; $12.96B and $15.12B need no more.
      maximumFractionDigits: 3,
    }),
);
const enUsd = once(
  () => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }),
);
const enYuan = once(
  () =>
    new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'CNY',
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }),
);
/** Hong Kong and New Taiwan dollars in full: HK$270,000, NT$1,100,000. */
const enForeign = oncePer(
  (currency: 'HKD' | 'TWD') =>
    new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }),
);
const plain = once(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false }));
/** Chinese counts in 万 and 亿 (萬 and 億 in Traditional), as Chinese readers group digits. */
const zhCompact = oncePer(
  (lang: Exclude<ReplyLang, 'en'>) =>
    new Intl.NumberFormat(INTL_LOCALES[lang], { notation: 'compact', maximumFractionDigits: 2 }),
);
// Money keeps a third decimal, as English does: 1.225亿美元 ($122.5M), not 1.23亿.
const zhMoneyCompact = oncePer(
  (lang: Exclude<ReplyLang, 'en'>) =>
    new Intl.NumberFormat(INTL_LOCALES[lang], { notation: 'compact', maximumFractionDigits: 3 }),
);
const TIMES_SUFFIX: Readonly<Record<ReplyLang, string>> = { en: '×', 'zh-Hans': '倍', 'zh-Hant': '倍' };

/** A GPU count in the reader's form: 432,000 or 43.2万 (43.2萬). */
export function formatCount(n: number, lang: ReplyLang): string {
  if (lang === 'en') return groupedInteger(n) ?? enCount().format(n);
  if (n < 10_000) return formatDecimal(n);
  // 万 to two decimals, as Chinese readers write counts; when that rounds (10,869.6 is 1.09万) the
  // exact figure follows, so a conversion's result keeps its precision: 1.09万（10,869.6）.
  const unit = n >= 1e8 ? 1e8 : 1e4;
  const rounded = Math.round((n / unit) * 100) * (unit / 100);
  const compact = zhCompact(lang).format(n);
  return Math.abs(rounded - n) < 1e-6 ? compact : `${compact}（${plain().format(n)}）`;
}

/** US dollars in the reader's form: $35,000 / $12.96B, or 3.5万美元 / 129.6亿美元. */
export function formatUsd(n: number, lang: ReplyLang): string {
  if (lang === 'en') return n >= 1_000_000 ? enMoneyCompact('USD').format(n) : enUsd().format(n);
  return `${n >= 10_000 ? zhMoneyCompact(lang).format(n) : formatDecimal(n)}美元`;
}

const YUAN_SUFFIX: Readonly<Record<Exclude<ReplyLang, 'en'>, string>> = {
  'zh-Hans': '元人民币',
  'zh-Hant': '元人民幣',
};

/** Chinese yuan in the reader's form: CN¥250,000 / CN¥5.5B, or 25万元人民币 / 55亿元人民币. */
export function formatYuan(n: number, lang: ReplyLang): string {
  if (lang === 'en') return n >= 1_000_000 ? enMoneyCompact('CNY').format(n) : enYuan().format(n);
  return `${n >= 10_000 ? zhMoneyCompact(lang).format(n) : formatDecimal(n)}${YUAN_SUFFIX[lang]}`;
}

const FOREIGN_SUFFIX: Readonly<Record<'hkd' | 'twd', Readonly<Record<Exclude<ReplyLang, 'en'>, string>>>> = {
  hkd: { 'zh-Hans': '港币', 'zh-Hant': '港幣' },
  twd: { 'zh-Hans': '新台币', 'zh-Hant': '新台幣' },
};

/** Hong Kong or New Taiwan dollars in the reader's form: HK$270,000 / HK$13.5B, or 27万港币 / 135亿港币. */
export function formatForeign(n: number, currency: 'hkd' | 'twd', lang: ReplyLang): string {
  const code = currency === 'hkd' ? 'HKD' : 'TWD';
  if (lang === 'en') return n >= 1_000_000 ? enMoneyCompact(code).format(n) : enForeign(code).format(n);
  return `${n >= 10_000 ? zhMoneyCompact(lang).format(n) : formatDecimal(n)}${FOREIGN_SUFFIX[currency][lang]}`;
}

/**
 * Money in the currency the answer priced in: dollars, yuan at a price the user gave in yuan, or the
 * Hong Kong or New Taiwan dollars of a price the user gave in them.
 */
export function formatMoney(
  n: number,
  price: { readonly yuan?: true; readonly foreign?: 'hkd' | 'twd' } | undefined,
  lang: ReplyLang,
): string {
  if (price?.foreign !== undefined) return formatForeign(n, price.foreign, lang);
  return price?.yuan === true ? formatYuan(n, lang) : formatUsd(n, lang);
}

/** A plain number to two decimals, for either language: 1.2 (the difference of two speed-ups). */
export function formatDecimal(n: number): string {
  return ungroupedInteger(n) ?? plain().format(n);
}

/** A speed-up factor: 3.5× or 3.5倍. */
export function formatTimes(n: number, lang: ReplyLang): string {
  // A third decimal only where the calculator kept one: 1.005×, not 1×.
  const three = Math.round(n * 1000) / 1000;
  const shown = three !== Math.round(n * 100) / 100 ? String(three) : formatDecimal(n);
  return `${shown}${TIMES_SUFFIX[lang]}`;
}

/** One number of a calculation, in its unit. */
export function formatAmount(value: number, unit: AmountUnit | Unit, lang: ReplyLang): string {
  switch (unit) {
    case 'usd':
    case 'usd-per-gpu':
      return formatUsd(value, lang);
    case 'cny':
    case 'cny-per-gpu':
      return formatYuan(value, lang);
    case 'hkd':
    case 'hkd-per-gpu':
      return formatForeign(value, 'hkd', lang);
    case 'twd':
    case 'twd-per-gpu':
      return formatForeign(value, 'twd', lang);
    case 'times':
      return formatTimes(value, lang);
    case 'gpus':
    case 'a100-equivalents':
    case 'h100-equivalents':
    case 'servers':
      return formatCount(value, lang);
    case 'percent':
      return `${formatDecimal(value)}%`;
    case 'duration':
    case 'entities':
    case 'cny-per-usd':
    case 'foreign-per-usd':
    case 'gpus-per-server':
      return formatDecimal(value);
  }
}

/** A fact's quantity: one number or a range, e.g. 10,000–25,000 or 1万–2.5万. */
export function formatQuantity(quantity: Quantity, unit: Unit, lang: ReplyLang): string {
  if ('value' in quantity) return formatAmount(quantity.value, unit, lang);
  return `${formatAmount(quantity.min, unit, lang)}–${formatAmount(quantity.max, unit, lang)}`;
}

/** A list in the reader's language: "A, B, and C" or "A、B和C". */
export function formatList(items: readonly string[], lang: ReplyLang): string {
  return conjunctionList(items, lang);
}
