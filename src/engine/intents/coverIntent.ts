import { compareRanges } from '../answers/compareRanges.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';

/** Whether one's GPUs would meet another's need: "够不够", "enough to cover", "能满足". */
const ENOUGH =
  /够不够|夠不夠|够唔够|夠唔夠|[够夠][^,，。?？]{0,12}[吗嗎用]|足够|足夠|满足|滿足|\benough\b|\bcovers?\b|\bcovering\b|\bsatisf(?:y|ies)\b|\bmeets?\b|\bfill(?:s)? (?:it|that|the)\b/u;

/** By how much one falls short, asked: "how many short", "还差多少张". */
const SHORT_BY = /\bhow (?:many|much) short\b|\bshort of\b|\bfall short\b|还差(?:多少|几)|還差(?:多少|幾)/u;

/** The two named: the first holds, the second wants ("CoreWeave 的够不够 Inflection 要的"). */
function sides(s: Slots, ctx: AskContext) {
  const owners = s.ofKind('company', 'cloud', 'group');
  const [a, b] = owners;
  if (owners.length !== 2 || a === undefined || b === undefined) return undefined;
  // ("OpenAI 还差多少张, 要是 Azure 的全给它": the one with no holding of its own is the one wanting.)
  return figureOf(ctx, a, 'holdings') === undefined && figureOf(ctx, b, 'holdings') !== undefined
    ? [b, a]
    : [a, b];
}

/**
 * "CoreWeave 预定的那批够不够 Inflection 要的 2.2 万张? 能剩多少": what one holds set against what
 * another wants, yes or no, with what is left over (or short) at each end of a range.
 */
export const coverIntent = {
  id: 'cover',
  cues: {},
  patterns: [],
  needs: (s, ctx) => {
    const two = sides(s, ctx);
    if (two === undefined || !(ENOUGH.test(s.reading.text) || SHORT_BY.test(s.reading.text))) return false;
    const [holder, wanter] = two;
    return (
      holder !== undefined &&
      wanter !== undefined &&
      figureOf(ctx, holder, 'holdings') !== undefined &&
      figureOf(ctx, wanter, 'demand') !== undefined
    );
  },
  // Outweighs a check of the two's clouds, which "用" and two names would otherwise suggest.
  fit: () => 3.5,
  run: (ctx, s) => {
    const [holder, wanter] = sides(s, ctx) ?? [];
    if (holder === undefined || wanter === undefined) return undefined;
    const held = figureOf(ctx, holder, 'holdings');
    const wanted = figureOf(ctx, wanter, 'demand');
    if (held === undefined || wanted === undefined || held.gpu !== wanted.gpu) return undefined;
    // (A range is set against the other at both ends; two single figures are a range of one.)
    const answer = compareRanges(ctx, held, wanted, 'holdings', 'more');
    if (answer === undefined) return undefined;
    // ("how many short would openai still be?": by how much, asked without a yes or no to open with.)
    if (!s.yesNo && SHORT_BY.test(s.reading.text) && !/[够夠](?:不|唔)[够夠]/u.test(s.reading.text)) {
      const { verdict: _unasked, ...told } = answer;
      return { ...told, covers: true };
    }
    return { ...answer, covers: true };
  },
  examples: {
    en: ["is coreweave's booking enough to cover what inflection wants?"],
    zh: ['CoreWeave 预定的那批 H100 够不够 Inflection 要的?'],
  },
} as const satisfies Intent;
