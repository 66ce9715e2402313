import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { INTENTS } from '../../src/engine/intents/table.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';

const kb = loadKnowledge(fileURLToPath(new URL('../../knowledge/', import.meta.url)));
const engine = createEngine(kb);

const examples = INTENTS.flatMap((intent) =>
  [...intent.examples.en, ...intent.examples.zh].map((q) => [intent.id, q] as const),
);

describe('intent table', () => {
  it('GIVEN the table WHEN listing ids THEN each intent has a unique id and examples in both languages', () => {
    const ids = INTENTS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const intent of INTENTS) {
      expect(intent.examples.en.length, intent.id).toBeGreaterThan(0);
      expect(intent.examples.zh.length, intent.id).toBeGreaterThan(0);
    }
  });

  it.each(examples)('GIVEN an example of %s WHEN asked THEN that intent answers: %s', (id, question) => {
    const answer = engine.ask(question);
    const intents = [answer, ...(answer.parts ?? [])].map((p) => p.trace?.intent);
    expect(intents).toContain(id);
  });
});
