import type { Bilingual } from '../knowledge/schema.js';

/** Why an input was rejected; stable so adapters and tests can tell cases apart. */
export type UserInputErrorCode =
  | 'invalid-price'
  | 'invalid-count'
  | 'invalid-rate'
  | 'missing-option'
  | 'unknown-option'
  | 'unknown-command'
  | 'invalid-option'
  | 'empty-question';

/**
 * The one kind of error a user may see: it says what was wrong and what to do, in both languages.
 * Everything else is a bug, logged and answered with a short apology.
 */
export class UserInputError extends Error {
  override readonly name = 'UserInputError';

  constructor(
    readonly code: UserInputErrorCode,
    readonly text: Bilingual,
  ) {
    super(text.en);
  }
}
