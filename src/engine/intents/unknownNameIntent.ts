import { notFound } from '../answers/notFound.js';
import { inAside } from '../asides.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';

/** Whether every occurrence of `name` in `text` stands inside brackets: an aside, not what is asked. */
function onlyInAsides(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (!inAside(text, at)) return false;
  return true;
}

/** "it" standing for a thing: "with the H200 coming, how much faster is it than the H100?". */
const IT = /\b(?:it|it's|its)\b|它/u;

/**
 * The first name the article lacks that the message asks about, outside any aside; or, when what is
 * asked names no company and says "it", the name the context brought up.
 */
function askedName(s: Slots): string | undefined {
  const outside = s.reading.names.filter((name) => !onlyInAsides(s.reading.text, name));
  return (
    outside.find((name) => s.asking.says(name, true)) ??
    (IT.test(s.asking.text) && s.named.length === 0 ? outside.at(-1) : undefined)
  );
}

/**
 * A name the article lacks ("TPUs", "Apple", "RTX 4090"): answering about something else would mislead,
 * so the bot says the article does not cover it and offers near misses.
 */
export const unknownNameIntent = {
  id: 'unknown-name',
  cues: {},
  patterns: [],
  // (A name in a clause that asks nothing is context: "我哋公司諗緊自己搭 cluster，想問下 OpenAI 要幾多張?")
  // ("stability AI(就是做stable diffusion那家)手上有多少张A100": a name in brackets describes, it is not asked.)
  needs: (s) => askedName(s) !== undefined,
  fit: () => 4.5,
  run: (ctx, s) => {
    const name = askedName(s);
    return name === undefined ? undefined : notFound(ctx, name, ctx.lexicon.suggest(name).slice(0, 3));
  },
  examples: {
    en: ['How many Gaudi2s does Intel want?', 'Does Apple use Azure?'],
    zh: ['Apple 用哪家云', 'Graphcore 需要多少张'],
  },
} as const satisfies Intent;
