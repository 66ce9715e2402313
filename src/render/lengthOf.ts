/**
 * Length in code points (an emoji or a rare Han character counts once), the way Discord measures
 * its limits and the reply budgets are set. Counted over the UTF-16 units rather than by spreading
 * the string: replies measure every line, and an array per line was a good part of their garbage.
 */
export function lengthOf(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
