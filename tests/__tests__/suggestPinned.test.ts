import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../src/commands/entityKinds.js';
import { createLexicon } from '../../src/engine/lexicon.js';
import { fold } from '../../src/engine/normalize.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import type { EntityKind } from '../../src/knowledge/schema.js';

/*
 * Pins what autocomplete and did-you-mean offer for ordinary typing over the production knowledge,
 * so a change made for speed cannot quietly change a suggestion. The golden file is the output
 * before the matcher was made faster; after a deliberate change to the knowledge or the matcher,
 * review the diff of `npx vitest run -u tests/__tests__/suggestPinned.test.ts`.
 */
const kb = loadKnowledge(join(import.meta.dirname, '../../knowledge'));
const lexicon = createLexicon(kb.entities);

/** Every name as someone types it: each prefix, and the whole name with one letter dropped or two swapped. */
function typedQueries(): string[] {
  const names = new Set(kb.entities.flatMap((e) => [e.name.en, e.name.zh, ...e.aliases]));
  const queries = new Set<string>();
  for (const name of names) {
    const chars = Array.from(name);
    for (let i = 1; i <= chars.length; i++) queries.add(chars.slice(0, i).join(''));
    if (chars.length < 4) continue;
    for (let i = 0; i < chars.length; i++) {
      queries.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
      if (i + 1 < chars.length) {
        queries.add([...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join(''));
      }
    }
  }
  // Spaced, cased and Traditional the way people type them.
  for (const q of [
    '  Azure ',
    'OPENAI',
    'open ai',
    'core weave',
    '微軟雲',
    '亞馬遜',
    'google cl',
    'lambda la',
  ])
    queries.add(q);
  return [...queries].filter((q) => fold(q) !== '').sort();
}

describe('suggest: pinned for ordinary typing', () => {
  it('GIVEN every prefix and one-typo form of every name THEN suggestions are as pinned, for any kind and for clouds and companies', async () => {
    const ids = (query: string, kinds?: readonly EntityKind[]) =>
      lexicon
        .suggest(query, kinds)
        .map((e) => e.id)
        .join(' ');
    const queries = typedQueries();
    expect(queries.length).toBeGreaterThan(1000);
    const pinned = queries.map((q) => ({
      q,
      any: ids(q),
      cloud: ids(q, ENTITY_KINDS.cloud),
      company: ids(q, ENTITY_KINDS.company),
    }));
    // Guards the guard: most of these queries must suggest something, or the file pins nothing.
    expect(pinned.filter((p) => p.any !== '').length).toBeGreaterThan(queries.length * 0.8);
    await expect(`${pinned.map((p) => JSON.stringify(p)).join('\n')}\n`).toMatchFileSnapshot(
      '../golden/suggestions.jsonl',
    );
  });

  it('GIVEN every prefix and one-typo form of every name THEN resolve finds what it found before', async () => {
    const resolved = typedQueries().map((q) => `${JSON.stringify(q)} ${lexicon.resolve(q)?.id ?? '-'}`);
    await expect(`${resolved.join('\n')}\n`).toMatchFileSnapshot('../golden/resolved.txt');
  });
});
