import type { NumberMention } from './amounts.js';
import type { EntityMention } from './readQuestion.js';

/**
 * Words that take back what was just said and put something else in its place: "wait no — scratch
 * that, I meant Tesla", "咦唔係，應該係六百張".
 */
export const TAKEN_BACK =
  /\bwait,? no\b|\bscratch that\b|\bi meant\b|\bsorry,? i mean\b|\bactually,? i mean\b|\bno wait\b|\bactually,? make (?:that|it)\b|\bmake that\b|\bmy bad\b|\bnah,? (?:just|actually|i mean|make it)\b|咦?唔係|唔系|不对(?![吧吗嗎啊呀])|不對(?![吧吗嗎啊呀])|我是说|我是說|我(?:是|係)想[问問]|我(?:其实|其實)?想[问問]的(?:是|係)|(?:^|[,，。.!！?？\s])(?:啊|哦|呃|咦)?不是[,，!！]|我头先计错|我頭先計錯|更正一下/u;

/**
 * The names and numbers a correction replaces: those said before the words that take them back, of
 * the same kind as one said after them (a name for a name of its kind, a count of GPUs for a count),
 * are dropped, so the message reads as corrected. Unchanged when nothing is taken back.
 */
export function withoutTakenBack(
  text: string,
  entities: readonly EntityMention[],
  numbers: readonly NumberMention[],
): { entities: readonly EntityMention[]; numbers: readonly NumberMention[] } {
  const back = TAKEN_BACK.exec(text);
  if (back === null) return { entities, numbers };
  const at = back.index;
  const kindsAfter = new Set(entities.filter((m) => m.start > at).map((m) => m.entity.kind));
  const countsAfter = numbers.some((n) => n.start > at && !n.currency && !n.perUnit && !n.percent);
  const pricesAfter = numbers.some((n) => n.start > at && (n.currency || n.perUnit));
  return {
    entities: entities.filter(
      (m) =>
        m.start < 0 ||
        m.start > at ||
        m.entity.kind === 'gpu' ||
        !kindsAfter.has(m.entity.kind) ||
        // (Said again after the correction, it stands: "OpenAI? wait no, I mean OpenAI's A100s".)
        (m.others ?? []).some((o) => o.start > at),
    ),
    numbers: numbers.filter((n) => {
      if (n.start > at) return true;
      const price = n.currency || n.perUnit;
      return price ? !pricesAfter : n.percent || !countsAfter;
    }),
  };
}

/** What may stand before the words that take back, at a part's opening: "等等不对", "啊唔係", "oh wait no". */
const OPENING =
  /^[\s\p{P}\p{Extended_Pictographic}]*(?:(?:等等|等一下|等下|啊|呀|哦|噢|呃|嗯|哎|oh|hmm+|oops|ah|ok|actually)[\s\p{P}]*)*$/u;

/** Whether a part opens by taking back the one before: "咦唔係，應該係六百張", "wait no, I meant Tesla". */
export function opensWithTakeBack(text: string): boolean {
  const back = TAKEN_BACK.exec(text);
  return back !== null && OPENING.test(text.slice(0, back.index));
}

/**
 * Whether any of the words is said after the words that take back ("用訓練速度換算…? 啊唔係, 我係想問用推理速度計":
 * inference); false when nothing is taken back.
 */
export function saidAfterTakeBack(text: string, words: readonly string[]): boolean {
  const back = TAKEN_BACK.exec(text);
  return back !== null && words.some((w) => text.indexOf(w, back.index + back[0].length) >= 0);
}

/** A question asked in words of its own: "…占43.2万总需求的比例是多少", "what share of the total is that". */
const ASKS_ANEW =
  /多少|几多|幾多|几张|幾張|几成|幾成|哪|什么|甚麼|什麼|比例|百分之|\bhow\b|\bwhat\b|\bwhich\b|\bwho\b/u;

/**
 * Whether a part takes back the question before and asks another in its place ("一共4万张对吧? 哦不对, 我
 * 其实想问的是这四家占总需求的比例是多少"), rather than correcting a name or a number of it.
 */
export function asksInstead(text: string): boolean {
  const back = TAKEN_BACK.exec(text);
  return back !== null && opensWithTakeBack(text) && ASKS_ANEW.test(text.slice(back.index + back[0].length));
}
