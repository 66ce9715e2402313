/** Rows a caller may hand in to be reused from call to call: a matcher that runs for many words. */
export interface EditRows {
  rows: [Int32Array, Int32Array, Int32Array];
}

/** Reusable rows for `editDistance`, grown as longer words come. */
export function editRows(): EditRows {
  return { rows: [new Int32Array(64), new Int32Array(64), new Int32Array(64)] };
}

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours
 * each cost 1, so "azrue" is one edit from "azure".
 *
 * @param work - rows to reuse, so a caller looking up many words allocates none
 * @param max - stop early once the distance is sure to exceed this; the result is then `max + 1`.
 *   Typo matching only asks "within 1 or 2 edits?", and most pairs are far apart, so this keeps the
 *   scan over every alias cheap.
 */
export function editDistance(
  a: string,
  b: string,
  max = Number.POSITIVE_INFINITY,
  work: EditRows = editRows(),
): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  // Three rolling rows: the swap rule looks two rows back.
  if (work.rows[0].length < cols)
    work.rows = [new Int32Array(cols), new Int32Array(cols), new Int32Array(cols)];
  let before = work.rows[0];
  let previous = work.rows[1];
  let current = work.rows[2];
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
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
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
