import type { Fact } from '../knowledge/schema.js';
import type { Answer } from './answer.js';
import { compareQuoted } from './answers/compareQuoted.js';
import type { AskContext } from './context.js';
import type { Reading } from './readQuestion.js';

/** By how much, or how many times: a comparison asked of what came before. */
const SET_AGAINST =
  /\bhow many times\b|\btimes (?:more|as many|bigger)\b|\bratio\b|\bhow many more\b|\bhow much more\b|\bdifference\b|几倍|幾倍|多少倍|差多少|差幾多|多多少|多幾多|相差/u;

/** The count an answer gives: its first fact, a single figure of GPUs of what the answer is about. */
function headline(answer: Answer | undefined): Fact | undefined {
  if (answer === undefined || !answer.found || answer.calculations.length > 0) return undefined;
  // The figure of what the answer is about, shown first; facts after it are context.
  const [first] = answer.facts;
  const about = answer.subject?.id ?? first?.subject;
  return first !== undefined &&
    first.unit === 'gpus' &&
    first.subject === about &&
    first.quantity !== undefined &&
    'value' in first.quantity
    ? first
    : undefined;
}

/**
 * "How many H100s did Inflection use, and how many does it want now? How many times more is that?": a
 * part that names nothing and asks by how much or how many times sets the two figures the parts
 * before gave against each other, when both count the same GPU.
 */
export function compareEarlier(ctx: AskContext, answers: readonly Answer[], reading: Reading): Answer | undefined {
  if (reading.numbers.length > 0 || reading.entities.some((m) => m.entity.kind !== 'gpu')) return undefined;
  if (!SET_AGAINST.test(reading.text)) return undefined;
  const a = headline(answers.at(-2));
  const b = headline(answers.at(-1));
  if (a === undefined || b === undefined || a.id === b.id || a.gpu !== b.gpu) return undefined;
  const value = (f: Fact) => (f.quantity !== undefined && 'value' in f.quantity ? f.quantity.value : 0);
  return compareQuoted(ctx, { value: value(b), fact: b }, { value: value(a), fact: a });
}
