import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileScriptTable } from './compileScriptTable.js';
import { createScriptConverter } from './createScriptConverter.js';
import type { ScriptTable, ScriptTableName } from './scriptTable.js';

/**
 * Where `npm run build` writes each table, found from this file two folders below the project root
 * in src/ and in the bundled dist/ alike.
 */
export function scriptTableFile(name: ScriptTableName): string {
  return fileURLToPath(new URL(`../../dist/script/${name}.json`, import.meta.url));
}

/**
 * The converter for one table, from the file the build wrote; without a build (tests run from the
 * sources), from OpenCC's dictionaries directly, which gives the same converter at a higher cost.
 */
export function loadScriptConverter(name: ScriptTableName): (text: string) => string {
  // One per table in a process: the engine (reading a question's script) and the renderers share it.
  const loaded = converters.get(name);
  if (loaded !== undefined) return loaded;
  const file = scriptTableFile(name);
  const table: ScriptTable = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as ScriptTable)
    : compileScriptTable(name);
  const converter = createScriptConverter(table);
  converters.set(name, converter);
  return converter;
}

const converters = new Map<ScriptTableName, (text: string) => string>();
