const QUESTION_EN =
  /\b(?:how|what|what's|whats|which|who|where|why|when|is|are|does|do|did|can|could|will|would|has|have)\b/;
const QUESTION_ZH = /多少|哪|几|吗|谁|什么|啥|能否|是否|怎么/u;
// A connector followed by a new question: "…use, and how many…", "…? and can Samsung…", "…，那三星能做吗".
const JOINT_EN =
  /(?:,?\s+(?:and|also|plus|&)\s+|[?]+\s*(?:and\s+|also\s+)?|;\s*)(?=(?:how|what|what's|whats|which|who|where|why|when|is|are|does|do|did|can|could|will|would|has|have)\b)/g;
// A comma before three digits is a thousands separator ("30,000美元"), not a joint.
const JOINT_ZH = /(?:[，;；？?]|,(?!\d{3}(?!\d)))\s*/gu;

/**
 * Splits a multi-part question into its questions: "which cloud does Cohere use and how many H100s does
 * it want?" → two. A piece without a question word of its own ("we're budgeting a cluster, …") stays
 * joined to the next; one after the last question is left out.
 */
export function splitParts(text: string): string[] {
  const joints = /\p{Script=Han}/u.test(text) ? [JOINT_EN, JOINT_ZH] : [JOINT_EN];
  const cuts = joints
    .flatMap((joint) =>
      [...text.matchAll(joint)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
    )
    .sort((a, b) => a.start - b.start);
  if (cuts.length === 0) return [text];
  const pieces: string[] = [];
  // A piece cut off by its own question mark is a question even without a question word ("Character.ai cloud??").
  const asked = new Set<string>();
  let start = 0;
  for (const cut of cuts) {
    if (cut.start < start) {
      start = Math.max(start, cut.end);
      continue;
    }
    const piece = text.slice(start, cut.start);
    if (/^[?？]/u.test(text.slice(cut.start, cut.end))) asked.add(piece);
    pieces.push(piece);
    start = cut.end;
  }
  pieces.push(text.slice(start));
  const isQuestion = (s: string) => asked.has(s) || QUESTION_EN.test(s) || QUESTION_ZH.test(s);
  const parts: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    const joined = pending === '' ? piece : `${pending}, ${piece}`;
    if (isQuestion(piece)) {
      parts.push(joined.trim());
      pending = '';
    } else pending = joined;
  }
  // Chatter after the last question ("哈哈 老黄赚麻了", "asking for a friend") is not read: its names
  // would otherwise pull the question towards them.
  if (pending.trim() !== '' && parts.length === 0) return [text];
  const found = parts.filter((p) => p !== '');
  return found.length > 1 || (found.length === 1 && pending.trim() !== '') ? found : [text];
}
