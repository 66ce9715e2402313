import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { npmScriptCommand } from '../../src/bench/npmScriptCommand.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('npmScriptCommand', () => {
  it("gives the bench the start script's node flags and its file, made absolute", () => {
    const { command, args } = npmScriptCommand(ROOT, 'start');
    expect(command).toBe(process.execPath);
    expect(args).toContain('--enable-source-maps');
    expect(args.at(-1)).toBe(`${ROOT}dist/bot/start.js`);
  });

  it('refuses a script that is not a plain node command, naming it', () => {
    expect(() => npmScriptCommand(ROOT, 'test')).toThrow(/script test/);
    expect(() => npmScriptCommand(ROOT, 'no-such-script')).toThrow(/no-such-script/);
  });
});
