import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/KnowledgeError.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/knowledge/${name}/`, import.meta.url));

/** Loads a fixture that must fail and returns the problems the KnowledgeError lists. */
function problemsOf(name: string): readonly string[] {
  try {
    loadKnowledge(fixture(name));
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems;
    throw error;
  }
  throw new Error(`fixture "${name}" loaded without problems`);
}

describe('loadKnowledge', () => {
  it('GIVEN a valid knowledge folder WHEN loading THEN every part is there with its lookups and defaults', () => {
    const knowledge = loadKnowledge(fixture('valid'));

    expect(knowledge.source.author).toBe('Fixture Author');
    expect(knowledge.article).toContain('Alpha公司可能需要5万张H100');
    expect(knowledge.entities.map((e) => e.id)).toEqual(['alpha', 'beta', 'h100']);
    expect(knowledge.facts.map((f) => f.id)).toEqual(['demand.alpha', 'holdings.beta']);
    expect(knowledge.caveatById.get('estimate')?.text.en).toBe('These are estimates.');
    expect(knowledge.entityById.get('h100')).toMatchObject({ aliases: [], inArticle: true });
    expect(knowledge.factById.get('demand.alpha')).toMatchObject({
      quantity: { value: 50000 },
      objects: [],
      caveats: [],
      hedge: 'maybe',
    });
  });

  it('GIVEN JSON files saved with a UTF-8 byte-order mark WHEN loading THEN they load as without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knowledge-bom-'));
    try {
      cpSync(fixture('valid'), dir, { recursive: true });
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.endsWith('.json'),
      );
      expect(files).toContain('entities.json');
      for (const file of files) {
        const path = join(dir, file);
        writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8')}`);
      }
      const knowledge = loadKnowledge(dir);
      expect(knowledge).toEqual(loadKnowledge(fixture('valid')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('GIVEN malformed JSON WHEN loading THEN the problem names the file and says it is not valid JSON', () => {
    const problems = problemsOf('malformed-json');

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^entities\.json: not valid JSON \(.+\)$/);
  });

  it('GIVEN a schema error deep in a fact WHEN loading THEN the problem names the file and the path inside it', () => {
    const problems = problemsOf('schema-error');

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^facts\/x\.json: facts\[1\]\.quantity\b/);
  });

  it('GIVEN the same fact id in two files WHEN loading THEN the second one is reported as a duplicate', () => {
    expect(problemsOf('duplicate-id')).toEqual([
      'facts/b.json: facts[0].id: duplicate fact id "demand.alpha"',
    ]);
  });

  it('GIVEN an alias that already names another entity WHEN loading THEN the alias is reported with its owner', () => {
    expect(problemsOf('duplicate-alias')).toEqual([
      'entities.json: entities[1].aliases[0]: "alpha" already names entity "alpha"',
    ]);
  });

  it('GIVEN a fact naming unknown entities WHEN loading THEN each unknown reference is reported at its path', () => {
    expect(problemsOf('unknown-entity')).toEqual([
      'facts/01-facts.json: facts[0].subject: unknown entity "gamma"',
      'facts/01-facts.json: facts[0].objects[1]: unknown entity "delta"',
    ]);
  });

  it('GIVEN a quote that is not the article text WHEN loading THEN the quote is reported', () => {
    expect(problemsOf('quote-not-in-article')).toEqual([
      'facts/01-facts.json: facts[1].quote: not found in the article text',
    ]);
  });

  it('GIVEN a folder without caveats.json WHEN loading THEN the missing file is named', () => {
    expect(problemsOf('missing-file')).toEqual(['caveats.json: cannot be read (is it missing?)']);
  });

  it('GIVEN a folder that does not exist WHEN loading THEN every missing file is named in one error', () => {
    const problems = problemsOf('no-such-folder');

    expect(problems).toEqual(
      expect.arrayContaining([
        'source.json: cannot be read (is it missing?)',
        'entities.json: cannot be read (is it missing?)',
        'caveats.json: cannot be read (is it missing?)',
        'facts/: folder cannot be read (is it missing?)',
      ]),
    );
  });
});
