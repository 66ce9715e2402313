import type { ReplyLang } from '../i18n/langs.js';

// The first Intl formatter of a process costs 15–30 ms of ICU start-up (its locale data is loaded
// per service, NumberFormat and ListFormat each), a quarter of the CLI's own run for a one-line
// answer. The forms below are the common ones whose ICU output is fixed and simple for our three
// locales, so they are written without ICU; anything else returns undefined and goes to Intl.
// `icuFreeFormats.test.ts` holds each one equal to Intl's output on generated inputs.

/** Largest integer written without ICU: well inside the range where String(n) has no exponent. */
const MAX_PLAIN = 1e15;

function isPlainInteger(n: number): boolean {
  return Number.isInteger(n) && Math.abs(n) < MAX_PLAIN && !Object.is(n, -0);
}

/** An integer with en-US grouping, e.g. 432,000; undefined for anything else. */
export function groupedInteger(n: number): string | undefined {
  if (!isPlainInteger(n)) return undefined;
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

/** An integer with no grouping, e.g. 3500; undefined for anything else. */
export function ungroupedInteger(n: number): string | undefined {
  return isPlainInteger(n) ? String(n) : undefined;
}

/** The conjunction ICU writes between the last two items, and between the others. */
const LIST_WORDS: Readonly<
  Record<ReplyLang, { readonly between: string; readonly two: string; readonly last: string }>
> = {
  en: { between: ', ', two: ' and ', last: ', and ' },
  'zh-Hans': { between: '、', two: '和', last: '和' },
  'zh-Hant': { between: '、', two: '和', last: '和' },
};

/** A conjunction list as Intl.ListFormat writes it for the reader's locale: "A, B, and C", "A、B和C". */
export function conjunctionList(items: readonly string[], lang: ReplyLang): string {
  const words = LIST_WORDS[lang];
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]}${words.two}${items[1]}`;
  return `${items.slice(0, -1).join(words.between)}${words.last}${items.at(-1)}`;
}
