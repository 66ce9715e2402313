/** Discord's documented message and embed limits, in characters. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/**
 * Shortens text to at most `max` characters (code points, as Discord counts them), ending with an
 * ellipsis when it had to cut.
 */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Length in code points, the way Discord measures its limits. */
export function lengthOf(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
