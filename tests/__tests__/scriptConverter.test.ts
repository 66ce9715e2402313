import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/t.js';
import { compileScriptTable } from '../../src/script/compileScriptTable.js';
import { createScriptConverter } from '../../src/script/createScriptConverter.js';
import { loadScriptConverter, scriptTableFile } from '../../src/script/scriptConverter.js';
import { SCRIPT_TABLES, type ScriptTableName } from '../../src/script/scriptTable.js';

type Convert = (text: string) => string;
interface OpenCC {
  readonly Converter: (options: { from: string; to: string }) => Convert;
}
const require = createRequire(import.meta.url);
// The library itself, as the bot used it before the compact tables.
const OPENCC: Readonly<Record<ScriptTableName, Convert>> = {
  t2cn: (require('opencc-js/t2cn') as OpenCC).Converter({ from: 'twp', to: 'cn' }),
  cn2t: (require('opencc-js/cn2t') as OpenCC).Converter({ from: 'cn', to: 'twp' }),
};
const COMPACT: Readonly<Record<ScriptTableName, Convert>> = {
  t2cn: loadScriptConverter('t2cn'),
  cn2t: loadScriptConverter('cn2t'),
};

const ROOT = join(import.meta.dirname, '../..');
const QUESTIONS = readFileSync(join(ROOT, 'tests/questions/questions.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { q: string }).q);

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsIn(item, out);
    }
  return out;
}

const KNOWLEDGE = readdirSync(join(ROOT, 'knowledge'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
  .flatMap((entry) => stringsIn(JSON.parse(readFileSync(join(entry.parentPath, entry.name), 'utf8'))));
const CATALOG_STRINGS = Object.values(CATALOGS).flatMap((catalog) => Object.values(catalog));

/** Every key of every dictionary a table holds: each character and phrase OpenCC maps. */
function keysOf(name: ScriptTableName): string[] {
  const table = compileScriptTable(name);
  return [...table.normalize, ...table.chain].flatMap((dict) =>
    dict.split('|').map((line) => line.split(' ')[0] ?? ''),
  );
}

function expectSame(name: ScriptTableName, texts: readonly string[]): void {
  const differing = texts.filter((text) => COMPACT[name](text) !== OPENCC[name](text)).slice(0, 5);
  expect(differing.map((text) => [text, COMPACT[name](text), OPENCC[name](text)])).toEqual([]);
}

describe('the compact Chinese script converters', () => {
  it('GIVEN the question set, in Simplified and converted to Traditional WHEN converted THEN each gives what OpenCC gives', () => {
    expect(QUESTIONS.length).toBeGreaterThan(1000);
    const traditional = QUESTIONS.map(OPENCC.cn2t);
    expect(traditional.filter((text, i) => text !== QUESTIONS[i]).length).toBeGreaterThan(300);
    for (const name of SCRIPT_TABLES) expectSame(name, [...QUESTIONS, ...traditional]);
    // And the round trip the bot makes: a Traditional question read back as Simplified.
    expect(traditional.map(COMPACT.t2cn)).toEqual(traditional.map(OPENCC.t2cn));
  });

  it('GIVEN every message of every catalog and every string of the knowledge WHEN converted THEN each gives what OpenCC gives', () => {
    expect(CATALOG_STRINGS.length).toBeGreaterThan(300);
    expect(KNOWLEDGE.length).toBeGreaterThan(300);
    for (const name of SCRIPT_TABLES) expectSame(name, [...CATALOG_STRINGS, ...KNOWLEDGE]);
  });

  it('GIVEN every character and phrase OpenCC maps, alone and run together WHEN converted THEN each gives what OpenCC gives', () => {
    for (const name of SCRIPT_TABLES) {
      const keys = keysOf(name).filter((key) => key !== '');
      expect(keys.length).toBeGreaterThan(name === 't2cn' ? 6000 : 50_000);
      expectSame(name, keys);
      // Run together, a phrase's end may start another: the longest-match order is what differs.
      const runs: string[] = [];
      for (let i = 0; i < keys.length; i += 7) runs.push(keys.slice(i, i + 7).join(''));
      expectSame(name, runs);
    }
  });

  it('GIVEN text made of dictionary keys, Han characters, Latin, surrogate pairs and description sequences WHEN converted THEN each gives what OpenCC gives', () => {
    for (const name of SCRIPT_TABLES) {
      const keys = keysOf(name).filter((key) => key !== '');
      const piece = fc.oneof(
        fc.constantFrom(...keys),
        fc.constantFrom(
          '⿰氵青',
          '⿱艹⿰日月',
          '⿲',
          '𠀀',
          '𪚥',
          '云',
          '干',
          'H100 ',
          '，',
          ' ',
          '\u{2F800}',
          '发',
        ),
        fc.string({ unit: 'grapheme', maxLength: 3 }),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
          const text = pieces.join('');
          expect(COMPACT[name](text)).toBe(OPENCC[name](text));
        }),
        { numRuns: 2_000 },
      );
    }
  });

  it('GIVEN a build WHEN its tables are read THEN they are what OpenCC’s dictionaries compile to', () => {
    for (const name of SCRIPT_TABLES) {
      const file = scriptTableFile(name);
      if (!existsSync(file)) continue; // run from the sources: the converters compiled the dictionaries
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(compileScriptTable(name));
    }
  });

  it('GIVEN a table of its own WHEN converting THEN the longest key wins and unknown text is kept', () => {
    const convert = createScriptConverter({
      normalize: [],
      segmentation: null,
      chain: ['a A|ab X|abc Y|b B'],
    });
    expect(convert('abcd ab b ca')).toBe('Yd X B cA');
    expect(convert('zzz')).toBe('zzz');
  });
});
