import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CaveatFileSchema, EntityFileSchema, FactFileSchema, SourceSchema } from '../knowledge/schema.js';

/**
 * Writes the JSON Schemas that editors use to check the knowledge files (each file's `$schema` points at
 * one): `knowledge/schema/{facts,entities,caveats,source}.schema.json`. Run with `npm run schema` after
 * changing `src/knowledge/schema.ts`, and commit the output.
 *
 * Schemas describe the input side (`io: 'input'`), so fields with defaults stay optional for authors.
 * Refinements (min below max, quantity with unit) cannot be expressed and are left to `npm run validate`.
 */
const schemas = {
  facts: { schema: FactFileSchema, title: 'Knowledge facts file (knowledge/facts/*.json)' },
  entities: { schema: EntityFileSchema, title: 'Knowledge entities (knowledge/entities.json)' },
  caveats: { schema: CaveatFileSchema, title: 'Knowledge caveats (knowledge/caveats.json)' },
  source: { schema: SourceSchema, title: 'Knowledge source (knowledge/source.json)' },
} as const;

const outDir = new URL('../../knowledge/schema/', import.meta.url);
mkdirSync(outDir, { recursive: true });

const written: string[] = [];
for (const [name, { schema, title }] of Object.entries(schemas)) {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input' });
  const jsonSchema = { $schema, title, ...rest };
  const path = fileURLToPath(new URL(`${name}.schema.json`, outDir));
  writeFileSync(path, `${JSON.stringify(jsonSchema, null, 2)}\n`);
  written.push(path);
}

// Format like the rest of the repository so `biome check` passes on the generated files.
const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
const formatted = spawnSync(process.execPath, [biome, 'format', '--write', ...written], { stdio: 'ignore' });
if (formatted.status !== 0)
  console.warn('biome could not format the schemas; run `npx biome format --write knowledge/schema`');

for (const path of written) console.log(`wrote ${path}`);
