import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/engine/normalize.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import type { Fact, Metric, Quantity } from '../../src/knowledge/schema.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));
const ARTICLE = readFileSync(new URL('../../knowledge/article.txt', import.meta.url), 'utf8');

const kb = loadKnowledge(KNOWLEDGE_DIR);

/** The facts matching a metric (and subject), so spot checks query structured values, not wording. */
const factsWhere = (where: Partial<Pick<Fact, 'metric' | 'subject' | 'topic' | 'gpu'>>): Fact[] =>
  kb.facts.filter((f) => Object.entries(where).every(([key, value]) => f[key as keyof Fact] === value));

function onlyFact(where: Partial<Pick<Fact, 'metric' | 'subject' | 'topic' | 'gpu'>>): Fact {
  const found = factsWhere(where);
  expect(found, JSON.stringify(where)).toHaveLength(1);
  return found[0] as Fact;
}

const quantity = (where: Partial<Pick<Fact, 'metric' | 'subject' | 'topic' | 'gpu'>>): Quantity | undefined =>
  onlyFact(where).quantity;

const duplicates = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('production knowledge: loading and integrity', () => {
  it('GIVEN the knowledge folder WHEN loaded THEN it has the source, the article and every part', () => {
    expect(kb.source.url).toBe('https://gpus.llm-utils.org/nvidia-h100-gpus-supply-and-demand/');
    expect(kb.source.author).toBe('GPU Utils');
    expect(kb.article).toBe(ARTICLE);
    expect(kb.facts.length).toBeGreaterThan(50);
    expect(kb.entities.length).toBeGreaterThan(30);
    expect(kb.caveats.length).toBeGreaterThan(3);
  });

  it('GIVEN the ids WHEN listed THEN fact, entity and caveat ids are each unique', () => {
    expect(duplicates(kb.facts.map((f) => f.id))).toEqual([]);
    expect(duplicates(kb.entities.map((e) => e.id))).toEqual([]);
    expect(duplicates(kb.caveats.map((c) => c.id))).toEqual([]);
  });

  it('GIVEN every entity name and alias WHEN normalised THEN none names two entities', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of kb.entities) {
      for (const name of new Set([e.name.en, e.name.zh, ...e.aliases].map(normalize))) {
        const other = owner.get(name);
        if (other !== undefined && other !== e.id) clashes.push(`"${name}": ${other} and ${e.id}`);
        owner.set(name, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('GIVEN every fact WHEN its references are followed THEN subject, objects, caveats and section all exist', () => {
    const sections = new Set(kb.source.sections.map((s) => s.id));
    for (const fact of kb.facts) {
      if (fact.subject !== undefined)
        expect(kb.entityById.has(fact.subject), `${fact.id}.subject`).toBe(true);
      for (const object of fact.objects)
        expect(kb.entityById.has(object), `${fact.id} → ${object}`).toBe(true);
      for (const caveat of fact.caveats)
        expect(kb.caveatById.has(caveat), `${fact.id} → ${caveat}`).toBe(true);
      expect(sections.has(fact.section), `${fact.id}.section`).toBe(true);
    }
  });

  it('GIVEN every fact and caveat quote WHEN looked up THEN it is a verbatim substring of knowledge/article.txt', () => {
    const notFound = [
      ...kb.facts.filter((f) => !ARTICLE.includes(f.quote)).map((f) => f.id),
      ...kb.caveats.filter((c) => c.quote !== undefined && !ARTICLE.includes(c.quote)).map((c) => c.id),
    ];
    expect(notFound).toEqual([]);
  });

  it('GIVEN every fact WHEN read THEN it has text in both languages and a unit exactly when it has a quantity', () => {
    for (const fact of kb.facts) {
      expect(fact.text.en.trim(), fact.id).not.toBe('');
      expect(fact.text.zh, fact.id).toMatch(/\p{Script=Han}/u);
      expect(fact.unit === undefined, fact.id).toBe(fact.quantity === undefined);
    }
  });

  it('GIVEN every section WHEN listed THEN at least one fact cites it', () => {
    const cited = new Set(kb.facts.map((f) => f.section));
    expect(kb.source.sections.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('GIVEN the lookups WHEN compared with the lists THEN they hold the same items', () => {
    expect([...kb.factById.keys()]).toEqual(kb.facts.map((f) => f.id));
    expect([...kb.entityById.keys()]).toEqual(kb.entities.map((e) => e.id));
    expect([...kb.caveatById.keys()]).toEqual(kb.caveats.map((c) => c.id));
  });
});

describe('production knowledge: the article’s facts are there', () => {
  it.each([
    ['openai', 50_000],
    ['inflection', 22_000],
    ['meta', 25_000],
    ['azure', 30_000],
    ['google-cloud', 30_000],
    ['aws', 30_000],
    ['oracle', 30_000],
    ['other-private-clouds', 100_000],
    ['anthropic', 10_000],
    ['helsing', 10_000],
    ['mistral', 10_000],
    ['character-ai', 10_000],
  ])('GIVEN §02 WHEN asking what %s wants THEN it is %d H100s', (subject, value) => {
    const fact = onlyFact({ metric: 'h100-demand', subject });
    expect(fact.quantity).toEqual({ value });
    expect(fact.gpu).toBe('H100');
    expect(fact.section).toBe('02');
  });

  it('GIVEN §02 WHEN asking about Meta THEN there is also the "some say" 100,000', () => {
    const high = onlyFact({ metric: 'h100-demand-high', subject: 'meta' });
    expect(high.quantity).toEqual({ value: 100_000 });
    expect(high.hedge).toBe('some-say');
  });

  it('GIVEN §02 WHEN its line items are added with Meta at 100,000 THEN they make the stated total of 432,000', () => {
    const items = factsWhere({ metric: 'h100-demand' }).map((f) =>
      f.subject === 'meta' ? onlyFact({ metric: 'h100-demand-high', subject: 'meta' }) : f,
    );
    const sum = items.reduce(
      (total, f) => total + (f.quantity !== undefined && 'value' in f.quantity ? f.quantity.value : 0),
      0,
    );

    expect(quantity({ metric: 'h100-demand-total' })).toEqual({ value: 432_000 });
    expect(sum).toBe(432_000);
  });

  it('GIVEN the money facts WHEN read THEN an H100 is about $35,000 and the demand is worth about $15B', () => {
    expect(quantity({ metric: 'h100-price' })).toEqual({ value: 35_000 });
    expect(onlyFact({ metric: 'h100-price' }).unit).toBe('usd-per-gpu');
    expect(quantity({ metric: 'demand-value' })).toEqual({ value: 15_000_000_000 });
    expect(onlyFact({ metric: 'demand-value' }).unit).toBe('usd');
  });

  it('GIVEN the headline WHEN read THEN the conservative gap is 430,000', () => {
    const gap = onlyFact({ metric: 'h100-gap' });
    expect(gap.quantity).toEqual({ value: 430_000 });
    expect(gap.hedge).toBe('conservative');
  });

  it.each([
    ['openai', ['azure']],
    ['inflection', ['azure', 'coreweave']],
    ['anthropic', ['aws', 'google-cloud']],
    ['cohere', ['aws']],
    ['hugging-face', ['aws']],
    ['stability-ai', ['aws']],
    ['character-ai', ['google-cloud']],
    ['xai', ['oracle']],
    ['nvidia', ['azure']],
  ])('GIVEN §05’s cloud list WHEN asking which cloud %s uses THEN it is %j', (subject, clouds) => {
    const fact = factsWhere({ topic: 'cloud-usage', subject }).find((f) => f.section === '05');
    expect(fact?.objects).toEqual(clouds);
  });

  it('GIVEN §05’s cloud list WHEN reversed THEN Azure’s users are OpenAI, Inflection and Nvidia', () => {
    const users = kb.facts
      .filter((f) => f.topic === 'cloud-usage' && f.section === '05' && f.objects.includes('azure'))
      .map((f) => f.subject);
    expect(users).toEqual(['openai', 'inflection', 'nvidia']);
  });

  it('GIVEN §05 WHEN comparing H100 with A100 THEN 16-bit inference is about 3.5× and training about 2.3×', () => {
    const inference = onlyFact({ metric: 'speedup-16bit-inference' });
    const training = onlyFact({ metric: 'speedup-16bit-training' });

    expect(inference).toMatchObject({
      quantity: { value: 3.5 },
      unit: 'times',
      subject: 'h100',
      objects: ['a100'],
    });
    expect(training).toMatchObject({
      quantity: { value: 2.3 },
      unit: 'times',
      subject: 'h100',
      objects: ['a100'],
    });
  });

  it.each<[string, Metric, string, object]>([
    ['meta', 'a100-holdings', 'A100', { value: 21_000 }],
    ['tesla', 'a100-holdings', 'A100', { value: 7_000 }],
    ['stability-ai', 'a100-holdings', 'A100', { value: 5_000 }],
    ['google-cloud', 'h100-holdings', 'H100', { value: 25_000 }],
    ['azure', 'h100-holdings', 'H100', { min: 10_000, max: 40_000 }],
    ['oracle', 'h100-holdings', 'H100', { min: 10_000, max: 40_000 }],
    ['coreweave', 'h100-holdings', 'H100', { min: 35_000, max: 40_000 }],
    ['gpt-4', 'training-gpus', 'A100', { min: 10_000, max: 25_000 }],
    ['falcon-40b', 'training-gpus', 'A100', { value: 384 }],
    ['inflection', 'training-gpus', 'H100', { value: 3_500 }],
    ['gpt-5', 'training-gpus-needed', 'H100', { min: 30_000, max: 50_000 }],
  ])('GIVEN §03 WHEN asking what %s has (%s) THEN it is %s %j', (subject, metric, gpu, value) => {
    const fact = onlyFact({ metric, subject });
    expect(fact.gpu).toBe(gpu);
    expect(fact.quantity).toEqual(value);
  });

  it('GIVEN §03 WHEN reading the hedges THEN CoreWeave’s are booked, GPT-5’s per Musk, Oracle’s similar to Azure', () => {
    expect(onlyFact({ metric: 'h100-holdings', subject: 'coreweave' }).hedge).toBe('booked-not-delivered');
    expect(onlyFact({ metric: 'training-gpus-needed', subject: 'gpt-5' }).hedge).toBe('per-musk');
    expect(onlyFact({ metric: 'h100-holdings', subject: 'oracle' }).hedge).toBe('similar');
  });

  it('GIVEN §04 WHEN asking who makes the H100 THEN it is TSMC, and Samsung and Intel cannot for now', () => {
    const tsmc = factsWhere({ topic: 'foundry', subject: 'tsmc' });
    expect(tsmc.length).toBeGreaterThan(0);
    expect(tsmc.every((f) => f.objects.includes('h100'))).toBe(true);
    const others = onlyFact({ topic: 'foundry', subject: 'samsung' });
    expect(others.objects).toContain('intel');
    expect(others.quote).toContain('至少现在不行');
    expect(onlyFact({ topic: 'supply', metric: 'bottleneck' }).quote).toContain('供应');
  });

  it('GIVEN §01 WHEN asking who needs 1,000+ and 100+ THEN the groups are there with those thresholds', () => {
    const needs = factsWhere({ topic: 'who-needs' });
    const at1000 = needs.filter(
      (f) => f.quantity !== undefined && 'value' in f.quantity && f.quantity.value === 1_000,
    );
    expect(at1000.map((f) => f.subject)).toEqual(
      expect.arrayContaining(['llm-startups', 'big-clouds', 'oracle', 'other-private-clouds', 'tesla']),
    );
    expect(onlyFact({ topic: 'who-needs', subject: 'llm-startups' }).objects).toEqual(
      expect.arrayContaining(['openai', 'anthropic', 'inflection', 'mistral']),
    );
    expect(onlyFact({ topic: 'who-needs', subject: 'fine-tuning-startups' }).quantity).toEqual({
      value: 100,
    });
  });

  it('GIVEN §02’s exclusions WHEN read THEN ByteDance, Baidu and Tencent need H800s, and finance firms are left out too', () => {
    for (const subject of ['bytedance', 'baidu', 'tencent']) {
      const fact = onlyFact({ topic: 'not-counted', subject });
      expect(fact.gpu).toBe('H800');
      expect(fact.quantity).toBeUndefined();
    }
    expect(factsWhere({ topic: 'not-counted', subject: 'finance-companies' })).toHaveLength(1);
  });

  it('GIVEN §05 WHEN reading what matters for training THEN memory bandwidth, FLOPS and FP8 are among them', () => {
    const list = onlyFact({ topic: 'training-factors', metric: 'training-factors', subject: undefined });
    for (const word of ['内存带宽', 'FLOPS', 'FP8', '缓存', 'InfiniBand']) expect(list.quote).toContain(word);
  });

  it('GIVEN the GPU choice WHEN read THEN the 8-GPU HGX H100 SXM is the one people want', () => {
    expect(factsWhere({ topic: 'gpu-choice' }).some((f) => f.quote.includes('8-GPU HGX H100 SXM'))).toBe(
      true,
    );
  });

  it('GIVEN "why not AMD" WHEN read THEN the fact exists and carries no invented reason or number', () => {
    const amd = onlyFact({ topic: 'why-not-amd' });
    expect(amd.subject).toBe('amd');
    expect(amd.quantity).toBeUndefined();
  });

  it('GIVEN the source facts WHEN read THEN the link and the publisher are quoted', () => {
    expect(factsWhere({ topic: 'source' }).some((f) => f.quote.includes(kb.source.url))).toBe(true);
    expect(factsWhere({ topic: 'source' }).some((f) => f.quote.includes('华尔街见闻'))).toBe(true);
  });

  it('GIVEN the entities WHEN spot-checked THEN the article’s misspellings and Chinese names resolve to them', () => {
    const owner = (name: string) =>
      kb.entities.find((e) => [e.name.en, e.name.zh, ...e.aliases].map(normalize).includes(normalize(name)))
        ?.id;

    expect(owner('CoreWeavw')).toBe('coreweave');
    expect(owner('GPC')).toBe('google-cloud');
    expect(owner('台积电')).toBe('tsmc');
    expect(owner('特斯拉')).toBe('tesla');
    expect(owner('字节')).toBe('bytedance');
    expect(owner('X.ai')).toBe('xai');
  });
});
