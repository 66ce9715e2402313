import { placesOf } from './placesOf.js';
import type { Reading } from './readQuestion.js';
import { OWNER_KINDS } from './slots.js';

/** Two set against each other: "X vs Y", "who has more", "谁多", "比…多". */
const COMPARED =
  /\bvs\.?(?=\s|$)|\bversus\b|\b(?:more|fewer|less|bigger|larger|smaller) than\b|\bwho(?:'s| is)? (?:has|wants|needs|got|holds|ahead|bigger|larger)\b|\bwhich (?:one )?(?:has|wants|needs) more\b|(?:谁|誰|哪个|哪家|哪一家)[^?？,，]{0,6}(?:多|少|大|高)|比[^?？,，]{1,10}(?:多|少)/u;

/** What joins the two sides: "vs", "or", "跟", "more than". */
const JOINED =
  /^\s*(?:,|vs\.?|versus|or|and|&|跟|和|与|同|比|还是|或者?|(?:(?:want|wants|need|needs|has|have|hold|holds|got)\s+)?(?:more|fewer|less)\s+(?:(?:h100|a100|gpu|card)s?\s+)?than)\s*$/u;

/** Words about a side that are no name: "the others", "everyone", "last year". */
const NO_NAME =
  /^(?:others?|everyone|everybody|anyone|them|that|this|those|it|rest|average|before|usual|expected|last|me|us|you)$/u;

/** Joining words a Chinese run of unplaced characters may carry at either end ("华为和"). */
const ENDS = /^(?:和|跟|与|同|比|还是|或者?)+|(?:和|跟|与|同|比|还是|或者?|谁|的|要|有)+$/gu;

/**
 * The other side of a comparison when the reading places only one ("Foxconn vs Tesla, who has more
 * A100s?", "Meta 跟苹果谁要得多"): a word the article lacks, joined to the one name it has. Answering the
 * one side alone would read as the comparison made, so the reply says the other is not in the article.
 */
export function missingSide(reading: Reading): string | undefined {
  if (!COMPARED.test(reading.text)) return undefined;
  const owners = reading.entities.filter((m) => OWNER_KINDS.has(m.entity.kind) && m.start >= 0);
  const [owner] = owners;
  if (owner === undefined || owners.some((m) => m.entity !== owner.entity)) return undefined;
  const text = reading.text;
  for (const raw of reading.unknown) {
    const word = raw.replace(ENDS, '');
    if (word.length < 2 || NO_NAME.test(word) || /^\d/u.test(word)) continue;
    if (/^[a-z]/u.test(word) && word.length < 3) continue;
    for (const at of placesOf(text, word)) {
      const end = at + word.length;
      const ownerEnd = owner.start + owner.text.length;
      const between =
        at >= ownerEnd
          ? text.slice(ownerEnd, at)
          : end <= owner.start
            ? text.slice(end, owner.start)
            : undefined;
      if (between !== undefined && JOINED.test(between)) return word;
    }
  }
  return undefined;
}
