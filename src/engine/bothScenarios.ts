import { articleFigures } from './articleFigures.js';
import type { AskContext } from './context.js';
import { BOTH_FIGURES } from './intents/signals.js';
import type { Lexicon } from './lexicon.js';
import { type Reading, readQuestion } from './readQuestion.js';

/** Both of Meta's figures asked for in other words than the intents' own: "both ways", "each scenario". */
const BOTH_WAYS =
  /两种(?:算法|情况|情形|版本|假设)|两个(?:版本|情况)|(?:两|二)者都|\bboth (?:ways|cases|versions|totals|assumptions)\b|\b(?:each|either) (?:scenario|figure|way)\b|\bunder both\b|\bfor both\b/u;

/** Both of Meta's figures asked for in words, the intents' own or these. */
function bothAskedInWords(text: string): boolean {
  return BOTH_WAYS.test(text) || BOTH_FIGURES.test(text);
}

/** Set against each other rather than each asked: "差多少", "the gap between", "how much more". */
const SET_AGAINST =
  /差|相差|多多少|少多少|多出|difference|\bgap between\b|\bhow (?:much|many) (?:more|less|fewer|bigger|smaller)\b|\bminus\b|\bchange\b|\bby how much\b/u;

/** One figure put in place of the other: "把 Meta 的 2.5 万换成 10 万", "swap meta's 25k for 100k". */
const SWAPPED =
  /换成|換成|改成|改为|改為|换做|換做|\binstead of\b|\bswap|\brather than\b|\bfrom\b[^,，?？]{0,20}\bto\b|→|->/u;

/** What may stand between two figures said together: "25k and meta 100k", "2.5万和", "25k vs". */
const TOGETHER =
  /^\s*(?:张|張|块|塊|cards?|gpus?)?[\s,，、/&]*(?:and|or|vs\.?|versus|和|跟|与|與|及|或者?|同)?[\s,，、/&]*(?:(?:at|@|按|is|of)\s*)?$/u;

/** A choice put between the two ("Meta 是按 2.5万 还是 10万 算的?"), which asks which one the article counts. */
const WHICH_ONE = /还是|還是|\bwhich\b|\bor\b|哪个|哪一个/u;

/**
 * A part that asks its question under both of Meta's figures ("total demand value both ways (meta 25k
 * and meta 100k)?", "Meta 两种口径都给一下"): read once with Meta at each, so each is answered.
 * Undefined when it asks under one, sets the two against each other, or swaps one for the other.
 */
export function bothScenarios(
  ctx: AskContext,
  reading: Reading,
  lexicon: Lexicon,
): readonly [Reading, Reading] | undefined {
  const two = articleFigures(ctx.kb).scenario;
  if (two === undefined) return undefined;
  const { text } = reading;
  const bothNamed = bothAskedInWords(text);
  // (Meta named, or the total asked of both in so many words with no other name: "总需求两种口径各是多少";
  // "add up GCP's and CoreWeave's, low and high" asks both ends of a range.)
  const totalOfBoth =
    bothNamed && reading.cues.has('total') && reading.entities.every((m) => m.entity.kind === 'gpu');
  if (!reading.entities.some((m) => m.entity.id === two.entityId) && !totalOfBoth) return undefined;
  const figures = reading.numbers.filter((n) => !n.currency && (n.value === two.low || n.value === two.high));
  // (Said together, one after the other: not "我觉得Meta要10万张太夸张了。如果Meta按2.5万算…", nor a sum
  // claimed, "Meta 2.5万 + Inflection 2.2万 = 10万".)
  const [first, second] = figures;
  const bothQuoted =
    figures.length === 2 &&
    first !== undefined &&
    second !== undefined &&
    first.value !== second.value &&
    TOGETHER.test(
      reading.entities
        .filter((m) => m.entity.id === two.entityId)
        .reduce((t, m) => t.replaceAll(m.text, ''), text.slice(first.end, second.start)),
    ) &&
    !reading.numbers.some((n) => n.start > first.end && n.end < second.start) &&
    !WHICH_ONE.test(text);
  // (Swapped near the figures only: "if the clouds wanted 40k instead of 30k, what's the total with meta
  // at 25k and at 100k?" swaps the clouds' figure, and asks under both of Meta's.)
  const from = Math.min(...figures.map((n) => n.start));
  const to = Math.max(...figures.map((n) => n.end));
  const near = figures.length === 0 ? text : text.slice(Math.max(0, from - 12), to + 12);
  if (!(bothQuoted || bothNamed) || SET_AGAINST.test(text) || SWAPPED.test(near)) return undefined;
  // The two figures said are taken out, so each reading counts Meta at one only.
  const bare = [...figures]
    .sort((a, b) => b.start - a.start)
    .reduce((t, n) => `${t.slice(0, n.start)}${t.slice(n.end)}`, text);
  const name = ctx.kb.entityById.get(two.entityId)?.name.en ?? two.entityId;
  const zh = /\p{Script=Han}/u.test(text);
  // The setting goes before the closing question mark, inside the sentence that asks.
  const [, asked = bare, end = ''] = /^([\s\S]*?)([?？!！。.\s]*)$/u.exec(bare) ?? [];
  const at = (figure: number) =>
    readQuestion(
      zh ? `${asked}，${name} 按 ${figure} 张算${end}` : `${asked}, with ${name} at ${figure}${end}`,
      lexicon,
    );
  return [at(two.low), at(two.high)];
}

/** A question of its own, which a bare "both ways" instruction lacks. */
const ASKS_OF_ITS_OWN =
  /多少|几|幾|哪|谁|誰|\bhow (?:many|much)\b|\bwhich\b|\bwho\b|\bwhat(?:'s| is| are)\b/u;

/**
 * A part that only asks for both of Meta's figures ("…是它现有A100的几倍? 2.5万和10万两种说法都帮我算一下",
 * "…一共多少张? Meta两种口径都给一下"): the part before, read under each.
 */
export function bothScenariosOfBefore(
  ctx: AskContext,
  previous: Reading,
  reading: Reading,
  lexicon: Lexicon,
): readonly [Reading, Reading] | undefined {
  const two = articleFigures(ctx.kb).scenario;
  if (two === undefined || ASKS_OF_ITS_OWN.test(reading.text)) return undefined;
  if (!reading.entities.every((m) => m.entity.id === two.entityId || m.entity.kind === 'gpu'))
    return undefined;
  if (reading.numbers.some((n) => n.value !== two.low && n.value !== two.high)) return undefined;
  // (Both asked in so many words, or both figures said: "按 10 万算呢" asks again at one.)
  const said = new Set(reading.numbers.map((n) => n.value));
  if (!(bothAskedInWords(reading.text) || said.size === 2)) return undefined;
  const joined = readQuestion(`${previous.text}, ${reading.text}`, lexicon);
  return bothScenarios(ctx, joined, lexicon);
}
