import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  type APIButtonComponent,
  type APIInteractionResponse,
  ComponentType,
  InteractionResponseType,
} from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { ANALYTICS_FILE, createAnalytics } from '../../src/analytics/createAnalytics.js';
import { formatGaps, gapsReport } from '../../src/analytics/gapsReport.js';
import { createRouter } from '../../src/discord/createRouter.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { createLogger } from '../../src/log/logger.js';
import { buttonClick, chatInput, messageCommand } from '../support/interactions.js';

const ROOT = join(import.meta.dirname, '../..');
const engine = createEngine(loadKnowledge(join(ROOT, 'knowledge')));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'analytics-test-'));
  dirs.push(dir);
  return dir;
}

function setUp(options: { dataDir?: string; maxBytes?: number } = {}) {
  const dataDir = options.dataDir ?? tempDir();
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
  const analytics = createAnalytics({
    dataDir,
    logger,
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  });
  const route = createRouter({ engine, logger, observer: analytics.observer, feedback: analytics.enabled });
  return { dataDir, lines, analytics, route, file: join(dataDir, ANALYTICS_FILE) };
}

function buttonsOf(response: APIInteractionResponse): APIButtonComponent[] {
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) return [];
  return (response.data?.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow ? (row.components as APIButtonComponent[]) : [],
  );
}

function customIdOf(button: APIButtonComponent | undefined): string {
  return button !== undefined && 'custom_id' in button ? button.custom_id : '';
}

describe('analytics in an SQLite file', () => {
  it('records what the article could not answer and what was rejected, with what the engine read and no user id', async () => {
    const { route, analytics, file } = setUp();
    await route(chatInput('ask', { question: 'what does Apple think of the H200?' }));
    await route(chatInput('ask', { question: 'which cloud does apple use' }));
    await route(chatInput('ask', { question: '苹果用哪家云' }));
    await route(chatInput('ask', { question: 'who uses azure' }));
    await route(chatInput('cloud', { company: 'apple' }));
    await route(messageCommand('Apple H100 demand?'));
    analytics.flush();

    const db = new Database(file, { readonly: true });
    const rows = db.prepare<[], Record<string, unknown>>('SELECT * FROM questions ORDER BY id').all();
    db.close();
    // The answered question is not recorded; the four abstentions and the unknown company are.
    expect(rows.map((r) => r.question)).toEqual([
      'what does Apple think of the H200?',
      'which cloud does apple use',
      '苹果用哪家云',
      '/cloud company:apple',
      'Apple H100 demand?',
    ]);
    expect(rows.map((r) => r.command)).toEqual(['ask', 'ask', 'ask', 'cloud', 'message-menu']);
    expect(rows[0]).toMatchObject({
      lang: 'en',
      outcome: 'not_found',
      kind: 'not-found',
      read_key: 'not-found missing=apple',
    });
    expect(rows[2]).toMatchObject({ lang: 'zh', outcome: 'not_found' });
    expect(JSON.parse(String(rows[0]?.read_json))).toMatchObject({
      kind: 'not-found',
      found: false,
      missing: 'apple',
    });
    // Nothing that identifies the user: no column for it, and the user's id appears nowhere.
    const userId = chatInput('ask').member?.user.id ?? '';
    expect(userId).not.toBe('');
    expect(JSON.stringify(rows)).not.toContain(userId);
    expect(Object.keys(rows[0] ?? {})).not.toEqual(expect.arrayContaining(['user_id']));
  });

  it('answers carry 👍/👎 buttons whose clicks are recorded, and the gaps report lists the most 👎 first', async () => {
    const { route, analytics, file } = setUp();
    const reply = await route(chatInput('ask', { question: 'who uses azure' }));
    const buttons = buttonsOf(reply.response);
    const up = buttons.find((b) => 'emoji' in b && b.emoji?.name === '👍');
    const down = buttons.find((b) => 'emoji' in b && b.emoji?.name === '👎');
    expect(customIdOf(up)).toBe('h1|u|en|who uses azure');
    expect(customIdOf(down)).toBe('h1|n|en|who uses azure');

    const thanks = await route(buttonClick(customIdOf(down)));
    expect(thanks.response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(JSON.stringify(thanks.response)).toContain('Thanks');
    await route(buttonClick(customIdOf(down)));
    await route(buttonClick(customIdOf(up)));
    await route(buttonClick('h1|n|en|/gap'));
    await route(chatInput('ask', { question: 'what does Apple think of the H200?' }));
    analytics.flush();

    const db = new Database(file, { readonly: true });
    const votes = db
      .prepare<[], { vote: string; query: string; kind: string; found: number }>(
        'SELECT vote, query, kind, found FROM feedback ORDER BY id',
      )
      .all();
    expect(votes).toEqual([
      { vote: 'down', query: 'who uses azure', kind: 'cloud-users', found: 1 },
      { vote: 'down', query: 'who uses azure', kind: 'cloud-users', found: 1 },
      { vote: 'up', query: 'who uses azure', kind: 'cloud-users', found: 1 },
      { vote: 'down', query: '/gap', kind: 'gap', found: 1 },
    ]);
    const report = gapsReport(db);
    db.close();
    expect(report.disliked.map((d) => [d.query, d.down, d.up])).toEqual([
      ['who uses azure', 2, 1],
      ['/gap', 1, 0],
    ]);
    expect(report.unanswered[0]).toMatchObject({ readKey: 'not-found missing=apple', count: 1 });
    const text = formatGaps(report);
    expect(text).toContain('not-found missing=apple');
    expect(text).toMatch(/👎 +2 +👍 +1 +“who uses azure”/);
  });

  it('groups unanswered questions by what the engine read, most frequent first, with example phrasings', () => {
    const dataDir = tempDir();
    const analytics = createAnalytics({ dataDir, logger: createLogger({ level: 'error', write: () => {} }) });
    const ask = (question: string) =>
      analytics.observer.answered?.({
        command: 'ask',
        question,
        answer: engine.ask(question),
        lang: 'en',
        engineSeconds: 0,
        repeat: false,
      });
    for (const q of [
      'what cloud does Apple use?',
      'which cloud does apple use',
      'what cloud does Apple use?',
    ]) {
      ask(q);
    }
    ask('苹果用哪家云');
    ask('苹果用哪家云');
    ask('');
    analytics.close();
    const db = new Database(join(dataDir, ANALYTICS_FILE), { readonly: true });
    const report = gapsReport(db);
    db.close();
    expect(report.totalUnanswered).toBe(6);
    expect(report.unanswered.map((g) => [g.readKey, g.count])).toEqual([
      ['not-found missing=apple', 3],
      ['not-found missing=苹果', 2],
      ['error error=empty-question', 1],
    ]);
    expect(report.unanswered[1]?.examples).toEqual(['苹果用哪家云']);
    // Distinct phrasings, the most asked first.
    expect(report.unanswered[0]?.examples).toEqual([
      'what cloud does Apple use?',
      'which cloud does apple use',
    ]);
  });

  it('keeps the engine trace, when an answer carries one, as JSON', () => {
    const dataDir = tempDir();
    const analytics = createAnalytics({ dataDir, logger: createLogger({ level: 'error', write: () => {} }) });
    const answer = engine.ask('what does Apple think of the H200?');
    expect(answer.trace?.intent).toBe('unknown-name');
    analytics.observer.answered?.({
      command: 'ask',
      question: 'q',
      answer,
      lang: 'en',
      engineSeconds: 0,
      repeat: false,
    });
    analytics.close();
    const db = new Database(join(dataDir, ANALYTICS_FILE), { readonly: true });
    const row = db.prepare<[], { trace_json: string }>('SELECT trace_json FROM questions').get();
    db.close();
    expect(JSON.parse(row?.trace_json ?? 'null')).toEqual(answer.trace);
  });

  it('a full disk is logged once, the rows are skipped, and every reply still goes out', async () => {
    // max_page_count makes SQLite answer exactly as on a full disk: SQLITE_FULL.
    const { route, analytics, lines } = setUp({ maxBytes: 64 * 1024 });
    const long = 'what does Apple think of the H200? '.repeat(14);
    for (let i = 0; i < 200; i++) {
      const reply = await route(chatInput('ask', { question: `${long} ${i}` }));
      expect(reply.response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      if (i % 20 === 19) analytics.flush();
    }
    analytics.flush();
    const failures = lines.filter((line) => line.includes('analytics write failed'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/SQLITE_FULL|full/);
    expect(analytics.dropped()).toBeGreaterThan(0);
    analytics.close();
  });

  it('a DATA_DIR that cannot hold the file turns analytics off with one log line; answers carry no vote buttons', async () => {
    const blocker = join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, 'x');
    const { route, analytics, lines } = setUp({ dataDir: join(blocker, 'data') });
    expect(analytics.enabled).toBe(false);
    expect(lines.filter((line) => line.includes('analytics off'))).toHaveLength(1);
    const reply = await route(chatInput('ask', { question: 'what does Apple think of the H200?' }));
    expect(reply.response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(buttonsOf(reply.response).some((b) => 'emoji' in b && b.emoji?.name === '👎')).toBe(false);
    analytics.flush();
    analytics.close();
  });

  it('opens the file on the first record, not at start: until then there is none, and that record is kept', async () => {
    const { route, analytics, file } = setUp();
    expect(analytics.enabled).toBe(true);
    await route(chatInput('ask', { question: 'which cloud does Anthropic use?' }));
    analytics.flush();
    expect(existsSync(file)).toBe(false);
    const question = 'what does Apple think of the H200?';
    const reply = await route(chatInput('ask', { question }));
    expect(buttonsOf(reply.response).some((b) => 'emoji' in b && b.emoji?.name === '👎')).toBe(true);
    analytics.flush();
    const db = new Database(file, { readonly: true });
    const rows = db.prepare<[], { question: string }>('SELECT question FROM questions').all();
    db.close();
    expect(rows).toEqual([{ question }]);
    analytics.close();
  });

  it('a file in DATA_DIR that is not an SQLite database turns analytics off at start with one log line, and is left as it was', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, ANALYTICS_FILE);
    writeFileSync(file, 'notes, not a database');
    const { route, analytics, lines } = setUp({ dataDir });
    expect(analytics.enabled).toBe(false);
    const reply = await route(chatInput('ask', { question: 'what does Apple think of the H200?' }));
    expect(buttonsOf(reply.response).some((b) => 'emoji' in b && b.emoji?.name === '👎')).toBe(false);
    analytics.flush();
    analytics.close();
    expect(lines.filter((line) => line.includes('analytics off'))).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe('notes, not a database');
  });

  it('npm run gaps prints the report from DATA_DIR, and says so when there is nothing yet', () => {
    const dataDir = tempDir();
    const analytics = createAnalytics({ dataDir, logger: createLogger({ level: 'error', write: () => {} }) });
    const question = 'what does Apple think of the H200?';
    analytics.observer.answered?.({
      command: 'ask',
      question,
      answer: engine.ask(question),
      lang: 'en',
      engineSeconds: 0,
      repeat: false,
    });
    analytics.close();
    const run = (dir: string) =>
      spawnSync(process.execPath, [join(ROOT, 'dist/analytics/gaps.js')], {
        cwd: join(ROOT, 'tests'),
        env: { PATH: process.env.PATH ?? '', DATA_DIR: dir },
        encoding: 'utf8',
      });
    const printed = run(dataDir);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain('not-found missing=apple');
    expect(printed.stdout).toContain(`“${question}”`);
    const empty = run(tempDir());
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('No analytics yet');
  });
});
