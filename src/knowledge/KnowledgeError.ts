/** A problem in the knowledge files, worded for the author who has to fix it. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';

  /**
   * @param problems - one line each, prefixed with the file and the path inside it
   */
  constructor(readonly problems: readonly string[]) {
    super(
      `The knowledge files have ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}
