import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/**
 * The node command line an `npm run <name>` script runs, as this node's executable and arguments
 * with the script's file made absolute: the bench starts the long-running entry points exactly as
 * `npm start` and `npm run serve` do (V8 flags included), from any working directory.
 *
 * @throws Error when the script is missing or is not a plain `node … file` command
 */
export function npmScriptCommand(root: string, name: string): { command: string; args: string[] } {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const words = manifest.scripts?.[name]?.trim().split(/\s+/) ?? [];
  const [program, ...rest] = words;
  const file = rest.at(-1);
  if (program !== 'node' || file === undefined || file.startsWith('-')) {
    throw new Error(`package.json script ${name} is not a "node [flags] file" command: ${words.join(' ')}`);
  }
  const flags = rest.slice(0, -1);
  return { command: process.execPath, args: [...flags, isAbsolute(file) ? file : join(root, file)] };
}
