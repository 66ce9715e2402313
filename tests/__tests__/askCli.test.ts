import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPrompt } from '../../src/cli/prompt.js';
import { COMMANDS } from '../../src/commands/definitions.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'src/cli/ask.ts');

/** Runs the ask CLI from source (through tsx). */
function ask(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
    ...(input === undefined ? {} : { input }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ask: a reader that stops early', () => {
  it('GIVEN --jsonl output piped to a reader that closes after the first line WHEN more lines come THEN it stops quietly with 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--jsonl'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // (Like "… | head -1": the reader goes away once it has one answer.)
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.write(`${Array.from({ length: 200 }, () => 'who makes the h100').join('\n')}\n`);
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));

    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
  }, 30_000);
});

describe('ask: input a script can trust', () => {
  it.each(['', '🙂🙂', '/gap price:-5', '/gap price:abc', '/nonexistent'])(
    'GIVEN the rejected input %j WHEN asked THEN it exits 1 with the message on stderr and nothing on stdout',
    (input) => {
      const { status, stdout, stderr } = ask([input]);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().length).toBeGreaterThan(10);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('GIVEN a question WHEN asked THEN it exits 0 with the answer on stdout', () => {
    const { status, stdout } = ask(['/who-uses azure']);
    expect(status).toBe(0);
    expect(stdout).toContain('OpenAI');
  });

  it('GIVEN --jsonl input with blank and rejected lines WHEN answered THEN there is one JSON line per input line, in order', () => {
    const lines = ['/who-uses azure', '', '   ', '/gap price:abc', '誰在用微軟雲'];
    const { status, stdout } = ask(['--jsonl'], `${lines.join('\n')}\n`);
    expect(status).toBe(0);
    const rows = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(lines.length);
    expect(rows.map((r) => r.question)).toEqual(lines);
    expect(rows.map((r) => typeof r.error === 'string')).toEqual([false, true, true, true, false]);
    expect(rows.map((r) => r.lang)).toEqual(['en', 'en', 'en', 'en', 'zh-Hant']);
  });

  it('GIVEN --brief WHEN asked THEN the short reply comes without the working; the default is the full one', () => {
    const brief = ask(['--brief', '/gap price:30000']).stdout;
    const full = ask(['/gap price:30000']).stdout;
    expect(brief).toContain('$12.96B');
    expect(brief).not.toContain('432,000 × $30,000');
    expect(full).toContain('432,000 × $30,000 = $12.96B');
    expect(brief.length).toBeLessThan(full.length / 2);
  });

  it('GIVEN --lang zh-Hant WHEN an English question is asked THEN the reply is in Traditional', () => {
    const { stdout } = ask(['--lang', 'zh-Hant', 'who uses azure']);
    expect(stdout).toContain('據文章');
  });

  it('GIVEN --help WHEN run THEN it lists every command, the flags and an example of each kind of question', () => {
    const { status, stdout } = ask(['--help']);
    expect(status).toBe(0);
    for (const command of COMMANDS) expect(stdout).toContain(`/${command.name}`);
    for (const flag of ['--lang', '--brief', '--jsonl', '--chart', '--knowledge', '--help'])
      expect(stdout).toContain(flag);
    for (const example of [
      'which cloud does Anthropic use?',
      '誰在用微軟雲',
      '按每张3万美元算',
      'does OpenAI use AWS?',
    ])
      expect(stdout).toContain(example);
  });
});

describe('the interactive prompt', () => {
  it.each(['exit', 'quit', '退出', 'QUIT'])(
    'GIVEN %s WHEN typed THEN the prompt ends and answers nothing after it',
    async (word) => {
      const input = new PassThrough();
      const output = new PassThrough();
      const errors = new PassThrough();
      const asked: string[] = [];
      const done = runPrompt({
        input,
        output,
        errors,
        answer: (line) => {
          asked.push(line);
          return { text: `answer to ${line}`, rejected: false };
        },
      });
      input.write('who uses azure\n');
      input.write(`${word}\n`);
      input.write('never answered\n');
      await done;
      expect(asked).toEqual(['who uses azure']);
      expect(output.read()?.toString()).toContain('answer to who uses azure');
    },
  );

  it('GIVEN a rejected line WHEN typed THEN its message goes to stderr and the prompt goes on', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const errors = new PassThrough();
    const done = runPrompt({
      input,
      output,
      errors,
      answer: (line) => ({ text: `bad ${line}`, rejected: true }),
    });
    input.end('🙂\n');
    await done;
    expect(errors.read()?.toString()).toContain('bad 🙂');
  });
});
