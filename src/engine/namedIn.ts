import type { Entity } from '../knowledge/schema.js';

/**
 * Whether `text` (lower-case) names `entity` by its name or an alias. A reading keeps a name's first
 * mention only, so "hf is on aws. how many does hugging face have?" needs this to see the name said
 * again where the message asks. Latin aliases count as whole words ("ms" is not in "items").
 */
export function namedIn(text: string, entity: Entity): boolean {
  return [entity.name.en, entity.name.zh, ...entity.aliases].some((name) => {
    const n = name.toLowerCase();
    if (n.length < 2) return false;
    if (!/^[\p{Script=Latin}\d .&'’-]+$/u.test(n)) return text.includes(n);
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + n.length] ?? ' ';
      if (!/[\p{Script=Latin}\d]/u.test(before) && !/[\p{Script=Latin}\d]/u.test(after)) return true;
    }
    return false;
  });
}
