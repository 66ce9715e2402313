import Fuse, { type IFuseOptions } from 'fuse.js';

/** How far a name may be from the query for fuse.js to offer it (its own `threshold`, 0 exact to 1 anything). */
const THRESHOLD = 0.4;

/** The one fuse.js configuration the names are searched with. */
export const NAME_SEARCH_OPTIONS = {
  keys: ['alias'],
  includeScore: true,
  threshold: THRESHOLD,
  ignoreLocation: true,
} as const satisfies IFuseOptions<{ alias: string }>;

/** fuse.js matches patterns in pieces of this many UTF-16 units (the bits of its Bitap masks). */
const FUSE_CHUNK = 32;

/** Characters (UTF-16 units) and how often each occurs. */
type Counts = ReadonlyMap<string, number>;

function countUnits(text: string): Counts {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charAt(i);
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return counts;
}

/** The pieces fuse.js cuts a lowercased pattern into, as it cuts them. */
function fuseChunks(pattern: string): string[] {
  if (pattern.length <= FUSE_CHUNK) return [pattern];
  const chunks: string[] = [];
  const whole = pattern.length - (pattern.length % FUSE_CHUNK);
  for (let i = 0; i < whole; i += FUSE_CHUNK) chunks.push(pattern.slice(i, i + FUSE_CHUNK));
  if (whole < pattern.length) chunks.push(pattern.slice(pattern.length - FUSE_CHUNK));
  return chunks;
}

/** The most errors fuse.js allows a chunk of this length: the largest `i < length` with `i / length <= threshold`. */
function allowedErrors(length: number): number {
  let errors = 0;
  while (errors + 1 < length && (errors + 1) / length <= THRESHOLD) errors++;
  return errors;
}

/**
 * A fuse.js search over names that only runs fuse on the names it could match.
 *
 * Why: fuse's Bitap costs (pattern length × name length × allowed errors) for every name, about 3 ms
 * for a 64-character query over the knowledge's ~200 names, all of it spent on names that cannot match.
 * fuse accepts a name when some 32-unit chunk of the query matches a stretch of it with at most
 * `k = ⌊0.4·chunk length⌋` edits, and every edit spoils at most one of the chunk's characters: so
 * the name must hold at least `chunk length − k` of the chunk's characters, counted with repeats.
 * Counting is linear and cheap; the names failing it for every chunk are dropped before fuse sees
 * them. The filter never drops a name fuse would return, and fuse ranks the rest exactly as before
 * (same scores, ties in the same order), so results are identical; a property test holds it to that.
 *
 * @param rows - the names, in the order fuse should break ties
 * @returns a search giving what `new Fuse(rows, NAME_SEARCH_OPTIONS).search(query)` gives, as rows
 */
export function createNameSearch<Row extends { readonly alias: string }>(
  rows: readonly Row[],
): (query: string) => Row[] {
  const fuse = new Fuse(rows, NAME_SEARCH_OPTIONS);
  const counted = rows.map((row) => ({ row, counts: countUnits(row.alias.toLowerCase()) }));
  return (query) => {
    // fuse answers a blank query with every row, unranked; nothing to filter.
    if (query.trim() === '') return fuse.search(query).map((r) => r.item);
    const needs = fuseChunks(query.toLowerCase()).map((chunk) => ({
      counts: countUnits(chunk),
      least: chunk.length - allowedErrors(chunk.length),
    }));
    const candidates = counted
      .filter(({ counts }) => needs.some((need) => shared(need.counts, counts) >= need.least))
      .map(({ row }) => row);
    if (candidates.length === 0) return [];
    // Building an index costs more than it saves once most names are left.
    const search = candidates.length * 2 > rows.length ? fuse : new Fuse(candidates, NAME_SEARCH_OPTIONS);
    return search.search(query).map((r) => r.item);
  };
}

/** How many characters two texts have in common, repeats counted as often as both have them. */
function shared(a: Counts, b: Counts): number {
  let total = 0;
  for (const [unit, n] of a) total += Math.min(n, b.get(unit) ?? 0);
  return total;
}
