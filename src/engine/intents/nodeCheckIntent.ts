import type { Fact } from '../../knowledge/schema.js';
import { topic } from '../answers/topic.js';
import type { AskContext } from '../context.js';
import type { Intent } from './intent.js';

/** A process node said: "7nm", "5 nm", "4纳米". */
const NODE_SAID = /(\d+(?:\.\d+)?)\s*(?:nm\b|纳米|奈米|納米)/u;

/** The fact that names the H100's process node, and the node it names (the article: "5nm"). */
function nodeFact(ctx: AskContext): { fact: Fact; node: number } | undefined {
  for (const fact of ctx.kb.facts) {
    if (fact.topic !== 'foundry' || !fact.objects.includes('h100')) continue;
    const m = NODE_SAID.exec(fact.text.en);
    if (m?.[1] !== undefined) return { fact, node: Number(m[1]) };
  }
  return undefined;
}

/**
 * "Is the H100 made on 5nm?", "isn't the h100 on 7nm like the a100?", "h100是4nm工艺吗": the node
 * claimed, checked against the article's ("H100s and all other 5nm Nvidia GPUs are made by TSMC").
 */
export const nodeCheckIntent = {
  id: 'node-check',
  cues: { foundry: 0.5 },
  patterns: [],
  needs: (s, ctx) =>
    NODE_SAID.test(s.reading.text) && s.gpus.some((g) => g.id === 'h100') && nodeFact(ctx) !== undefined,
  // A node said outright outweighs the speed-up or the maker the GPUs named also cue.
  fit: () => 4,
  run: (ctx, s) => {
    const known = nodeFact(ctx);
    const said = NODE_SAID.exec(s.reading.text)?.[1];
    if (known === undefined || said === undefined) return undefined;
    const answer = topic(ctx, ['foundry'], undefined, (f) => f === known.fact);
    const facts = [known.fact, ...answer.facts.filter((f) => f !== known.fact)];
    return { ...answer, facts, verdict: Number(said) === known.node ? 'yes' : 'no' };
  },
  examples: {
    en: ['is the H100 made on 5nm?', "isn't the h100 on 7nm like the a100?"],
    zh: ['h100是4nm工艺吗', 'H100 是 5 纳米的吗'],
  },
} as const satisfies Intent;
