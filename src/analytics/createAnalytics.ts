import { accessSync, closeSync, constants, mkdirSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { outcomeOf } from '../app/answerOutcome.js';
import type { AnsweredEvent, BotObserver, FeedbackEvent } from '../app/botObserver.js';
import type { Logger } from '../log/logger.js';
import { engineReading, readingKey, traceOf } from './engineReading.js';

/** The file under DATA_DIR. */
export const ANALYTICS_FILE = 'analytics.sqlite';
/** Records waiting for a write past this are dropped (and counted), so a stuck disk cannot grow memory. */
const MAX_PENDING = 10_000;
/** How long records gather before one transaction writes them. */
const FLUSH_DELAY_MS = 50;
const MAX_TEXT = 500;
/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = 'SQLite format 3\u0000';

const require = createRequire(import.meta.url);

const SCHEMA = `
CREATE TABLE IF NOT EXISTS questions (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  command TEXT NOT NULL,
  question TEXT NOT NULL,
  lang TEXT NOT NULL,
  outcome TEXT NOT NULL,
  kind TEXT NOT NULL,
  read_key TEXT NOT NULL,
  read_json TEXT NOT NULL,
  trace_json TEXT
);
CREATE INDEX IF NOT EXISTS questions_by_reading ON questions (outcome, read_key);
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  query TEXT NOT NULL,
  lang TEXT NOT NULL,
  kind TEXT NOT NULL,
  found INTEGER NOT NULL,
  read_key TEXT NOT NULL,
  read_json TEXT NOT NULL,
  trace_json TEXT
);
CREATE INDEX IF NOT EXISTS feedback_by_query ON feedback (vote, query);
`;

export interface AnalyticsOptions {
  /** Folder of the SQLite file; created when missing. */
  readonly dataDir: string;
  readonly logger: Logger;
  /** Caps the file's size: past it writes fail as on a full disk (logged, skipped). */
  readonly maxBytes?: number;
  readonly now?: () => Date;
}

export interface Analytics {
  /** Records abstentions, rejections and feedback; give it to the router and the gateway bot. */
  readonly observer: BotObserver;
  /**
   * Whether records can be kept: the folder is writable and holds no file that is not an SQLite
   * database. When not, the bot runs on without recording (and says so once in the log).
   */
  readonly enabled: boolean;
  /** Writes what is pending now; tests and shutdown call it. */
  flush(): void;
  /** Records dropped because the disk refused them or too many waited. */
  dropped(): number;
  close(): void;
}

type Row =
  | { readonly table: 'questions'; readonly values: readonly (string | number | null)[] }
  | { readonly table: 'feedback'; readonly values: readonly (string | number | null)[] };

/**
 * Records, in an SQLite file, each question the bot abstained on or rejected and each 👍/👎, with
 * what the engine read: never who asked. Recording is off the reply's path: rows are queued and
 * written in one transaction a moment later; a disk that is full, read-only or missing is logged
 * once and the rows are skipped, and the bot answers as before.
 *
 * The folder is checked now, but SQLite (better-sqlite3, about 4 MB resident) is loaded and the
 * file opened only by the first write: a process that has recorded nothing, as every idle one,
 * holds neither.
 *
 * @example
 * const analytics = createAnalytics({ dataDir: env.DATA_DIR, logger });
 * createApp(kb, { logger, ratePerMinute, observer: analytics.observer, feedback: analytics.enabled });
 */
export function createAnalytics(options: AnalyticsOptions): Analytics {
  const { logger } = options;
  const now = options.now ?? (() => new Date());
  const path = join(options.dataDir, ANALYTICS_FILE);
  let usable = canHoldDatabase(options.dataDir, path, logger);
  let open: OpenDatabase | undefined;

  /** The writer, opening the file on first use; undefined (logged once) when it cannot be opened. */
  function writer(): OpenDatabase['write'] | undefined {
    if (open !== undefined || !usable) return open?.write;
    try {
      open = openDatabase(path, options.maxBytes);
    } catch (error) {
      logger.error('analytics off: could not open its database', { path, error });
      usable = false;
    }
    return open?.write;
  }

  const pending: Row[] = [];
  let dropped = 0;
  let timer: NodeJS.Timeout | undefined;
  let failing = false;

  function flush(): void {
    timer = undefined;
    if (pending.length === 0) return;
    const rows = pending.splice(0);
    const write = writer();
    if (write === undefined) {
      dropped += rows.length;
      return;
    }
    try {
      write(rows);
      if (failing) logger.info('analytics writing again', { path });
      failing = false;
    } catch (error) {
      dropped += rows.length;
      // A full or read-only disk fails every write until it is fixed: one line, not one per question.
      if (!failing)
        logger.error('analytics write failed: records skipped until it works again', { path, error });
      failing = true;
    }
  }

  let closed = false;
  function enqueue(row: Row): void {
    if (!usable || closed) return;
    if (pending.length >= MAX_PENDING) {
      dropped += 1;
      return;
    }
    pending.push(row);
    if (timer === undefined) {
      timer = setTimeout(flush, FLUSH_DELAY_MS);
      timer.unref();
    }
  }

  function traceJson(trace: unknown): string | null {
    if (trace === undefined) return null;
    try {
      return JSON.stringify(trace) ?? null;
    } catch {
      return null;
    }
  }

  const observer: BotObserver = {
    answered(event: AnsweredEvent) {
      const outcome = outcomeOf(event.answer);
      if (event.repeat || outcome === 'answered') return;
      const reading = engineReading(event.answer);
      enqueue({
        table: 'questions',
        values: [
          now().toISOString(),
          event.command,
          event.question.slice(0, MAX_TEXT),
          event.answer.lang,
          outcome,
          event.answer.kind,
          readingKey(reading),
          JSON.stringify(reading),
          traceJson(traceOf(event.answer)),
        ],
      });
    },
    feedback(event: FeedbackEvent) {
      const reading = engineReading(event.answer);
      enqueue({
        table: 'feedback',
        values: [
          now().toISOString(),
          event.vote,
          event.query.slice(0, MAX_TEXT),
          event.lang,
          event.answer.kind,
          event.answer.found ? 1 : 0,
          readingKey(reading),
          JSON.stringify(reading),
          traceJson(traceOf(event.answer)),
        ],
      });
    },
  };

  return {
    observer,
    enabled: usable,
    flush() {
      if (timer !== undefined) clearTimeout(timer);
      flush();
    },
    dropped: () => dropped,
    close() {
      if (timer !== undefined) clearTimeout(timer);
      flush();
      closed = true;
      open?.db.close();
      open = undefined;
    },
  };
}

/**
 * Whether `path` can become the analytics database without opening it: the folder exists (made
 * when missing) and is writable, and a file already there is a writable SQLite database. Logs why
 * not, once.
 */
function canHoldDatabase(dir: string, path: string, logger: Logger): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    const header = readHeader(path);
    if (header === undefined) return true;
    accessSync(path, constants.W_OK);
    if (header.length > 0 && header !== SQLITE_HEADER) throw new Error('the file is not an SQLite database');
    return true;
  } catch (error) {
    logger.error('analytics off: could not open its database', { path, error });
    return false;
  }
}

/** The first bytes of the file as latin1; undefined when there is no file. */
function readHeader(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const bytes = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, bytes, 0, bytes.length, 0);
    return bytes.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

interface OpenDatabase {
  readonly db: Database.Database;
  /** Writes a batch of rows in one transaction. */
  readonly write: (rows: readonly Row[]) => void;
}

/** Opens (creating) the database with its tables; closes it again if any of that fails. */
function openDatabase(path: string, maxBytes: number | undefined): OpenDatabase {
  const Sqlite = require('better-sqlite3') as typeof Database;
  const db = new Sqlite(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    if (maxBytes !== undefined) {
      const pageSize = Number(db.pragma('page_size', { simple: true }));
      db.pragma(`max_page_count = ${Math.max(1, Math.floor(maxBytes / pageSize))}`);
    }
    db.exec(SCHEMA);
    const insert: Record<Row['table'], Database.Statement> = {
      questions: db.prepare(
        'INSERT INTO questions (at, command, question, lang, outcome, kind, read_key, read_json, trace_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      feedback: db.prepare(
        'INSERT INTO feedback (at, vote, query, lang, kind, found, read_key, read_json, trace_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
    };
    const write = db.transaction((rows: readonly Row[]) => {
      for (const row of rows) insert[row.table].run(...row.values);
    });
    return { db, write };
  } catch (error) {
    db.close();
    throw error;
  }
}
