import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { warmUp } from '../../src/app/warmUp.js';
import type { Answer } from '../../src/engine/answer.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { isTraditional } from '../../src/engine/lang.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';

const engine = createEngine(loadKnowledge(join(import.meta.dirname, '../../knowledge')));

describe('warmUp', () => {
  it('asks questions the engine answers, in English, Simplified and Traditional, and types names for autocomplete', () => {
    const asked: { question: string; answer: Answer }[] = [];
    const typed: string[] = [];
    warmUp({
      ask: (question) => {
        const answer = engine.ask(question);
        asked.push({ question, answer });
        return answer;
      },
      suggest: (query, kinds, limit) => {
        typed.push(query);
        return engine.suggest(query, kinds, limit);
      },
    });
    // Questions that fail early would warm nothing past the failure.
    for (const { question, answer } of asked) expect(answer.kind, question).not.toBe('error');
    expect(asked.filter((a) => a.answer.found).length).toBeGreaterThanOrEqual(asked.length / 2);
    const questions = asked.map((a) => a.question);
    expect(questions.some((q) => !/\p{Script=Han}/u.test(q))).toBe(true);
    expect(questions.some((q) => /\p{Script=Han}/u.test(q) && !isTraditional(q))).toBe(true);
    expect(questions.some((q) => isTraditional(q))).toBe(true);
    expect(typed.length).toBeGreaterThan(0);
    for (const query of typed) expect(engine.suggest(query).length, query).toBeGreaterThan(0);
  });
});
