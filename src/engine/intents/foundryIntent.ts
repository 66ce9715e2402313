import { topic } from '../answers/topic.js';
import type { Intent } from './intent.js';
import { cueAsked, topicScore } from './signals.js';

/** "Who makes the H100?", "H100 是谁代工的": the foundry, then what limits supply. */
export const foundryIntent = {
  id: 'foundry',
  cues: { foundry: topicScore(5) },
  patterns: [],
  // A foundry named with a cloud question ("does Samsung use Azure?") or a demand question
  // ("TSMC需要多少H100") is not asking who makes the H100.
  // ("stability ai gpu count? they make stable diffusion right": a maker word in the context around the
  // question asks nothing about who makes the H100.)
  // ("what does mistral actually build?": a company's own making, no GPU said, is not the H100's.)
  needs: (s, ctx) =>
    !(
      s.gpus.length === 0 &&
      s.ofKind('foundry').length === 0 &&
      s
        .ofKind('company', 'group')
        .some(
          (e) =>
            !ctx.kb.facts.some(
              (f) => f.metric === 'foundry' && (f.subject === e.id || f.objects.includes(e.id)),
            ),
        )
    ) &&
    (cueAsked(s, 'foundry') ||
      (s.ofKind('foundry').length > 0 &&
        !((s.ofKind('cloud').length > 0 || s.has('cloud')) && s.has('use', 'who', 'cloud')) &&
        !s.has('demand', 'holdings', 'value'))),
  // A foundry named beside its cue ("三星能代工吗, 缓解短缺?") is asked about, whatever else is said.
  fit: (s) => (s.has('foundry') ? (s.ofKind('foundry').length > 0 ? 0.5 : 0) : topicScore(5)),
  run: (ctx, s) => topic(ctx, ['foundry', 'supply'], s.ofKind('foundry')[0]),
  examples: {
    en: ['Who manufactures the H100?', 'what about samsung'],
    zh: ['H100 是谁代工的', '谁在生产H100'],
  },
} as const satisfies Intent;
