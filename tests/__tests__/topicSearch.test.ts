import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/engine/normalize.js';
import { topicSearch } from '../../src/engine/topicSearch.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';

// A fixture with one fact per topic, so each expectation names the words that decide it.
const kb = loadKnowledge(fileURLToPath(new URL('../fixtures/knowledge/topics/', import.meta.url)));
const search = (q: string) => topicSearch(kb)(normalize(q));

describe('topic search over the facts’ words', () => {
  it('GIVEN two of a topic’s words WHEN searched THEN that topic, with its fact', () => {
    const hit = search('is interconnect bandwidth a big deal?');
    expect(hit?.topic).toBe('training-factors');
    expect(hit?.facts.map((f) => f.id)).toEqual(['training.factors']);
    expect(hit?.terms).toEqual(['interconnect', 'bandwidth']);
  });

  it('GIVEN Chinese words WHEN searched THEN the topic whose Chinese text has them', () => {
    expect(search('那两位CEO怎么回答的')?.topic).toBe('why-not-amd');
  });

  it('GIVEN a typo in a long word WHEN searched THEN it still matches', () => {
    expect(search('interconect bandwith?')?.topic).toBe('training-factors');
  });

  it('GIVEN only one word in common WHEN searched THEN no hit', () => {
    expect(search('what about bandwidth')).toBeUndefined();
  });

  it('GIVEN words two topics share as much WHEN searched THEN no hit rather than a guess', () => {
    // "packaging" is in the supply fact and the gap fact; "capacity" only in supply, "conservatively" only in gap.
    expect(search('packaging capacity conservatively')).toBeUndefined();
    expect(search('packaging capacity')?.topic).toBe('supply');
  });

  it('GIVEN only function words and a short near miss WHEN searched THEN no hit', () => {
    // "the" is one letter from "they"; short words match only exactly.
    expect(search('what is the deal with them')).toBeUndefined();
  });

  it('GIVEN a text of thousands of words WHEN searched THEN it is read up to its bound and still answers', () => {
    const long = `interconnect bandwidth ${'zzz '.repeat(5_000)}`;
    expect(search(long)?.topic).toBe('training-factors');
  });
});
