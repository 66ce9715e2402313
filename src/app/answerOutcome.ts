import type { Answer } from '../engine/answer.js';

/** What the answer says about the question: answered from the article, not in it, or refused as input. */
export function outcomeOf(answer: Pick<Answer, 'found' | 'kind'>): 'answered' | 'not_found' | 'rejected' {
  if (answer.kind === 'error') return 'rejected';
  return answer.found ? 'answered' : 'not_found';
}
