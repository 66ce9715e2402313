import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { buildKnowledgeBase } from './buildKnowledgeBase.js';
import { checkReferences } from './checkReferences.js';
import { formatIssues } from './formatIssues.js';
import { KnowledgeError } from './KnowledgeError.js';
import type { KnowledgeBase } from './knowledgeBase.js';
import { CaveatFileSchema, EntityFileSchema, FactFileSchema, SourceSchema } from './schema.js';

/**
 * Loads and checks the knowledge folder: `source.json`, the article text it names, `entities.json`,
 * `caveats.json` and every `facts/*.json`.
 *
 * @param dir - the knowledge folder; tests pass fixture folders
 * @throws KnowledgeError naming every file and path that is wrong, so authors fix them in one pass
 */
export function loadKnowledge(dir: string): KnowledgeBase {
  const problems: string[] = [];
  const name = (path: string) => relative(dir, path) || path;

  function read<S extends z.ZodType>(path: string, schema: S): z.infer<S> | undefined {
    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
    } catch {
      problems.push(`${name(path)}: cannot be read (is it missing?)`);
      return undefined;
    }
    let json: unknown;
    try {
      // Editors on Windows save UTF-8 with a byte-order mark, which JSON.parse refuses.
      json = JSON.parse(raw.startsWith('\uFEFF') ? raw.slice(1) : raw);
    } catch (error) {
      // One problem per line: V8 quotes the offending text, line breaks included.
      problems.push(`${name(path)}: not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')})`);
      return undefined;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      problems.push(...formatIssues(name(path), parsed.error));
      return undefined;
    }
    return parsed.data;
  }

  const source = read(join(dir, 'source.json'), SourceSchema);
  let article = '';
  if (source !== undefined) {
    try {
      article = readFileSync(join(dir, source.articleFile), 'utf8');
    } catch {
      problems.push(`source.json: articleFile: cannot read "${source.articleFile}"`);
    }
  }

  const entityFile = read(join(dir, 'entities.json'), EntityFileSchema);
  const caveatFile = read(join(dir, 'caveats.json'), CaveatFileSchema);
  const factsDir = join(dir, 'facts');
  let factFiles: string[] = [];
  try {
    factFiles = readdirSync(factsDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    problems.push('facts/: folder cannot be read (is it missing?)');
  }
  if (factFiles.length === 0 && problems.length === 0) problems.push('facts/: no fact files');

  const entities = (entityFile?.entities ?? []).map((entity, index) => ({
    file: 'entities.json',
    entity,
    index,
  }));
  const caveats = (caveatFile?.caveats ?? []).map((caveat, index) => ({
    file: 'caveats.json',
    caveat,
    index,
  }));
  const facts = factFiles.flatMap((file) => {
    const parsed = read(join(factsDir, file), FactFileSchema);
    return (parsed?.facts ?? []).map((fact, index) => ({ file: `facts/${file}`, fact, index }));
  });

  if (problems.length === 0) problems.push(...checkReferences({ entities, facts, caveats, article }));
  if (problems.length > 0 || source === undefined) throw new KnowledgeError(problems);

  return buildKnowledgeBase({
    source,
    article,
    entities: entities.map((e) => e.entity),
    facts: facts.map((f) => f.fact),
    caveats: caveats.map((c) => c.caveat),
  });
}
