import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnsweredEvent } from '../../src/app/botObserver.js';
import { createLruCache } from '../../src/cache/createLruCache.js';
import { createRouter } from '../../src/discord/createRouter.js';
import type { ChartProvider } from '../../src/discord/interactionRouter.js';
import { createEngine, type Engine } from '../../src/engine/createEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { silentLogger } from '../../src/log/logger.js';
import { chatInput } from '../support/interactions.js';

const engine = createEngine(loadKnowledge(join(import.meta.dirname, '../../knowledge')));

/** The engine, counting the commands it runs. */
function counting(): { engine: Engine; runs: () => number } {
  let runs = 0;
  return {
    engine: {
      ...engine,
      run: (command, lang) => {
        runs++;
        return engine.run(command, lang);
      },
    },
    runs: () => runs,
  };
}

const COMMANDS: readonly [string, Record<string, string | number>][] = [
  ['who-uses', { cloud: 'azure' }],
  ['who-uses', { cloud: 'aws' }],
  ['who-uses', { cloud: 'oracle' }],
  ['gap', {}],
  ['gap', { price: 30000 }],
  ['gap', { price: 25000 }],
  ['cloud', { company: 'anthropic' }],
  ['cloud', { company: 'netflix' }],
  ['holdings', { company: 'tesla' }],
  ['supply', {}],
];
const LOCALES = ['en-US', 'en-GB', 'zh-CN', 'zh-TW', 'ja'] as const;

describe('the router’s cache of slash-command replies', () => {
  it('GIVEN the same commands with different options and locales, interleaved and repeated WHEN routed THEN every reply is the one an uncached router gives', async () => {
    const cached = createRouter({ engine, logger: silentLogger });
    const uncached = createRouter({ engine, logger: silentLogger, replyCacheSize: 0 });
    const requests = LOCALES.flatMap((locale) =>
      COMMANDS.map(([name, options]) => ({ name, options, locale })),
    );
    const distinct = new Set<string>();
    for (const round of [requests, [...requests].reverse(), requests]) {
      for (const { name, options, locale } of round) {
        const got = await cached(chatInput(name, options, locale));
        const fresh = await uncached(chatInput(name, options, locale));
        expect(got, `${name} ${JSON.stringify(options)} ${locale}`).toEqual(fresh);
        distinct.add(JSON.stringify(fresh.response));
      }
    }
    // The cases differ from one another: a reply mixed up between them would have been seen.
    expect(distinct.size).toBeGreaterThanOrEqual(3 * COMMANDS.length);
  });

  it('GIVEN a command asked twice WHEN routed THEN the engine runs once, the same frozen reply is sent, and the observer hears both', async () => {
    const { engine: counted, runs } = counting();
    const answered: AnsweredEvent[] = [];
    const route = createRouter({
      engine: counted,
      logger: silentLogger,
      observer: { answered: (event) => answered.push(event) },
    });
    const first = await route(chatInput('who-uses', { cloud: 'azure' }));
    const second = await route(chatInput('who-uses', { cloud: 'azure' }));
    expect(runs()).toBe(1);
    const dataOf = (reply: typeof first) => ('data' in reply.response ? reply.response.data : undefined);
    expect(dataOf(second)).toBeDefined();
    expect(dataOf(second)).toBe(dataOf(first));
    expect(Object.isFrozen(dataOf(second))).toBe(true);
    expect(answered.map((a) => [a.command, a.question, a.answer.kind, a.lang])).toEqual([
      ['who-uses', '/who-uses cloud:azure', 'cloud-users', 'en'],
      ['who-uses', '/who-uses cloud:azure', 'cloud-users', 'en'],
    ]);
    // Another locale's reply language, or other options, is another reply.
    await route(chatInput('who-uses', { cloud: 'azure' }, 'zh-TW'));
    await route(chatInput('who-uses', { cloud: 'aws' }));
    expect(runs()).toBe(3);
  });

  it('GIVEN a reply that carries a chart WHEN asked again THEN it is rendered again (the chart cache keeps PNGs)', async () => {
    const { engine: counted, runs } = counting();
    const charts: ChartProvider = () => ({
      name: 'chart.png',
      data: Buffer.from('png'),
      contentType: 'image/png',
    });
    const route = createRouter({ engine: counted, logger: silentLogger, charts });
    await route(chatInput('gap', { price: 30000 }));
    await route(chatInput('gap', { price: 30000 }));
    expect(runs()).toBe(2);
  });

  it('GIVEN more distinct commands than it holds WHEN routed THEN the least recently used are run again', async () => {
    const { engine: counted, runs } = counting();
    const route = createRouter({ engine: counted, logger: silentLogger, replyCacheSize: 2 });
    for (const cloud of ['azure', 'aws', 'azure', 'oracle', 'azure', 'aws'])
      await route(chatInput('who-uses', { cloud }));
    // azure, aws: run; azure: kept; oracle: run (aws dropped); azure: kept; aws: run again.
    expect(runs()).toBe(4);
  });
});

describe('createLruCache', () => {
  it('GIVEN more entries than its capacity WHEN set THEN it keeps the most recently used, reads counting as use', () => {
    const cache = createLruCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now more recent than b
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([1, undefined, 3, 2]);
    cache.set('a', 10);
    expect([cache.get('a'), cache.size]).toEqual([10, 2]);
  });

  it('GIVEN a capacity under one WHEN created THEN it is refused', () => {
    expect(() => createLruCache(0)).toThrow(RangeError);
  });
});
