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
