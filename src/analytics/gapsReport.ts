import type Database from 'better-sqlite3';

/** Questions the engine read the same way and could not answer. */
export interface GapGroup {
  readonly readKey: string;
  readonly outcome: string;
  readonly count: number;
  readonly langs: readonly string[];
  readonly lastAt: string;
  /** Up to three distinct phrasings, most frequent first. */
  readonly examples: readonly string[];
}

/** An answer users voted on, most 👎 first. */
export interface VotedAnswer {
  readonly query: string;
  readonly readKey: string;
  readonly down: number;
  readonly up: number;
}

export interface GapsReport {
  readonly unanswered: readonly GapGroup[];
  readonly disliked: readonly VotedAnswer[];
  readonly totalUnanswered: number;
  readonly totalFeedback: number;
}

/** Reads the analytics file: the most frequent unanswered readings and the answers with the most 👎. */
export function gapsReport(db: Database.Database, limit = 20): GapsReport {
  const groups = db
    .prepare<[number], { read_key: string; outcome: string; count: number; langs: string; last_at: string }>(
      `SELECT read_key, outcome, COUNT(*) AS count, GROUP_CONCAT(DISTINCT lang) AS langs, MAX(at) AS last_at
       FROM questions GROUP BY outcome, read_key ORDER BY count DESC, last_at DESC LIMIT ?`,
    )
    .all(limit);
  const examples = db.prepare<[string, string], { question: string }>(
    `SELECT question FROM questions WHERE read_key = ? AND outcome = ?
     GROUP BY question ORDER BY COUNT(*) DESC, MAX(at) DESC LIMIT 3`,
  );
  const disliked = db
    .prepare<[number], { query: string; read_key: string; down: number; up: number }>(
      `SELECT query, MAX(read_key) AS read_key,
              SUM(vote = 'down') AS down, SUM(vote = 'up') AS up
       FROM feedback GROUP BY query HAVING down > 0 ORDER BY down DESC, up ASC LIMIT ?`,
    )
    .all(limit);
  const count = (sql: string) => db.prepare<[], { n: number }>(sql).get()?.n ?? 0;
  return {
    unanswered: groups.map((g) => ({
      readKey: g.read_key,
      outcome: g.outcome,
      count: g.count,
      langs: g.langs.split(','),
      lastAt: g.last_at,
      examples: examples.all(g.read_key, g.outcome).map((row) => row.question),
    })),
    disliked: disliked.map((d) => ({ query: d.query, readKey: d.read_key, down: d.down, up: d.up })),
    totalUnanswered: count('SELECT COUNT(*) AS n FROM questions'),
    totalFeedback: count('SELECT COUNT(*) AS n FROM feedback'),
  };
}

/** The report as text for a terminal. */
export function formatGaps(report: GapsReport): string {
  const lines: string[] = [];
  lines.push(`Unanswered or rejected questions: ${report.totalUnanswered}, grouped by what the engine read`);
  if (report.unanswered.length === 0) lines.push('  (none recorded)');
  for (const g of report.unanswered) {
    lines.push(
      `  ${String(g.count).padStart(5)}  ${g.outcome.padEnd(9)} ${g.readKey}  [${g.langs.join(', ')}]`,
    );
    for (const example of g.examples) lines.push(`           “${example.replace(/\s+/g, ' ')}”`);
  }
  lines.push('');
  lines.push(`Answers with the most 👎 (of ${report.totalFeedback} votes)`);
  if (report.disliked.length === 0) lines.push('  (none recorded)');
  for (const d of report.disliked) {
    lines.push(
      `  👎 ${String(d.down).padStart(4)}  👍 ${String(d.up).padStart(4)}  “${d.query}”  (${d.readKey})`,
    );
  }
  return lines.join('\n');
}
