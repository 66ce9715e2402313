#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from '../app/createApp.js';
import { chartForAnswer } from '../chart/chartForAnswer.js';
import { createChartRenderer } from '../chart/renderChart.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../cli/knowledgeDir.js';
import { createEngine } from '../engine/createEngine.js';
import { loadKnowledge } from '../knowledge/loadKnowledge.js';
import { silentLogger } from '../log/logger.js';
import { answerPercentiles, benchAnswers } from './answerBench.js';
import { benchCharts } from './chartBench.js';
import { timeToFirstOutput } from './coldStart.js';
import { benchHttp, commandInteraction } from './httpBench.js';
import { benchRedisHttp } from './redisHttpBench.js';
import { median, percentile, round } from './stats.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const QUESTIONS = fileURLToPath(new URL('../../tests/questions/questions.jsonl', import.meta.url));

function readQuestions(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => String(readQuestionField(JSON.parse(line) as { question?: unknown; q?: unknown })));
}

/** Our question set writes `question`; the shared eval sets write `q`. */
function readQuestionField(entry: { question?: unknown; q?: unknown }): string {
  return String(entry.question ?? entry.q ?? '');
}

/** `npm run bench`: prints figures as it goes and, as its last line, one JSON object of them all. */
async function main(): Promise<void> {
  const results: Record<string, number> = {};
  const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  const engine = createEngine(kb);
  const { values } = parseArgs({ options: { questions: { type: 'string', default: QUESTIONS } } });
  const questions = readQuestions(values.questions);

  const samples = benchAnswers(engine, questions, 200);
  const { p50, p99 } = answerPercentiles(samples);
  results.questions = questions.length;
  results.answer_p50_ms = round(p50, 4);
  results.answer_p99_ms = round(p99, 4);
  console.log(
    `answers: ${samples.length} timed over ${questions.length} questions; p50 ${p50.toFixed(4)} ms, p99 ${p99.toFixed(4)} ms`,
  );

  const runs = 7;
  const viaNpm: number[] = [];
  const viaNode: number[] = [];
  for (let i = 0; i < runs; i++) {
    viaNpm.push(await timeToFirstOutput('npm', ['run', '-s', 'ask', '--', 'who uses azure'], ROOT));
    viaNode.push(await timeToFirstOutput(process.execPath, ['dist/cli/ask.js', 'who uses azure'], ROOT));
  }
  results.cold_start_ms = round(median(viaNpm), 1);
  results.cold_start_node_ms = round(median(viaNode), 1);
  console.log(
    `cold start (median of ${runs}): npm run ask ${results.cold_start_ms} ms; node dist/cli/ask.js ${results.cold_start_node_ms} ms (the difference is npm's own start-up)`,
  );

  // Measured before charts and HTTP load the fonts and the servers: the engine's own footprint.
  results.rss_mb = round(process.memoryUsage().rss / 2 ** 20, 1);
  console.log(`rss after answering (engine only): ${results.rss_mb} MB`);

  const renderer = createChartRenderer();
  const fontStart = performance.now();
  renderer.preload();
  results.chart_font_load_ms = round(performance.now() - fontStart, 1);
  const specs = [
    '/gap',
    '/gap meta:25k',
    '/demand company:openai',
    '/holdings company:azure',
    '缺口有多大？',
    '/holdings',
  ]
    .flatMap((q) => {
      const answer = engine.ask(q);
      return [chartForAnswer(answer, kb, 'en'), chartForAnswer(answer, kb, 'zh')];
    })
    .filter((spec) => spec !== undefined);
  const chartSamples = await benchCharts(renderer, specs, 10);
  results.chart_p50_ms = round(median(chartSamples), 2);
  results.chart_p99_ms = round(percentile(chartSamples, 99), 2);
  console.log(
    `charts: ${chartSamples.length} renders of ${specs.length} charts; p50 ${results.chart_p50_ms} ms, p99 ${results.chart_p99_ms} ms (fonts parsed once in ${results.chart_font_load_ms} ms)`,
  );

  // The real router, as `npm run serve` wires it, minus the per-user limit: every request comes from one user.
  const app = createApp(kb, { logger: silentLogger, ratePerMinute: 0 });
  const text = await benchHttp({
    router: app.router,
    interaction: commandInteraction('who-uses', [{ name: 'cloud', value: 'azure' }]),
    requests: 20_000,
    connections: 10,
  });
  Object.assign(results, text);
  console.log(
    `http: ${text.http_rps} req/s through /interactions (signed /who-uses cloud:azure) vs ${text.http_baseline_rps} req/s from a bare node server; ratio ${text.http_ratio}; p99 ${text.http_p99_ms} ms; RSS growth over 100,000 requests ${text.http_rss_growth_mb} MB`,
  );
  // A reply with a chart is a ~70 KB multipart body; measured apart so the headline stays comparable.
  const chart = await benchHttp({ router: app.router, requests: 5_000, connections: 10, rssRequests: 5_000 });
  results.http_chart_rps = chart.http_rps;
  results.http_chart_ratio = chart.http_ratio;
  results.http_chart_p99_ms = chart.http_p99_ms;
  console.log(
    `http with a chart (signed /gap price:30000): ${chart.http_rps} req/s, ratio ${chart.http_ratio}, p99 ${chart.http_p99_ms} ms`,
  );

  const redis = await benchRedisHttp(kb, process.env.REDIS_URL, 10_000, 3);
  if (redis === undefined) {
    console.log('http with REDIS_URL: skipped (no REDIS_URL and no redis-server on PATH)');
  } else {
    Object.assign(results, redis);
    console.log(
      `http /who-uses with the rate limit in Redis (REDIS_URL): ${redis.http_redis_limit_rps} req/s vs ${redis.http_local_limit_rps} req/s in memory (medians of 3 alternating rounds); ratio ${redis.http_redis_ratio}; p99 ${redis.http_redis_p99_ms} ms`,
    );
    console.log(
      `router alone, one request at a time (median): ${redis.router_redis_limit_ms} ms with the limit in Redis vs ${redis.router_local_limit_ms} ms in memory (autocannon shares this process, so the HTTP rates above also measure how the two interleave with it)`,
    );
  }

  console.log(JSON.stringify(results));
}

await main();
