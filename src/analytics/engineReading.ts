import type { Answer } from '../engine/answer.js';

/** What the engine read from a question, as stored for the knowledge base's maintainers. */
export interface EngineReading {
  readonly kind: Answer['kind'];
  readonly found: boolean;
  readonly topic?: string;
  readonly subject?: string;
  readonly check?: string;
  readonly missing?: string;
  readonly related: readonly string[];
  readonly suggestions: readonly string[];
  readonly price?: number;
  readonly scenario?: string;
  readonly error?: string;
}

/** The engine's reading of a question, taken from its answer: ids and slots, no prose. */
export function engineReading(answer: Answer): EngineReading {
  return {
    kind: answer.kind,
    found: answer.found,
    ...(answer.topic === undefined ? {} : { topic: answer.topic }),
    ...(answer.subject === undefined ? {} : { subject: answer.subject.id }),
    ...(answer.check === undefined ? {} : { check: answer.check.entity.id }),
    ...(answer.missing === undefined ? {} : { missing: missingKey(answer.missing) }),
    related: answer.related.map((entity) => entity.id),
    suggestions: answer.suggestions.map((entity) => entity.id),
    ...(answer.price?.fromUser === true ? { price: answer.price.value } : {}),
    ...(answer.scenario === undefined ? {} : { scenario: answer.scenario }),
    ...(answer.error === undefined ? {} : { error: answer.error.code }),
  };
}

/** What was missing, as a short grouping key: the user's words, or `holdings:lambda`. */
function missingKey(missing: NonNullable<Answer['missing']>): string {
  const key = missing.what === 'words' ? missing.text : `${missing.what}:${missing.entity.id}`;
  return key.trim().toLowerCase().slice(0, 100);
}

/**
 * The reading as one short line that groups alike questions: `not-found missing=h200`,
 * `error error=empty-question`. Two phrasings the engine read the same way share a key.
 */
export function readingKey(reading: EngineReading): string {
  const parts: string[] = [reading.kind];
  for (const name of ['topic', 'subject', 'check', 'missing', 'error'] as const) {
    const value = reading[name];
    if (value !== undefined) parts.push(`${name}=${value}`);
  }
  return parts.join(' ');
}

/**
 * The engine's own account of how it read the question (winning intent, score, runner-up, slots),
 * when its answer carries one; stored as given, whatever its shape.
 */
export function traceOf(answer: Answer): unknown {
  return 'trace' in answer ? answer.trace : undefined;
}
