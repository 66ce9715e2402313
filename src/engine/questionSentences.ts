/**
 * A sentence that asks: a question mark, a question word, or an auxiliary opening it ("does…", "so is…";
 * "gcp and azure holdings are in there" states, its "are" mid-clause, and so does "ETA is like 19 days":
 * only interjections may come before the auxiliary).
 */
const ASKING =
  /[?？]|吗|嗎|多少|幾|几|哪|什么|什麼|啥|咩|边|邊|\b(?:how|what|which|who|when|why|where|whats)\b|^\s*(?:(?:so|ok|okay|and|but|also|then|wait|yo|hey|btw|lol|um|uh|hmm|well|now|like|bro|guys|pls|please|quick q|q|sorry|oh|real quick|honestly|seriously|actually)[,:]?\s+){0,2}?(?:does|do|did|is|are|can|could|would|will)\b/u;

// A full stop before a digit ("43.2") or a letter ("x.ai", "Character.ai") is inside a number or a
// name, and a comma before three digits ("30,000") inside a number.
const SENTENCE = /(?:[^。！？!?.\n]|\.(?=[\d\p{L}]))+(?:[。！？!?\n]+|\.(?![\d\p{L}])|$)/gu;
const CLAUSE =
  /(?:[^。！？!?.\n,，;；]|\.(?=[\d\p{L}])|[,，](?=\d{3}(?!\d)))+(?:[。！？!?\n,，;；]+|\.(?![\d\p{L}])|$)/gu;
// An emoji ends a sentence too, as chat writes it: "Meta 到底想要多少张啊 😅 我看 twitter 上有人说…".
// (Read so only when the text has one: the property classes cost every other question time.)
const EMOJI = /\p{Extended_Pictographic}/u;
const SENTENCE_EMOJI =
  /(?:[^。！？!?.\n\p{Extended_Pictographic}]|\.(?=[\d\p{L}]))+(?:(?:[。！？!?\n\p{Extended_Pictographic}]|\uFE0F)+|\.(?![\d\p{L}])|$)/gu;
const CLAUSE_EMOJI =
  /(?:[^。！？!?.\n,，;；\p{Extended_Pictographic}]|\.(?=[\d\p{L}])|[,，](?=\d{3}(?!\d)))+(?:(?:[。！？!?\n,，;；\p{Extended_Pictographic}]|\uFE0F)+|\.(?![\d\p{L}])|$)/gu;

/** A clause ending on a comparison ("…同 H100 比,", "X vs Y,"): a lead-in to what is asked of the two. */
const SIDE_BY_SIDE = /(?:比|相比|对比|比起来|\bvs\.?|\bversus)\s*[^,，;；]{0,24}[,，;；]\s*$/u;

/**
 * The parts of a message that ask something, as text ranges: "we're a 6-person team training in 2024.
 * how many H100s does OpenAI want?" asks only in its second sentence, so context in the first (a year,
 * a word the article cannot answer) does not decide what is asked. A message with no asking sentence
 * is all question. With `clauses`, a comma ends a part too: "我们计划明年训一个模型，手上有 460 张
 * A100，相当于多少张 H100?" asks only in its last clause (the comma of "30,000" ends nothing).
 */
export function questionSentences(text: string, clauses = false): { start: number; end: number }[] {
  const sentences: { start: number; end: number }[] = [];
  const emoji = EMOJI.test(text);
  const cut = clauses ? (emoji ? CLAUSE_EMOJI : CLAUSE) : emoji ? SENTENCE_EMOJI : SENTENCE;
  for (const m of text.matchAll(cut)) {
    const last = sentences.at(-1);
    // A question mark in brackets is an aside's ("what they even ship (pi? the chatbot thing?)"): the
    // sentence goes on past it.
    if (last !== undefined && inBrackets(text, last.end - 1)) last.end = m.index + m[0].length;
    else sentences.push({ start: m.index, end: m.index + m[0].length });
  }
  // "Google TPU v5 同 H100 比, 性能差几多?", "TPU v5 vs H100, how much faster?": a clause that sets two
  // things side by side leads into the clause after it, which asks about them.
  if (clauses)
    for (let i = sentences.length - 2; i >= 0; i--) {
      const [lead, next] = [sentences[i], sentences[i + 1]];
      if (lead !== undefined && next !== undefined && SIDE_BY_SIDE.test(text.slice(lead.start, lead.end)))
        sentences.splice(i, 2, { start: lead.start, end: next.end });
    }
  const asking = sentences.filter((s) => asks(text.slice(s.start, s.end)));
  return asking.length === 0 ? [{ start: 0, end: text.length }] : asking;
}

/** "i barely know what they ship.": a question word after "know", in a sentence that ends without a question mark, asks nothing. */
/** A question reported, not asked: "家里人问我为什么英伟达股票涨这么多,我就翻到这篇文章。". */
export const REPORTED_ZH =
  /(?:问我|問我|问过我|問過我|想知道|不知道|搞不懂|好奇)\s*(?:为什么|為什麼|为啥|為啥|为何|為何|什么|什麼|多少|几|幾|哪)/u;
const EMBEDDED = new RegExp(
  String.raw`\b(?:know|knew|idea|sure|remember|wonder|understand|care|given|considering|seeing|says|said|shows|tells|lists|ballpark|gauge|estimate|figure out|figuring out|work out|working out|get a sense of|get a feel for)\s+(?:what|which|who|how|where|why|when)\b|${REPORTED_ZH.source}`,
  'u',
);

const EMBEDDED_ALL = new RegExp(EMBEDDED.source, 'gu');

/** People who tell the user things: "my cousin", "a friend", "our boss". */
export const TELLERS =
  'friend|buddy|cousin|brother|sister|bro|roommate|mate|dad|mom|uncle|wife|husband|guy|coworker|co-worker|colleague|boss|manager|dude|contact|source';

/** A "who" or "which" after a person or thing, saying which one: "a friend who works at msft". */
const RELATIVE = new RegExp(
  String.raw`\b(?:${TELLERS}|someone|somebody|person|people|folks|anyone|everyone|those|team|company|companies|startups?|customers?|users?|ones?|labs?)\s+(?:who|which)\b`,
  'gu',
);

/** A quoted title or phrase: "in the 'which clouds are people using' section" asks nothing by its words. */
const QUOTED = /「[^」]*」|“[^”]*”|"[^"]*"|(?<![A-Za-z])'[^']*'(?![A-Za-z])/gu;

function asks(whole: string): boolean {
  if (!ASKING.test(whole)) return false;
  const sentence = /['"“「]/u.test(whole) ? whole.replace(QUOTED, ' ') : whole;
  if (!ASKING.test(sentence)) return false;
  // (An aside's question mark, in brackets, is not the sentence's, nor its question words: "(don't ask
  // why, my boss loves a slide)"; nor is a "who" that says which person: "a friend who works in devrel".)
  const own = (
    sentence.includes('(') || sentence.includes('（')
      ? sentence.replace(/[(（][^)）]*[)）]/gu, ' ')
      : sentence
  ).replace(RELATIVE, ' ');
  if (!ASKING.test(own)) return false;
  if (/[?？]/u.test(own) || !EMBEDDED.test(own)) return true;
  return ASKING.test(own.replace(EMBEDDED_ALL, ' '));
}

/** Whether the character at `index` is inside brackets. */
function inBrackets(text: string, index: number): boolean {
  const open = Math.max(text.lastIndexOf('(', index), text.lastIndexOf('（', index));
  if (open < 0) return false;
  const close = Math.max(text.lastIndexOf(')', index), text.lastIndexOf('）', index));
  return close < open;
}

type Range = { readonly start: number; readonly end: number };

/**
 * What a message asks, read once and asked of many times: every intent that weighs context against
 * the question shares it through the slots, so a question's sentences are cut once, not per word.
 */
export interface Asking {
  /** Whether `word` occurs in an asking sentence (or, with `clauses`, an asking clause). */
  says(word: string, clauses?: boolean): boolean;
  /** Whether the character at `index` stands in an asking sentence. */
  at(index: number): boolean;
  /** The asking sentences, joined. */
  readonly text: string;
}

/** The asking parts of `text`, each kind cut on first use. */
export function askingOf(text: string): Asking {
  let sentences: Range[] | undefined;
  let clauses: Range[] | undefined;
  let joined: string | undefined;
  const ranges = (byClause: boolean): Range[] => {
    if (byClause) {
      clauses ??= questionSentences(text, true);
      return clauses;
    }
    sentences ??= questionSentences(text);
    return sentences;
  };
  return {
    says(word, byClause = false) {
      const within = ranges(byClause);
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
        if (within.some((r) => at >= r.start && at < r.end)) return true;
      return false;
    },
    at: (index) => ranges(false).some((r) => index >= r.start && index < r.end),
    get text() {
      joined ??= ranges(false)
        .map((r) => text.slice(r.start, r.end))
        .join(' ');
      return joined;
    },
  };
}

/** Whether `word` occurs in one of the message's asking sentences (or clauses). */
export function askedIn(text: string, word: string, clauses = false): boolean {
  return askingOf(text).says(word, clauses);
}

/** The message's asking sentences, joined: what a cue must be found in to count as asked. */
export function askingText(text: string): string {
  return askingOf(text).text;
}
