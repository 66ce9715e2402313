import { createRequire } from 'node:module';
import type { ScriptTable, ScriptTableName } from './scriptTable.js';

type DictLike = string | readonly (readonly [string, string])[];
interface OpenCCConfig {
  readonly normalizationChain?: readonly (readonly DictLike[])[];
  readonly segmentation?: DictLike | readonly DictLike[];
  readonly conversionChain: readonly (readonly DictLike[])[];
}
interface OpenCCModule {
  readonly Locale: { readonly configs: Readonly<Record<string, OpenCCConfig>> };
}

/** Which OpenCC preset and configuration each table comes from (`Converter({ from, to })` picks them so). */
const SOURCES: Readonly<Record<ScriptTableName, { module: string; config: string }>> = {
  t2cn: { module: 'opencc-js/t2cn', config: 'tw2sp' }, // Converter({ from: 'twp', to: 'cn' })
  cn2t: { module: 'opencc-js/cn2t', config: 's2twp' }, // Converter({ from: 'cn', to: 'twp' })
};

/**
 * Reads OpenCC's dictionaries for one converter into a {@link ScriptTable}: for `npm run build`, and
 * for a process running without a build. Throws when OpenCC's segmentation dictionary is not the
 * phrases of one of its conversion dictionaries, the shape the compact converter relies on.
 */
export function compileScriptTable(name: ScriptTableName): ScriptTable {
  const { module, config: configName } = SOURCES[name];
  const config = (createRequire(import.meta.url)(module) as OpenCCModule).Locale.configs[configName];
  if (config === undefined) throw new Error(`OpenCC has no ${configName} configuration`);
  const normalize = (config.normalizationChain ?? []).map(mergeGroup);
  const chainMaps = config.conversionChain.map(mergeEntries);
  let segmentation: number | null = null;
  if (config.segmentation !== undefined) {
    const group = typeof config.segmentation === 'string' ? [config.segmentation] : config.segmentation;
    const keys = new Set(mergeEntries(group as readonly DictLike[]).keys());
    segmentation = chainMaps.findIndex((map) => sameKeys(keys, phraseKeys(map)));
    if (segmentation < 0)
      throw new Error(`OpenCC's ${configName} segmentation is not one dictionary's phrases`);
  }
  return { normalize, segmentation, chain: chainMaps.map(serialize) };
}

/** A group's entries, the first dictionary winning where two have the same key (as OpenCC loads them). */
function mergeEntries(group: readonly DictLike[]): Map<string, string> {
  const merged = new Map<string, string>();
  for (const dict of [...group].reverse()) for (const [key, value] of entriesOf(dict)) merged.set(key, value);
  return merged;
}

function mergeGroup(group: readonly DictLike[]): string {
  return serialize(mergeEntries(group));
}

function entriesOf(dict: DictLike): (readonly [string, string])[] {
  if (typeof dict !== 'string') return [...dict];
  // OpenCC reads "key value" lines split at every space and keeps the first two parts.
  return dict.split('|').map((line) => {
    const [key = '', value] = line.split(' ');
    if (value === undefined) throw new Error(`OpenCC dictionary line without a value: ${line}`);
    return [key, value] as const;
  });
}

function serialize(map: ReadonlyMap<string, string>): string {
  for (const [key, value] of map)
    if (key.includes(' ') || key.includes('|') || value.includes(' ') || value.includes('|'))
      throw new Error(`OpenCC entry not writable as a table line: ${key} ${value}`);
  return [...map].map(([key, value]) => `${key} ${value}`).join('|');
}

function phraseKeys(map: ReadonlyMap<string, string>): Set<string> {
  return new Set([...map.keys()].filter((key) => [...key].length > 1));
}

function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((key) => b.has(key));
}
