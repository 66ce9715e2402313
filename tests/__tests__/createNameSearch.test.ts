import { join } from 'node:path';
import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { createNameSearch, NAME_SEARCH_OPTIONS } from '../../src/engine/createNameSearch.js';
import { fold } from '../../src/engine/normalize.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';

const kb = loadKnowledge(join(import.meta.dirname, '../../knowledge'));
const rows = kb.entities.flatMap((e) =>
  [...new Set([e.name.en, e.name.zh, ...e.aliases].map(fold))].map((alias) => ({ alias, id: e.id })),
);
const search = createNameSearch(rows);
const plain = new Fuse(rows, NAME_SEARCH_OPTIONS);
const fuseSays = (query: string) => plain.search(query).map((r) => r.item);

// Queries built from the names' own characters, so that many of them match something.
const alphabet = [...new Set(rows.flatMap((r) => Array.from(r.alias)))];
const nameLike = fc
  .array(fc.constantFrom(...alphabet, ' ', 'x', 'é', '𝕏'), { maxLength: 80 })
  .map((chars) => chars.join(''));
const mangled = fc
  .tuple(fc.constantFrom(...rows.map((r) => r.alias)), fc.string({ maxLength: 6 }), fc.nat(40), fc.nat(3))
  .map(([alias, noise, at, cut]) => `${alias.slice(0, at)}${noise}${alias.slice(at + cut)}`);

describe('createNameSearch', () => {
  it('GIVEN any query THEN it returns exactly what fuse.js returns over every name, in the same order', () => {
    fc.assert(
      fc.property(fc.oneof(nameLike, mangled, fc.string({ maxLength: 70 })), (query) => {
        expect(search(query)).toEqual(fuseSays(query));
      }),
      { numRuns: 3000 },
    );
  });

  it('GIVEN names that match and long queries that cannot THEN both agree with fuse.js', () => {
    for (const query of [
      'azure',
      'azrue',
      'open',
      'o',
      '微软',
      'coreweav',
      'x'.repeat(64),
      '鑫'.repeat(64),
      ' ',
      '',
    ]) {
      expect(search(query), query).toEqual(fuseSays(query));
    }
    // The property above would pass on an empty matcher if fuse found nothing: it finds these.
    expect(search('azrue').length).toBeGreaterThan(0);
    expect(search('opnai azuer antropic coreweavw 微软云 opnai azuer antropic coreweav')).toEqual(
      fuseSays('opnai azuer antropic coreweavw 微软云 opnai azuer antropic coreweav'),
    );
  });
});
