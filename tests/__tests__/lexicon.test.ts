import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../src/engine/lexicon.js';
import { normalize } from '../../src/engine/normalize.js';
import type { Entity } from '../../src/knowledge/schema.js';

/** A small entity list of its own, so these tests do not move when the production knowledge does. */
const entity = (e: Partial<Entity> & Pick<Entity, 'id' | 'kind' | 'name'>): Entity => ({
  aliases: [],
  inArticle: true,
  members: [],
  ...e,
});

const FIXTURE: Entity[] = [
  entity({
    id: 'azure',
    kind: 'cloud',
    name: { en: 'Azure', zh: '微软云' },
    aliases: ['Microsoft Azure', 'MSFT'],
  }),
  entity({ id: 'aws', kind: 'cloud', name: { en: 'AWS', zh: '亚马逊云' }, aliases: ['Amazon Web Services'] }),
  entity({
    id: 'coreweave',
    kind: 'cloud',
    name: { en: 'CoreWeave', zh: 'CoreWeave' },
    aliases: ['Core Weave'],
  }),
  entity({ id: 'openai', kind: 'company', name: { en: 'OpenAI', zh: 'OpenAI' }, aliases: ['Open AI'] }),
  entity({ id: 'anthropic', kind: 'company', name: { en: 'Anthropic', zh: 'Anthropic' } }),
  entity({ id: 'openweave', kind: 'company', name: { en: 'OpenWeave', zh: '开织' } }),
  entity({ id: 'tsmc', kind: 'foundry', name: { en: 'TSMC', zh: '台积电' } }),
  entity({ id: 'apple', kind: 'company', name: { en: 'Apple', zh: '苹果' }, inArticle: false }),
];

const lexicon = createLexicon(FIXTURE);

/** The entity ids the lexicon's patterns find in a text, in order, the way the question reader matches them. */
function entityIdsIn(text: string): string[] {
  const normalized = normalize(text);
  const spans = lexicon.findPhrases(normalized).map((f) => ({ at: f.start, phrase: f.phrase }));
  return spans
    .sort((a, b) => a.at - b.at)
    .flatMap(({ phrase }) => lexicon.meanings.get(phrase)?.entities.map((e) => e.id) ?? []);
}

const ids = (entities: readonly Entity[]) => entities.map((e) => e.id);

describe('createLexicon: exact names', () => {
  it.each([
    ['Azure', 'azure'],
    ['微软云', 'azure'],
    ['Microsoft Azure', 'azure'],
    ['AWS', 'aws'],
    ['亚马逊云', 'aws'],
    ['Amazon Web Services', 'aws'],
    ['Open AI', 'openai'],
    ['台积电', 'tsmc'],
  ])('GIVEN the name or alias %j WHEN resolved THEN it is %s', (query, id) => {
    expect(lexicon.resolve(query)?.id).toBe(id);
  });

  it.each(['azure', 'AZURE', 'aZuRe', '  Azure  ', 'ＡＺＵＲＥ', 'microsoft   azure'])(
    'GIVEN %j WHEN resolved THEN case, width and spacing do not matter',
    (query) => {
      expect(lexicon.resolve(query)?.id).toBe('azure');
    },
  );

  it('GIVEN every name and alias WHEN the lexicon is built THEN each is a phrase meaning its entity', () => {
    for (const e of FIXTURE) {
      for (const name of [e.name.en, e.name.zh, ...e.aliases]) {
        expect(ids(lexicon.meanings.get(normalize(name))?.entities ?? [])).toContain(e.id);
      }
    }
  });

  it('GIVEN a kind filter WHEN resolving a name of another kind THEN nothing is returned', () => {
    expect(lexicon.resolve('azure', ['company'])).toBeUndefined();
    expect(lexicon.resolve('azure', ['cloud'])?.id).toBe('azure');
    expect(lexicon.resolve('openai', ['company', 'group'])?.id).toBe('openai');
  });

  it('GIVEN an entity the article does not cover WHEN resolved THEN it is still recognised, so the engine can abstain on it', () => {
    expect(lexicon.resolve('Apple')?.id).toBe('apple');
    expect(lexicon.resolve('苹果')?.inArticle).toBe(false);
  });
});

describe('createLexicon: matching inside questions', () => {
  it('GIVEN English and Chinese questions WHEN matched THEN names are found in both scripts', () => {
    expect(entityIdsIn('Who uses AWS?')).toEqual(['aws']);
    expect(entityIdsIn('谁在用微软云？')).toEqual(['azure']);
    expect(entityIdsIn('OpenAI用亚马逊云吗')).toEqual(['openai', 'aws']);
    expect(entityIdsIn('台积电生产H100吗')).toEqual(['tsmc']);
  });

  it('GIVEN a longer alias containing a shorter one WHEN matched THEN the longest phrase wins', () => {
    expect(entityIdsIn('is microsoft azure big?')).toEqual(['azure']);
    expect(lexicon.findPhrases(normalize('microsoft azure')).map((f) => f.phrase)).toEqual([
      'microsoft azure',
    ]);
  });

  it.each([
    ['"aws" inside "laws"', 'new laws on chips', 'aws'],
    ['"aws" inside "jaws"', 'the jaws of defeat', 'aws'],
    ['"aws" at the start of "awesome"', 'awsome results', 'aws'],
    ['"tsmc" inside a longer token', 'tsmcx fabs', 'tsmc'],
    ['"azure" inside "azures"', 'azures everywhere', 'azure'],
  ])('GIVEN %s WHEN matched THEN the ASCII name is not found without word boundaries', (_label, text, id) => {
    expect(entityIdsIn(text)).not.toContain(id);
  });

  it('GIVEN ASCII names next to Chinese characters or punctuation WHEN matched THEN they are found', () => {
    expect(entityIdsIn('用aws的公司')).toEqual(['aws']);
    expect(entityIdsIn('(AWS),Azure;OpenAI.')).toEqual(['aws', 'azure', 'openai']);
  });
});

describe('createLexicon: typos', () => {
  it.each([
    ['azuer', 'azure'],
    ['azrue', 'azure'],
    ['opnai', 'openai'],
    ['openia', 'openai'],
    ['anthropc', 'anthropic'],
    ['antrhopic', 'anthropic'],
    ['coreweav', 'coreweave'],
    ['corewave', 'coreweave'],
    ['AZUER', 'azure'],
  ])('GIVEN the misspelling %j WHEN resolved THEN it is %s', (query, id) => {
    expect(lexicon.resolve(query)?.id).toBe(id);
  });

  it.each([
    ['a three-letter near miss', 'awz'],
    ['a two-letter fragment', 'aw'],
    ['an unrelated word', 'netflix'],
    ['a word two edits from a short name', 'tsnq'],
    ['an empty query', ''],
    ['spaces only', '   '],
  ])('GIVEN %s WHEN resolved THEN nothing is guessed', (_label, query) => {
    expect(lexicon.resolve(query)).toBeUndefined();
  });

  it('GIVEN a misspelt cue word WHEN corrected THEN it maps to its cue group, but short words are never corrected', () => {
    expect(lexicon.correctCue('clouds')).toBe('cloud');
    expect(lexicon.correctCue('shortgae')).toBe('gap');
    expect(lexicon.correctCue('zzzzzzzz')).toBeUndefined();
    expect(lexicon.correctCue('gpa')).toBeUndefined();
  });
});

describe('createLexicon: suggest', () => {
  it('GIVEN an exact name WHEN suggesting THEN that entity comes first', () => {
    expect(ids(lexicon.suggest('OpenAI'))[0]).toBe('openai');
    expect(ids(lexicon.suggest('亚马逊云'))[0]).toBe('aws');
  });

  it('GIVEN a misspelling WHEN suggesting THEN the entity it misspells is ranked first', () => {
    expect(ids(lexicon.suggest('azuer'))[0]).toBe('azure');
    expect(ids(lexicon.suggest('coreweav'))[0]).toBe('coreweave');
    expect(ids(lexicon.suggest('anthropc'))[0]).toBe('anthropic');
  });

  it('GIVEN a prefix shared by two names WHEN suggesting THEN both are offered, the closer one first', () => {
    const suggestions = ids(lexicon.suggest('openw'));

    expect(suggestions[0]).toBe('openweave');
    expect(suggestions).toContain('openweave');
    expect(suggestions.indexOf('openweave')).toBeLessThan(
      suggestions.includes('openai') ? suggestions.indexOf('openai') : Number.POSITIVE_INFINITY,
    );
  });

  it('GIVEN a partial name WHEN suggesting THEN matching entities are offered for autocomplete', () => {
    expect(ids(lexicon.suggest('core'))).toContain('coreweave');
    expect(ids(lexicon.suggest('anthr'))[0]).toBe('anthropic');
  });

  it('GIVEN a limit WHEN suggesting THEN no more than that many come back, and no entity twice', () => {
    for (const limit of [1, 2, 3]) {
      const suggestions = lexicon.suggest('o', undefined, limit);
      expect(suggestions.length).toBeLessThanOrEqual(limit);
    }
    const all = ids(lexicon.suggest('a'));
    expect(new Set(all).size).toBe(all.length);
    expect(lexicon.suggest('azure', undefined, 0)).toEqual([]);
  });

  it('GIVEN a kind filter WHEN suggesting THEN only entities of those kinds come back', () => {
    const clouds = lexicon.suggest('o', ['cloud']);

    expect(clouds.every((e) => e.kind === 'cloud')).toBe(true);
    expect(ids(lexicon.suggest('opnai', ['cloud']))).not.toContain('openai');
  });

  it('GIVEN an entity the article does not cover WHEN suggesting THEN it is never offered', () => {
    expect(ids(lexicon.suggest('apple'))).not.toContain('apple');
    expect(ids(lexicon.suggest('苹果'))).not.toContain('apple');
  });

  it.each(['', '   '])('GIVEN the empty query %j WHEN suggesting THEN nothing is suggested', (query) => {
    expect(lexicon.suggest(query)).toEqual([]);
  });

  it('GIVEN nonsense WHEN suggesting THEN nothing is suggested', () => {
    expect(lexicon.suggest('qqqqqqqqqq')).toEqual([]);
  });
});
