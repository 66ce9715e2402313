import { topic } from '../answers/topic.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';

/**
 * "Is TSMC the only maker?", "can Samsung make it?": yes for a foundry the article says makes the H100,
 * no for one it says cannot yet.
 */
export const makerIntent = {
  id: 'maker-check',
  cues: { foundry: 1.5, supply: 0.5 },
  patterns: [
    {
      re: /\bonly\b|\bsole\b|\bcan\b|\bcould\b|\bable\b|唯一|只有|独家|能不能|能否|可以|能.{0,6}吗|行不行/u,
      weight: 1,
    },
  ],
  needs: (s, ctx) =>
    // "so intel could just start making H100s tomorrow? 🙄" asks too, without an auxiliary first.
    (s.yesNo || /[?？][\s\p{Extended_Pictographic}]*$/u.test(s.reading.text)) &&
    s.ofKind('foundry').length > 0 &&
    // (The foundries' client, "给英伟达代工", is part of what is asked: only other names ask about them.)
    s.ofKind('company', 'cloud', 'group').every((e) => inFoundryFacts(ctx, e.id)),
  // Asked outright as yes or no ("三星吗"), a foundry is checked rather than described.
  fit: (s) => (s.yesNo ? 2.2 : 1.2),
  run: (ctx, s) => {
    // "TSMC makes it; can Samsung?": the foundry asked about is the last one named.
    const foundries = s.ofKind('foundry');
    const foundry = foundries.at(-1);
    if (foundry === undefined) return undefined;
    const makes = (id: string) =>
      ctx.kb.facts.some((f) => f.topic === 'foundry' && f.subject === id && f.objects.includes('h100'));
    // "是三星跟台積電一起代工嗎?": foundries named together hold only if each of them makes it.
    const together = foundries.length > 1 && namedTogether(s);
    const holds = together ? foundries.every((f) => makes(f.id)) : makes(foundry.id);
    return { ...topic(ctx, ['foundry', 'supply'], foundry), verdict: holds ? 'yes' : 'no' };
  },
  examples: {
    en: ['Is TSMC the only company making H100s right now?', 'can samsung make h100s?'],
    zh: ['TSMC 做 H100，那三星能做吗？', '台积电是唯一代工的吗'],
  },
} as const satisfies Intent;

/** Whether the article names an entity in what it says about foundries (Nvidia, whose GPUs they make). */
function inFoundryFacts(ctx: AskContext, id: string): boolean {
  return ctx.kb.facts.some((f) => f.metric === 'foundry' && (f.subject === id || f.objects.includes(id)));
}

/** Between two names listed together: "三星跟台積電", "Samsung and TSMC", "Samsung/TSMC". */
const LISTED = /^\s*(?:跟|和|与|與|及|同|\band\b|&|\+|、|\/|,|，)\s*$/u;

/** Whether the foundries the question names are listed together rather than asked about in turn. */
function namedTogether(s: Slots): boolean {
  const mentions = s.reading.entities
    .filter((m) => m.entity.kind === 'foundry' && m.start >= 0)
    .sort((a, b) => a.start - b.start);
  return mentions.some((m, i) => {
    const next = mentions[i + 1];
    return next !== undefined && LISTED.test(s.reading.text.slice(m.start + m.text.length, next.start));
  });
}
