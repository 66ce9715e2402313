import type { AmountUnit } from '../calculator/calculation.js';
import type { Lang } from '../engine/lang.js';
import type { Quantity, Unit } from '../knowledge/schema.js';

// Each formatter is built once, on first use: building one costs far more than formatting with it
// (the first costs tens of milliseconds of ICU start-up), and an answer without numbers needs none.
const enCount = once(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }));
const zhCompact = once(
  () => new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 }),
);
const enUsdCompact = once(
  () =>
    new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }),
);
const enUsd = once(
  () => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }),
);
const plain = once(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false }));
const lists: Readonly<Record<Lang, () => Intl.ListFormat>> = {
  en: once(() => new Intl.ListFormat('en', { type: 'conjunction' })),
  zh: once(() => new Intl.ListFormat('zh-CN', { type: 'conjunction' })),
};

function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}

/** A GPU count in the reader's form: 432,000 or 43.2万. */
export function formatCount(n: number, lang: Lang): string {
  if (lang === 'en') return enCount().format(n);
  return n >= 10_000 ? zhCompact().format(n) : plain().format(n);
}

/** US dollars in the reader's form: $35,000 / $12.96B, or 3.5万美元 / 129.6亿美元. */
export function formatUsd(n: number, lang: Lang): string {
  if (lang === 'en') return n >= 1_000_000 ? enUsdCompact().format(n) : enUsd().format(n);
  return `${n >= 10_000 ? zhCompact().format(n) : plain().format(n)}美元`;
}

/** A speed-up factor: 3.5× or 3.5倍. */
export function formatTimes(n: number, lang: Lang): string {
  return lang === 'en' ? `${plain().format(n)}×` : `${plain().format(n)}倍`;
}

/** One number of a calculation, in its unit. */
export function formatAmount(value: number, unit: AmountUnit | Unit, lang: Lang): string {
  switch (unit) {
    case 'usd':
    case 'usd-per-gpu':
      return formatUsd(value, lang);
    case 'times':
      return formatTimes(value, lang);
    case 'gpus':
    case 'a100-equivalents':
      return formatCount(value, lang);
  }
}

/** A fact's quantity: one number or a range, e.g. 10,000–25,000 or 1万–2.5万. */
export function formatQuantity(quantity: Quantity, unit: Unit, lang: Lang): string {
  if ('value' in quantity) return formatAmount(quantity.value, unit, lang);
  return `${formatAmount(quantity.min, unit, lang)}–${formatAmount(quantity.max, unit, lang)}`;
}

/** A list in the reader's language: "A, B, and C" or "A、B和C". */
export function formatList(items: readonly string[], lang: Lang): string {
  return lists[lang]().format(items);
}
