import type { Answer } from '../engine/answer.js';

/**
 * Why a question was read as it was, for `ask --explain`: the winning intent and its score, the
 * runner-up, and the slots (entities, amounts with their roles, workload, measure, yes/no, cues).
 * Multi-part answers explain each part.
 */
export function formatTrace(answer: Answer): string {
  const parts = answer.parts ?? [answer];
  return parts
    .map((part, i) => {
      const trace = part.trace;
      const head = parts.length > 1 ? `part ${i + 1}: ` : '';
      if (trace === undefined) return `${head}intent: (a command; no free-text reading)`;
      const { slots } = trace;
      const amounts = slots.amounts.map((a) => `${a.text.trim()} → ${a.value} as ${a.role}`).join('; ');
      return [
        `${head}intent: ${trace.intent} (score ${trace.score})`,
        `runner-up: ${trace.runnerUp === undefined ? 'none' : `${trace.runnerUp.intent} (score ${trace.runnerUp.score})`}`,
        `entities: ${slots.entities.join(', ') || 'none'}`,
        `amounts: ${amounts || 'none'}`,
        `workload: ${slots.workload ?? 'any'} · measure: ${slots.measure ?? 'unspecified'} · yes/no: ${slots.yesNo ? 'yes' : 'no'}`,
        `cues: ${slots.cues.join(', ') || 'none'}`,
        ...(part.verdict === undefined ? [] : [`verdict: ${part.verdict}`]),
        ...(part.unused === undefined ? [] : [`not used: ${part.unused.join(', ')}`]),
      ].join('\n');
    })
    .join('\n\n');
}
