import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/discord/createRouter.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { createRateLimiter } from '../../src/limits/tokenBucket.js';
import { silentLogger } from '../../src/log/logger.js';
import { createMetrics } from '../../src/metrics/createMetrics.js';
import { send, sendSigned, startServer } from '../support/httpHarness.js';
import { autocomplete, buttonClick, chatInput } from '../support/interactions.js';
import { parseScrape } from '../support/prometheus.js';

const engine = createEngine(loadKnowledge(join(import.meta.dirname, '../../knowledge')));

describe('GET /metrics on the HTTP endpoint (Prometheus text, parsed)', () => {
  it('counts interactions and questions by command, kind, language and outcome, rate limits, failures, and times engine and replies', async () => {
    const metrics = createMetrics();
    let limited = false;
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1 / 3600 });
    const router = createRouter({
      engine,
      logger: silentLogger,
      observer: metrics.observer,
      // Only the last request is limited: the limiter sees a user only once it is switched on.
      rateLimiter: { take: (key) => (limited ? limiter.take(key) : { ok: true }) },
      charts: (answer) => {
        if (answer.kind === 'holdings') throw new Error('chart failed');
        return undefined;
      },
    });
    const server = await startServer(router, {
      metrics: metrics.endpoint,
      observer: metrics.observer,
      quiet: true,
    });
    try {
      const post = async (interaction: unknown) => {
        const result = await sendSigned(server.port, server.keys, JSON.stringify(interaction));
        expect(result.status).toBe(200);
      };
      await post(chatInput('who-uses', { cloud: 'azure' }));
      await post(chatInput('who-uses', { cloud: 'aws' }, 'zh-CN'));
      await post(chatInput('ask', { question: 'what cloud does Apple use?' }));
      await post(chatInput('ask', { question: '   ' }));
      await post(chatInput('holdings', { company: 'tesla' }));
      await post(autocomplete('cloud', 'company', 'open'));
      await post(buttonClick('h1|l|zh|who uses azure'));
      limited = true;
      await post(chatInput('gap'));
      await post(chatInput('gap'));

      const scraped = await send(server.port, { method: 'GET', path: '/metrics' });
      expect(scraped.status).toBe(200);
      expect(String(scraped.headers['content-type'])).toMatch(/^text\/plain; version=0\.0\.4/);
      const scrape = parseScrape(scraped.text);

      expect(scrape.family('h100bot_questions_total')?.type).toBe('COUNTER');
      expect(
        scrape.value('h100bot_questions_total', {
          command: 'who-uses',
          outcome: 'answered',
          kind: 'cloud-users',
          lang: 'en',
        }),
      ).toBe(1);
      expect(scrape.value('h100bot_questions_total', { command: 'who-uses', lang: 'zh' })).toBe(1);
      expect(
        scrape.value('h100bot_questions_total', { command: 'ask', outcome: 'not_found', kind: 'not-found' }),
      ).toBe(1);
      expect(
        scrape.value('h100bot_questions_total', { command: 'ask', outcome: 'rejected', kind: 'error' }),
      ).toBe(1);
      expect(scrape.value('h100bot_questions_total', { command: 'gap' })).toBe(1);
      // The button re-render is timed but is not a new question.
      expect(scrape.value('h100bot_questions_total', { command: 'button' })).toBe(0);
      expect(scrape.count('h100bot_engine_seconds', { command: 'button' })).toBe(1);

      expect(scrape.value('h100bot_interactions_total', { type: 'command' })).toBe(7);
      expect(scrape.value('h100bot_interactions_total', { type: 'autocomplete', command: 'cloud' })).toBe(1);
      expect(scrape.value('h100bot_interactions_total', { type: 'component', command: 'button:lang' })).toBe(
        1,
      );
      expect(scrape.value('h100bot_rate_limited_total', { command: 'gap' })).toBe(1);
      expect(scrape.value('h100bot_failures_total', { command: 'holdings', kind: 'error' })).toBe(1);

      expect(scrape.family('h100bot_engine_seconds')?.type).toBe('HISTOGRAM');
      expect(scrape.count('h100bot_engine_seconds')).toBe(7);
      // Every answered POST, the rate-limited one included, is timed from receipt to reply.
      expect(scrape.count('h100bot_reply_seconds', { transport: 'http' })).toBe(9);
      // Node's process metrics come with it.
      expect(scrape.family('process_cpu_user_seconds_total')?.type).toBe('COUNTER');
      expect(scrape.value('nodejs_heap_size_total_bytes')).toBeGreaterThan(0);

      expect((await send(server.port, { method: 'POST', path: '/metrics' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('is not served when no metrics are given', async () => {
    const server = await startServer(createRouter({ engine, logger: silentLogger }), { quiet: true });
    try {
      expect((await send(server.port, { method: 'GET', path: '/metrics' })).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
