/**
 * Whether the character at `index` stands inside brackets, as in "(pretty sure character.ai is one)"
 * or "（我知道文章用的是三萬五啦）": an aside, which a reading takes as context around the question,
 * not as what it asks.
 */
export function inAside(text: string, index: number): boolean {
  if (index < 0) return false;
  const before = text.slice(0, index);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  return open >= 0 && open > Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
}

/**
 * Whether the character at `index` stands in an aside that asks nothing of its own: "(the big 4 are a
 * whole other story lol)" inside a sentence that asks is still only an aside; "(and Meta?)" asks.
 */
export function inQuietAside(text: string, index: number): boolean {
  if (!inAside(text, index)) return false;
  const after = text.slice(index);
  const close = after.search(/[)）]/u);
  const before = text.slice(0, index);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  const inside = text.slice(open + 1, close < 0 ? text.length : index + close);
  return !/[?？]|\d{2,}|\d\s*(?:k|万|萬|千)|吗|嗎|多少|几|幾/iu.test(inside);
}
