import type { Fact } from './schema.js';

/** A number a quote states: a single amount or a range, scaled to plain units (5万 → 50000). */
export type StatedNumber =
  | { readonly text: string; readonly value: number }
  | { readonly text: string; readonly min: number; readonly max: number };

/** A fact together with the file it was written in, for problem messages. */
export interface LocatedFact {
  readonly file: string;
  readonly fact: Pick<Fact, 'id' | 'quote' | 'quantity'> & Partial<Pick<Fact, 'unit'>>;
}

const SCALE: Readonly<Record<string, number>> = {
  w: 1e4,
  万: 1e4,
  千: 1e3,
  亿: 1e8,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};

/*
 * Spans that are never amounts, blanked out before numbers are read:
 * - URLs;
 * - dates such as 2023-08-07;
 * - list markers: a bare integer followed by "、" at the start of the quote or of a line, or right after
 *   a section heading's "」" ("1、", "02「要多少?」1、");
 * - section numbers: "0" and one digit followed by "「" ("03「有多少?」").
 */
const IGNORED = [
  /https?:\/\/[\x21-\x7e]+/g,
  /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g,
  /(?<=^|\s|」)\d{1,2}(?=、)/g,
  /(?<!\d)0\d(?=「)/g,
];

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?`;
// "w" is the informal 万 (1w = 10,000), but only when no other Latin letter follows it.
const UNIT = String.raw`\s*(?:[万千亿]|w(?![a-z])|\s(?:thousand|million|billion)\b)`;
const AMOUNT = new RegExp(
  String.raw`(?<first>${NUM})(?<firstUnit>${UNIT})?(?:\s*[-–~～至到]\s*(?<second>${NUM})(?<secondUnit>${UNIT})?)?`,
  'giu',
);

/**
 * Reads the amounts a quote of the article states.
 *
 * Reads Chinese units (万 and its informal "w", 千, 亿), ranges whose first end may borrow the second
 * end's unit ("1-4万" is 1万–4万, "1w-2.5w"), multiples ("3.5倍"), measure words ("3500个", "1000 张"),
 * money ("150亿美元", "$35,000") and English thousands separators and scale words ("15 billion").
 *
 * Digits that belong to names or specs are not amounts: those touching a Latin letter (H100, A100, 5nm,
 * FP8, Falcon-40B) and those joined by a hyphen to a letter on either side (GPT-4, GPT-3.5, 16-bit,
 * 8-GPU). URLs, dates, list markers ("1、") and section numbers ("03「") are skipped too.
 */
export function extractQuoteNumbers(quote: string): StatedNumber[] {
  let text = quote;
  for (const pattern of IGNORED) text = text.replace(pattern, (span) => ' '.repeat(span.length));

  const found: StatedNumber[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const { first, firstUnit, second, secondUnit } = match.groups ?? {};
    if (first === undefined) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (isNamePart(text, start, end, firstUnit ?? secondUnit)) continue;
    const matched = quote.slice(start, end);
    if (second === undefined) {
      found.push({ text: matched, value: scaled(first, firstUnit) });
    } else {
      found.push({
        text: matched,
        min: scaled(first, firstUnit ?? secondUnit),
        max: scaled(second, secondUnit),
      });
    }
  }
  return found;
}

/**
 * Checks that every fact's quote states exactly the fact's quantity: each amount the quote states must
 * equal the quantity (its value, or its min and max), a fact with a quantity must have a quote that states
 * it, and a fact without a quantity must have a quote that states no amount.
 *
 * @returns one problem per line, such as
 *   `facts/02-how-many-wanted.json: demand.openai: quote says 50000 but quantity is 5000`; empty when all agree
 */
export function checkQuoteNumbers(facts: readonly LocatedFact[]): string[] {
  const problems: string[] = [];
  for (const { file, fact } of facts) {
    const at = `${file}: ${fact.id}`;
    const stated = quoteNumbersOf(fact);
    const quantity = fact.quantity;
    if (quantity === undefined) {
      for (const number of stated)
        problems.push(`${at}: quote says ${describe(number)} but the fact has no quantity`);
      continue;
    }
    if (stated.length === 0) {
      problems.push(`${at}: quote states no number but quantity is ${describe(quantity)}`);
      continue;
    }
    for (const number of stated) {
      if (!sameAmount(number, quantity)) {
        problems.push(`${at}: quote says ${describe(number)} but quantity is ${describe(quantity)}`);
      }
    }
  }
  return problems;
}

/**
 * The numbers a fact's quote states for its quantity: its amounts, or for GPUs to a server the spec's
 * own name ("8-GPU HGX"), which is no amount anywhere else.
 */
export function quoteNumbersOf(fact: LocatedFact['fact']): StatedNumber[] {
  return fact.unit === 'gpus-per-server' ? serverSpecs(fact.quote) : extractQuoteNumbers(fact.quote);
}

/** The GPUs per server a spec names: "8-GPU HGX H100 SXM" states 8. */
function serverSpecs(quote: string): StatedNumber[] {
  return [...quote.matchAll(/(?<![\w.])(\d+)-GPU\b/giu)].map((m) => ({ text: m[0], value: Number(m[1]) }));
}

function isNamePart(text: string, start: number, end: number, unit: string | undefined): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  if (/[A-Za-z.]$/.test(before) || /[A-Za-z]-$/.test(before)) return true;
  // After a Chinese unit ("5万H100") letters are what is counted; after bare digits they are a spec.
  if (unit !== undefined && !/w$/i.test(unit.trim())) return false;
  const after = text.slice(end, end + 2);
  return /^[A-Za-z]/.test(after) || /^-[A-Za-z]/.test(after);
}

function scaled(digits: string, unit: string | undefined): number {
  const value = Number(digits.replaceAll(',', '')) * (SCALE[(unit ?? '').trim().toLowerCase()] ?? 1);
  return Math.round(value * 1e6) / 1e6;
}

function sameAmount(stated: StatedNumber, quantity: NonNullable<Fact['quantity']>): boolean {
  if ('value' in stated) return 'value' in quantity && close(stated.value, quantity.value);
  return 'min' in quantity && close(stated.min, quantity.min) && close(stated.max, quantity.max);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function describe(amount: { value: number } | { min: number; max: number }): string {
  return 'value' in amount ? String(amount.value) : `${amount.min}-${amount.max}`;
}
