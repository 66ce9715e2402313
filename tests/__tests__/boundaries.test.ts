import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
/** The core: pure code that must run the same in the CLI, the gateway bot and the HTTP endpoint. */
const CORE = ['engine', 'calculator', 'knowledge', 'render', 'commands', 'errors'];
const ADAPTERS = ['discord', 'bot', 'http', 'cli', 'config', 'bench'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function imports(code: string): string[] {
  return [
    ...code.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? '');
}

describe('architecture boundaries', () => {
  const files = CORE.flatMap((dir) => sources(join(SRC, dir)));

  it('GIVEN the core modules WHEN their imports are read THEN none reaches discord.js, dotenv or an adapter', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      for (const specifier of imports(code)) {
        const where = relative(SRC, file);
        expect(specifier, where).not.toMatch(/^(discord\.js|@discordjs\/|discord-api-types|dotenv)/);
        for (const adapter of ADAPTERS)
          expect(specifier, where).not.toMatch(new RegExp(`^\\.\\./(?:\\.\\./)*${adapter}/`));
      }
    }
  });

  it('GIVEN the core modules WHEN read THEN none touches process (environment, exit, streams)', () => {
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(code, relative(SRC, file)).not.toMatch(/\bprocess\s*[.[]/);
    }
  });
});
