import { fileURLToPath } from 'node:url';
import { checkQuoteNumbers } from '../knowledge/checkQuoteNumbers.js';
import { KnowledgeError } from '../knowledge/KnowledgeError.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { loadKnowledge } from '../knowledge/loadKnowledge.js';
import { locateFacts } from '../knowledge/locateFacts.js';

/**
 * Checks the knowledge folder: schemas, ids, references, verbatim quotes, and that every fact's numbers
 * agree with its quote. Prints a summary, or every problem and exits 1.
 *
 * Usage: `npm run validate` (after `npm run build`), or `node dist/cli/validate.js [knowledge-folder]`.
 */
function main(argv: readonly string[]): number {
  const dir = argv[0] ?? fileURLToPath(new URL('../../knowledge/', import.meta.url));
  let knowledge: KnowledgeBase;
  try {
    knowledge = loadKnowledge(dir);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    printProblems(error.problems);
    return 1;
  }
  const problems = checkQuoteNumbers(locateFacts(dir, knowledge.facts));
  if (problems.length > 0) {
    printProblems(problems);
    return 1;
  }
  console.log(summarise(knowledge));
  return 0;
}

function printProblems(problems: readonly string[]): void {
  console.error(`The knowledge files have ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
}

/** Counts per section and per topic, e.g. `§02 How many do they want?: 21 facts`. */
function summarise(knowledge: KnowledgeBase): string {
  const bySection = countBy(knowledge.facts, (f) => f.section);
  const byTopic = countBy(knowledge.facts, (f) => f.topic);
  const titles = new Map<string, string>(knowledge.source.sections.map((s) => [s.id, s.title.en]));
  const lines = [
    `Knowledge OK: ${knowledge.facts.length} facts, ${knowledge.entities.length} entities, ${knowledge.caveats.length} caveats.`,
    'Facts per section:',
    ...[...bySection].map(([id, n]) => `  ${titles.get(id) ?? id}: ${n}`),
    'Facts per topic:',
    ...[...byTopic].map(([topic, n]) => `  ${topic}: ${n}`),
  ];
  return lines.join('\n');
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

process.exitCode = main(process.argv.slice(2));
