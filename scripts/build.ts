import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import subsetFont from 'subset-font';
import { CHART_FONT_SUBSET_FILES, chartFontFiles, type FontWeight } from '../src/chart/fonts.js';
import { COMPILED_KNOWLEDGE_FILE, DEFAULT_KNOWLEDGE_DIR } from '../src/cli/knowledgeDir.js';
import { compileKnowledge } from '../src/knowledge/compileKnowledge.js';
import { KnowledgeError } from '../src/knowledge/KnowledgeError.js';
import { compileScriptTable } from '../src/script/compileScriptTable.js';
import { SCRIPT_TABLES } from '../src/script/scriptTable.js';
import { scriptTableFile } from '../src/script/scriptConverter.js';
import { chartCharacters } from './chartCharacters.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');

/**
 * The programs `package.json` runs, and the worker threads the bench starts by file, each bundled
 * into `dist/<folder>/<name>.js`.
 */
const ENTRY_POINTS = [
  'cli/ask',
  'cli/validate',
  'bot/start',
  'bot/shard',
  'bot/deployCommands',
  'http/serve',
  'bench/bench',
  'bench/floodServer',
  'bench/floodClient',
  'analytics/gaps',
] as const;

/**
 * `npm run build`: checks the knowledge with the schemas and writes it as plain JSON, writes
 * OpenCC's dictionaries as the compact Chinese script tables, cuts the chart font down to the characters charts can draw, and bundles each entry point with esbuild.
 * Type checking is `tsc`'s job, run before this by the build script.
 */
async function main(): Promise<number> {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });

  try {
    writeFileSync(COMPILED_KNOWLEDGE_FILE, compileKnowledge(DEFAULT_KNOWLEDGE_DIR));
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    console.error(error.message);
    return 1;
  }

  for (const name of SCRIPT_TABLES) {
    mkdirSync(dirname(scriptTableFile(name)), { recursive: true });
    writeFileSync(scriptTableFile(name), JSON.stringify(compileScriptTable(name)));
  }

  const characters = chartCharacters(ROOT);
  const fonts = chartFontFiles();
  for (const weight of ['regular', 'bold'] as const satisfies readonly FontWeight[]) {
    const subset = await subsetFont(readFileSync(fonts[weight]), characters, { targetFormat: 'truetype' });
    mkdirSync(dirname(CHART_FONT_SUBSET_FILES[weight]), { recursive: true });
    writeFileSync(CHART_FONT_SUBSET_FILES[weight], subset);
  }
  writeFileSync(join(DIST, 'fonts', 'characters.txt'), characters);

  // One build per entry point: each is one file of everything it loads at start, and only what it
  // imports lazily (the chart code, the schemas) is split into chunks; those are named by their
  // content, so two entry points needing the same lazy code write the same chunk.
  for (const entry of ENTRY_POINTS) await bundle(entry);
  // The command-line entry points are CommonJS (see COMMONJS_ENTRY_POINTS): their folder says so.
  writeFileSync(join(DIST, 'cli', 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
  return 0;
}

/**
 * Packages bundled into the entry points (with the packages they require) rather than loaded from
 * node_modules. Loaded from there, zod (about a hundred ES module files), discord-api-types (forty
 * CommonJS files, mostly comments) and prom-client (eighty files with @opentelemetry/api) cost
 * `serve` about 5 MB of idle RSS over the same code bundled: node keeps what it read, parsed and
 * linked for each file, where the bundle is one file of only the code.
 */
const BUNDLED_PACKAGES: readonly string[] = ['fuse.js', 'zod', 'discord-api-types/v10', 'prom-client', 'dotenv'];

/**
 * Entry points built as one CommonJS file each, lazy imports included: a short-lived command pays
 * node's ES module loader on every run (about 10 ms of a CLI answer's ~110 ms over `node -e 0`,
 * measured with three-file programs), where `require` reads and runs the one file. Their lazy
 * imports (the chart code, the schemas) stay lazy: esbuild wraps each in a function run on first use.
 */
const COMMONJS_ENTRY_POINTS: ReadonlySet<string> = new Set(['cli/ask', 'cli/validate']);

/** What `import.meta.url` is in a CommonJS bundle: the file's own URL, as in the ES module build. */
const IMPORT_META_URL_FOR_COMMONJS = "'use strict'; const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

/**
 * Bundled CommonJS packages `require` node's built-in modules, which an ES module has no
 * `require` for: esbuild's shim calls the one this defines (our own modules' `require` constants
 * are renamed around it by esbuild).
 */
const REQUIRE_FOR_BUNDLED_COMMONJS =
  "import { createRequire as __bannerCreateRequire } from 'node:module'; const require = __bannerCreateRequire(import.meta.url);";

/** The packages bundled into one entry point (see {@link BUNDLED_PACKAGES}). */
function bundledPackages(entry: (typeof ENTRY_POINTS)[number]): readonly string[] {
  // The bench and its workers are not what it measures; they share zod schemas with
  // discord-api-spec, which imports zod from node_modules, so they keep that one copy.
  if (entry.startsWith('bench/')) return ['fuse.js'];
  // The CLI loads zod only to check a knowledge folder other than the build's: it gains nothing
  // from a bundled copy, and a test refusing the package proves the usual question never loads it.
  if (entry === 'cli/ask') return BUNDLED_PACKAGES.filter((name) => name !== 'zod');
  // discord.js requires discord-api-types from node_modules whatever we do: a bundled copy would
  // be the same code loaded twice.
  if (entry.startsWith('bot/')) return BUNDLED_PACKAGES.filter((name) => name !== 'discord-api-types/v10');
  return BUNDLED_PACKAGES;
}

/**
 * Leaves every bare import (node_modules, node builtins) to be loaded at run time, except `bundled`
 * and, inside a bundled package, the packages it imports.
 */
function keepPackagesExternal(bundled: readonly string[]): Plugin {
  return {
    name: 'keep-packages-external',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) =>
        bundled.includes(args.path) ||
        (args.importer.includes('/node_modules/') && !isBuiltin(args.path))
          ? undefined
          : { path: args.path, external: true },
      );
    },
  };
}

async function bundle(entry: (typeof ENTRY_POINTS)[number]): Promise<void> {
  const commonjs = COMMONJS_ENTRY_POINTS.has(entry);
  await build({
    absWorkingDir: ROOT,
    entryPoints: [{ in: `src/${entry}.ts`, out: entry }],
    outdir: DIST,
    // Shared code goes to dist/chunks/, two folders down like the entry points, so every
    // `new URL('../../…', import.meta.url)` finds the project root from src/ and dist/ alike.
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    // Dynamic imports (the chart code, the schemas) stay separate, lazy chunks; in a CommonJS entry,
    // lazily run parts of the one file.
    splitting: !commonjs,
    format: commonjs ? 'cjs' : 'esm',
    ...(commonjs ? { define: { 'import.meta.url': '__importMetaUrl' } } : {}),
    platform: 'node',
    target: 'node20',
    // node_modules stay as installed (resvg and better-sqlite3 are native, discord.js large), but for
    // the packages every start loads: inside the bundle they cost no module resolution and no file of their own.
    plugins: [keepPackagesExternal(bundledPackages(entry))],
    sourcemap: 'linked',
    // Stack traces need the mappings, not the sources: with --enable-source-maps every process holds
    // its maps in memory, and the sources were most of them (0.5-1 MB a process).
    sourcesContent: false,
    // Without comments and indentation, the code V8 holds as each file's source (every process keeps
    // it for lazy compilation) is a quarter smaller: serve's idle RSS fell by about 2.5 MB. The
    // source maps still point stack traces at src/. ASCII escapes keep strings one byte a
    // character; the few regular expressions esbuild leaves in Chinese still make their file's
    // source two bytes a character (see the README's Performance section).
    charset: 'ascii',
    minifyWhitespace: true,
    banner: { js: commonjs ? IMPORT_META_URL_FOR_COMMONJS : REQUIRE_FOR_BUNDLED_COMMONJS },
    logLevel: 'warning',
  });
}

process.exitCode = await main();
