import { lengthOf } from '../render/lengthOf.js';

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
  // A string is never more code points than UTF-16 units: most texts are under their limit by that count alone.
  if (text.length <= max || lengthOf(text) <= max) return text;
  return `${Array.from(text)
    .slice(0, Math.max(0, max - 1))
    .join('')}…`;
}

export { lengthOf };
