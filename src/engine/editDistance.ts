/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours
 * each cost 1, so "azrue" is one edit from "azure".
 *
 * @param max - stop early once the distance is sure to exceed this; the result is then `max + 1`.
 *   Typo matching only asks "within 1 or 2 edits?", and most pairs are far apart, so this keeps the
 *   scan over every alias cheap.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  // Three rolling rows: the swap rule looks two rows back.
  let before = new Int32Array(cols);
  let previous = new Int32Array(cols);
  let current = new Int32Array(cols);
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[b.length] ?? 0;
  return distance > max ? max + 1 : distance;
}

/** How many edits a word of this length may carry and still count as a typo of another. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}
