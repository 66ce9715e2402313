import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CompiledKnowledge } from '../../src/knowledge/compiledKnowledge.js';
import { compileKnowledge } from '../../src/knowledge/compileKnowledge.js';
import { KnowledgeError } from '../../src/knowledge/KnowledgeError.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { openKnowledge } from '../../src/knowledge/openKnowledge.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/knowledge/${name}/`, import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'open-knowledge-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh copy of a fixture folder and a compiled file made from it, as the build makes them. */
function compiledCopy(name: string): { dir: string; compiled: string } {
  const dir = mkdtempSync(join(work, `${name}-`));
  cpSync(fixture('valid'), dir, { recursive: true });
  const compiled = join(dir, '..', `${name}-${dir.slice(-6)}.json`);
  writeFileSync(compiled, compileKnowledge(dir));
  return { dir, compiled };
}

/** The compiled file with one fact's English text replaced: used only if the compiled copy is. */
function marked(compiled: string): void {
  const copy = JSON.parse(readFileSync(compiled, 'utf8')) as CompiledKnowledge;
  const [first, ...rest] = copy.data.facts;
  if (first === undefined) throw new Error('fixture has no facts');
  const facts = [{ ...first, text: { ...first.text, en: 'FROM THE COMPILED COPY' } }, ...rest];
  writeFileSync(compiled, JSON.stringify({ ...copy, data: { ...copy.data, facts } }));
}

describe('openKnowledge', () => {
  it('GIVEN the compiled copy of unchanged files WHEN opened THEN it is the same knowledge as a full load', async () => {
    const { dir, compiled } = compiledCopy('same');
    const opened = await openKnowledge(dir, compiled);
    const loaded = loadKnowledge(dir);
    expect(opened).toEqual(loaded);
    expect(opened.factById.get('demand.alpha')?.hedge).toBe('maybe');
  });

  it('GIVEN unchanged files WHEN opened THEN the compiled data is used, not the files', async () => {
    const { dir, compiled } = compiledCopy('used');
    marked(compiled);
    const opened = await openKnowledge(dir, compiled);
    expect(opened.facts[0]?.text.en).toBe('FROM THE COMPILED COPY');
  });

  it('GIVEN a file edited since the build WHEN opened THEN the files are loaded and checked instead', async () => {
    const { dir, compiled } = compiledCopy('edited');
    marked(compiled);
    const article = join(dir, 'article.txt');
    writeFileSync(article, `${readFileSync(article, 'utf8')}\n`);
    const opened = await openKnowledge(dir, compiled);
    expect(opened.facts[0]?.text.en).not.toBe('FROM THE COMPILED COPY');
    expect(opened).toEqual(loadKnowledge(dir));
  });

  it('GIVEN a broken edit since the build WHEN opened THEN it fails with the same problems as a full load', async () => {
    const { dir, compiled } = compiledCopy('broken');
    writeFileSync(join(dir, 'entities.json'), '{ "entities": [ ');
    const expected = (() => {
      try {
        loadKnowledge(dir);
      } catch (error) {
        if (error instanceof KnowledgeError) return error.problems;
      }
      throw new Error('the broken copy loaded');
    })();
    await expect(openKnowledge(dir, compiled)).rejects.toMatchObject({ problems: expected });
    expect(expected[0]).toMatch(/^entities\.json: not valid JSON/);
  });

  it('GIVEN no compiled file WHEN opened THEN the folder is loaded and checked', async () => {
    await expect(openKnowledge(fixture('valid'))).resolves.toEqual(loadKnowledge(fixture('valid')));
    await expect(openKnowledge(fixture('valid'), join(work, 'missing.json'))).resolves.toEqual(
      loadKnowledge(fixture('valid')),
    );
    await expect(openKnowledge(fixture('schema-error'))).rejects.toBeInstanceOf(KnowledgeError);
  });
});

describe('the built CLI and zod', () => {
  // A resolve hook that refuses zod: the CLI must answer from the build's checked copy without it.
  const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === 'zod' || specifier.startsWith('zod/')) throw new Error('zod was imported');
  return next(specifier, context);
}`;
  const register = `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));`;
  // The CLI is CommonJS, which loads zod with require: a require hook refuses it there too.
  const refuseRequire = join(work, 'refuse-zod.cjs');
  writeFileSync(
    refuseRequire,
    `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'zod' || request.startsWith('zod/')) throw new Error('zod was imported');
  return load.call(this, request, ...rest);
};`,
  );
  const ask = (args: string[]) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        `data:text/javascript,${encodeURIComponent(register)}`,
        '--require',
        refuseRequire,
        'dist/cli/ask.js',
        ...args,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 30_000 },
    );

  it('GIVEN the project knowledge, unchanged since the build WHEN asked THEN it answers without loading zod', () => {
    const result = ask(['who uses azure']);
    expect(result.stderr).not.toContain('zod was imported');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('OpenAI');
  });

  it('GIVEN another knowledge folder WHEN asked THEN it is checked with the schemas (so the hook above can fail)', () => {
    const copy = mkdtempSync(join(work, 'knowledge-'));
    cpSync(join(ROOT, 'knowledge'), copy, { recursive: true });
    const result = ask(['--knowledge', copy, 'who uses azure']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('zod was imported');
  });
});
