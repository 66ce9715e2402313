import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The built CLI, as `npm run ask` runs it (npm test builds first).
const cli = join(root, 'dist/cli/ask.js');
const dir = mkdtempSync(join(tmpdir(), 'chart-cli-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built ask CLI, optionally with node flags (e.g. `--import` hooks) before it. */
function ask(args: string[], nodeFlags: string[] = []) {
  const result = spawnSync(process.execPath, [...nodeFlags, cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ask --chart', () => {
  it('GIVEN a gap question WHEN asked with --chart THEN the answer is printed and the chart PNG written', () => {
    const file = join(dir, 'gap.png');

    const { status, stdout, stderr } = ask(['--chart', file, '/gap price:30000']);

    expect(status).toBe(0);
    expect(stdout).toContain('432,000');
    expect(stderr).toContain(`chart written to ${file}`);
    const image = PNG.sync.read(readFileSync(file));
    expect(image.width).toBe(1000);
    expect(image.height).toBeGreaterThan(300);
  });

  it('GIVEN an answer without a chart WHEN asked with --chart THEN it prints the answer, notes it on stderr and exits 0', () => {
    const file = join(dir, 'none.png');

    const { status, stdout, stderr } = ask(['--chart', file, 'which cloud does anthropic use?']);

    expect(status).toBe(0);
    expect(stdout).toContain('AWS');
    expect(stderr).toMatch(/no chart for this answer/);
    expect(existsSync(file)).toBe(false);
  });

  it('GIVEN --chart without one question WHEN run THEN it is a usage error', () => {
    expect(ask(['--chart', join(dir, 'x.png'), '--jsonl']).status).toBe(2);
    expect(ask(['--chart']).status).toBe(2);
  });

  it('GIVEN a plain question WHEN asked THEN neither the chart module nor resvg is loaded', () => {
    // A module hook that logs every chart module imported (hooks run off-thread), and a CommonJS
    // hook for resvg and opentype.js, which the chart code loads with require, both to one file.
    // (The CLI is one CommonJS file: its chart code runs only when a chart is drawn, which the
    // require hook sees as resvg and opentype.js loaded; the ES module entry points keep a chunk.)
    const log = join(dir, 'resolved.log');
    const hooks = join(dir, 'hooks.mjs');
    writeFileSync(
      hooks,
      `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  if (/\\/chart[-/.]/.test(specifier)) appendFileSync(${JSON.stringify(log)}, specifier + '\\n');
  return next(specifier, context);
}`,
    );
    const register = join(dir, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );
    const requireHook = join(dir, 'require-hook.cjs');
    writeFileSync(
      requireHook,
      `const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/resvg|opentype/.test(request)) appendFileSync(${JSON.stringify(log)}, request + '\\n');
  return load.call(this, request, ...rest);
};`,
    );
    const hooked = ['--import', pathToFileURL(register).href, '--require', requireHook];

    const plain = ask(['/gap price:30000'], hooked);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('432,000');
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');

    // The same hook does see them when a chart is asked for, so the check above can fail.
    const charted = ask(['--chart', join(dir, 'hooked.png'), '/gap price:30000'], hooked);
    expect(charted.status).toBe(0);
    const loaded = readFileSync(log, 'utf8');
    expect(loaded).toMatch(/resvg/);
    expect(loaded).toMatch(/opentype/);
  });
});
