import { topic } from '../answers/topic.js';
import type { AskContext } from '../context.js';
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
    const foundry = s.ofKind('foundry').at(-1);
    if (foundry === undefined) return undefined;
    const makes = ctx.kb.facts.some(
      (f) => f.topic === 'foundry' && f.subject === foundry.id && f.objects.includes('h100'),
    );
    return { ...topic(ctx, ['foundry', 'supply'], foundry), verdict: makes ? 'yes' : 'no' };
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
