/** The length of every adversarial input: Discord's own limit on a slash option's text. */
export const ADVERSARIAL_LENGTH = 6000;

/** One hostile input: what it stresses, and the text. */
export interface AdversarialInput {
  readonly name: string;
  readonly text: string;
}

/** `unit` repeated and cut to exactly `length` code points. */
function fill(unit: string, length = ADVERSARIAL_LENGTH): string {
  const chars = Array.from(unit);
  return Array.from({ length }, (_, i) => chars[i % chars.length]).join('');
}

/**
 * Inputs Discord itself allows that an attacker would pick to make reading a question slow: long
 * runs of one Han character (known and unknown to the lexicon), long Latin words, near-miss names,
 * thousands of numbers, mixed scripts, and commands with huge values. Deterministic, so figures
 * compare between runs.
 */
export function adversarialCorpus(): AdversarialInput[] {
  return [
    { name: 'one known Han character repeated', text: fill('缺') },
    { name: 'one unknown Han character repeated', text: fill('鑫') },
    { name: 'known and unknown Han alternating', text: fill('谁用鑫云') },
    { name: 'one long Latin word', text: fill('a') },
    { name: 'a near-miss name as one word', text: fill('opnai') },
    { name: 'near-miss names', text: fill('opnai azuer antropic coreweavw 微软云 ') },
    { name: 'thousands of numbers', text: fill('30000 3万 $35k 1e9 ') },
    { name: 'digits without end', text: fill('9') },
    { name: 'mixed scripts', text: fill('AWS谁用azure缺口3万what𝕏 ') },
    { name: 'punctuation only', text: fill('?!。，「」') },
    { name: 'a command with a huge value', text: `/cloud company:${fill('x', ADVERSARIAL_LENGTH - 15)}` },
    { name: 'a command with thousands of options', text: `/gap ${fill('price:1 ', ADVERSARIAL_LENGTH - 5)}` },
  ];
}
