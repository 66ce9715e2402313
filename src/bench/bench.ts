#!/usr/bin/env node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// The tests' local Discord (REST + gateway on loopback): the bench logs the real bot in to it.
import { startLocalDiscord } from '../../tests/support/localDiscord.js';
import { createApp } from '../app/createApp.js';
import { chartForAnswer } from '../chart/chartForAnswer.js';
import { createChartRenderer } from '../chart/renderChart.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../cli/knowledgeDir.js';
import { createEngine, type Engine } from '../engine/createEngine.js';
import { generateSigningKeys } from '../http/signRequest.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { loadKnowledge } from '../knowledge/loadKnowledge.js';
import { silentLogger } from '../log/logger.js';
import { benchAdversarial } from './adversarialBench.js';
import { ADVERSARIAL_LENGTH, adversarialCorpus } from './adversarialCorpus.js';
import { answerPercentiles, benchAnswers } from './answerBench.js';
import { benchCharts } from './chartBench.js';
import { timeToExit, timeToFirstOutput } from './coldStart.js';
import { benchPingUnderFlood } from './floodBench.js';
import { freePort } from './freePort.js';
import { benchHttp, commandInteraction } from './httpBench.js';
import { idleRss } from './idleRss.js';
import { npmScriptCommand } from './npmScriptCommand.js';
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
  const results: Results = {};
  const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  const engine = createEngine(kb);
  const { values } = parseArgs({
    options: { questions: { type: 'string', default: QUESTIONS }, only: { type: 'string' } },
  });
  const want = sectionFilter(values.only);
  const questions = readQuestions(values.questions);

  if (want('answers')) await answerSection(engine, questions, results);
  // Beside the answers, before charts and the in-process HTTP clients fill the heap, so the figure is
  // the engine's and not a garbage collection of the bench's own.
  if (want('adversarial')) adversarialSection(engine, results);
  if (want('cold')) await coldSection(results);
  if (want('rss')) {
    Object.assign(results, await idleFootprints());
    console.log(
      `idle RSS (median of ${RSS_RUNS} starts): gateway bot after READY from the local Discord ${results.gateway_rss_mb} MB; npm run serve ${results.serve_rss_mb} MB`,
    );
  }
  // Measured before charts and HTTP load the fonts and the servers: the engine's own footprint.
  results.rss_mb = round(process.memoryUsage().rss / 2 ** 20, 1);
  console.log(`rss after answering (engine only): ${results.rss_mb} MB`);
  if (want('charts')) await chartSection(engine, kb, results);
  if (want('http')) await httpSection(kb, results);
  if (want('flood')) await floodSection(results);
  if (want('redis')) await redisSection(kb, results);
  console.log(JSON.stringify(results));
}

/** The parts of the bench `--only` can pick, in the order they run. */
const SECTIONS = ['answers', 'cold', 'rss', 'charts', 'http', 'adversarial', 'flood', 'redis'] as const;
type Section = (typeof SECTIONS)[number];

/** `--only http,rss` runs those parts; without it, all of them. An unknown name is an error. */
function sectionFilter(only: string | undefined): (section: Section) => boolean {
  if (only === undefined) return () => true;
  const picked = only.split(',').map((name) => name.trim());
  const unknown = picked.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`--only: unknown part ${unknown.join(', ')}; the parts are ${SECTIONS.join(', ')}`);
  return (section) => picked.includes(section);
}

type Results = Record<string, number>;

async function answerSection(engine: Engine, questions: readonly string[], results: Results): Promise<void> {
  const samples = benchAnswers(engine, questions, 200);
  const { p50, p99 } = answerPercentiles(samples);
  results.questions = questions.length;
  results.answer_p50_ms = round(p50, 4);
  results.answer_p99_ms = round(p99, 4);
  console.log(
    `answers: ${samples.length} timed over ${questions.length} questions; p50 ${p50.toFixed(4)} ms, p99 ${p99.toFixed(4)} ms`,
  );
}

async function coldSection(results: Results): Promise<void> {
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
  Object.assign(results, await coldStartRatios(runs));
  console.log(
    `cold start against its floors, whole runs, paired (median of ${runs}): node dist/cli/ask.js ${results.cold_start_exit_node_ms} ms / node -e 0 ${results.node_floor_ms} ms = ${results.cold_start_ratio_node}; npm run ask ${results.cold_start_exit_npm_ms} ms / a no-op npm run ${results.npm_floor_ms} ms = ${results.cold_start_ratio_npm}`,
  );
}

async function chartSection(engine: Engine, kb: KnowledgeBase, results: Results): Promise<void> {
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
      return [chartForAnswer(answer, kb, 'en'), chartForAnswer(answer, kb, 'zh-Hans')];
    })
    .filter((spec) => spec !== undefined);
  // The first chart of a process loads everything charts need (fonts, opentype.js, resvg).
  const renderer = createChartRenderer();
  const firstStart = performance.now();
  if (specs[0] !== undefined) renderer.png(specs[0]);
  results.chart_first_ms = round(performance.now() - firstStart, 1);
  const chartSamples = await benchCharts(renderer, specs, 10);
  results.chart_p50_ms = round(median(chartSamples), 2);
  results.chart_p99_ms = round(percentile(chartSamples, 99), 2);
  console.log(
    `charts: ${chartSamples.length} renders of ${specs.length} charts; p50 ${results.chart_p50_ms} ms, p99 ${results.chart_p99_ms} ms (the first chart of the process, fonts and resvg loaded: ${results.chart_first_ms} ms)`,
  );
}

async function httpSection(kb: KnowledgeBase, results: Results): Promise<void> {
  // The real router, as `npm run serve` wires it, minus the per-user limit: every request comes from one user.
  const app = createApp(kb, { logger: silentLogger, ratePerMinute: 0 });
  const text = await benchHttp({
    router: app.router,
    interaction: commandInteraction('who-uses', [{ name: 'cloud', value: 'azure' }]),
    requests: 10_000,
    connections: 10,
    rounds: 5,
  });
  Object.assign(results, text);
  console.log(
    `http: ${text.http_rps} req/s through /interactions (signed /who-uses cloud:azure) vs ${text.http_fair_baseline_rps} req/s from a bare node server that verifies Ed25519 and parses the JSON: ratio ${text.http_ratio_fair} (vs ${text.http_baseline_rps} req/s from one that verifies nothing: ${text.http_ratio}); p99 ${text.http_p99_ms} ms; RSS growth over 100,000 requests ${text.http_rss_growth_mb} MB`,
  );
  // The same requests with the router's reply cache off: what each request costs when it is not a
  // repeat (the headline's requests are all the same command, so all but the first are cache hits).
  const uncached = await benchHttp({
    router: createApp(kb, { logger: silentLogger, ratePerMinute: 0, replyCacheSize: 0 }).router,
    interaction: commandInteraction('who-uses', [{ name: 'cloud', value: 'azure' }]),
    requests: 10_000,
    connections: 10,
    rssRequests: 10_000,
    rounds: 3,
  });
  results.http_uncached_rps = uncached.http_rps;
  results.http_ratio_fair_uncached = uncached.http_ratio_fair;
  console.log(
    `http without the reply cache: ${uncached.http_rps} req/s vs ${uncached.http_fair_baseline_rps} req/s from the verifying server: ratio ${uncached.http_ratio_fair}`,
  );
  // A reply with a chart is a ~70 KB multipart body; measured apart so the headline stays comparable.
  const chart = await benchHttp({
    router: app.router,
    requests: 2_000,
    connections: 10,
    rssRequests: 2_000,
    rounds: 3,
  });
  results.http_chart_rps = chart.http_rps;
  results.http_chart_ratio = chart.http_ratio;
  results.http_chart_p99_ms = chart.http_p99_ms;
  console.log(
    `http with a chart (signed /gap price:30000): ${chart.http_rps} req/s, ratio ${chart.http_ratio}, p99 ${chart.http_p99_ms} ms`,
  );
}

function adversarialSection(engine: Engine, results: Results): void {
  // The engine's public API on hostile inputs, with no adapter bounding them: how long one request
  // could hold the event loop if an entry point forgot its bound. Fifteen runs each: on shared cores a
  // median of three was often a preemption or a GC, not the engine.
  const adversarialRuns = 15;
  const adversarial = benchAdversarial(engine, adversarialCorpus(), adversarialRuns);
  const worst = adversarial.reduce((a, b) =>
    Math.max(b.askMs, b.suggestMs) > Math.max(a.askMs, a.suggestMs) ? b : a,
  );
  results.adversarial_worst_ms = round(Math.max(worst.askMs, worst.suggestMs), 1);
  for (const t of adversarial) {
    console.log(`adversarial: ${t.name}: ask ${t.askMs.toFixed(1)} ms, suggest ${t.suggestMs.toFixed(1)} ms`);
  }
  console.log(
    `adversarial (median of ${adversarialRuns}, ${ADVERSARIAL_LENGTH} characters each): worst ${results.adversarial_worst_ms} ms (${worst.name})`,
  );
}

async function floodSection(results: Results): Promise<void> {
  // One user floods the endpoint (real router and rate limits, server on its own thread) while PINGs are timed.
  const flood = await benchPingUnderFlood({
    knowledgeDir: DEFAULT_KNOWLEDGE_DIR,
    durationMs: 5_000,
    floodConnections: 4,
    pingEveryMs: 10,
  });
  Object.assign(results, flood);
  console.log(
    `ping under flood: p50 ${flood.ping_p50_under_flood_ms} ms, p99 ${flood.ping_p99_under_flood_ms} ms (idle p50 ${flood.ping_p50_idle_ms}, p99 ${flood.ping_p99_idle_ms}); flood ${flood.flood_rps} req/s of worst-case /ask and autocomplete`,
  );
}

async function redisSection(kb: KnowledgeBase, results: Results): Promise<void> {
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
}

/**
 * Whole runs (spawn to exit) of the CLI beside its floors, alternated so both see the same load:
 * `node -e 0` for `node dist/cli/ask.js`, and a no-op `npm run` script for `npm run ask`.
 */
async function coldStartRatios(runs: number): Promise<Record<string, number>> {
  const samples = { node: [] as number[], ask: [] as number[], npm: [] as number[], npmAsk: [] as number[] };
  for (let i = 0; i < runs; i++) {
    samples.node.push(await timeToExit(process.execPath, ['-e', '0'], ROOT));
    samples.ask.push(await timeToExit(process.execPath, ['dist/cli/ask.js', 'who uses azure'], ROOT));
    samples.npm.push(await timeToExit('npm', ['run', '-s', 'bench:noop'], ROOT));
    samples.npmAsk.push(await timeToExit('npm', ['run', '-s', 'ask', '--', 'who uses azure'], ROOT));
  }
  const [node, ask, npm, npmAsk] = [samples.node, samples.ask, samples.npm, samples.npmAsk].map(median) as [
    number,
    number,
    number,
    number,
  ];
  return {
    node_floor_ms: round(node, 1),
    cold_start_exit_node_ms: round(ask, 1),
    cold_start_ratio_node: round(ask / node, 2),
    npm_floor_ms: round(npm, 1),
    cold_start_exit_npm_ms: round(npmAsk, 1),
    cold_start_ratio_npm: round(npmAsk / npm, 2),
  };
}

const RSS_RUNS = 3;

/**
 * Idle resident memory of the two long-running entry points, started with the node flags their
 * package.json scripts give (`npm start`, `npm run serve`): the gateway bot logged in to the
 * tests' local Discord (on loopback), and the HTTP endpoint listening.
 */
async function idleFootprints(): Promise<{ gateway_rss_mb: number; serve_rss_mb: number }> {
  // A folder without .env, so a developer's own settings cannot change what is measured.
  const cwd = mkdtempSync(join(tmpdir(), 'bench-rss-'));
  const base = { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info' };
  const gateway: number[] = [];
  const serve: number[] = [];
  try {
    for (let i = 0; i < RSS_RUNS; i++) {
      const discord = await startLocalDiscord({ token: BENCH_TOKEN });
      try {
        gateway.push(
          await idleRss({
            ...npmScriptCommand(ROOT, 'start'),
            cwd,
            env: { ...base, DISCORD_TOKEN: BENCH_TOKEN, DISCORD_API_URL: discord.apiUrl },
            ready: /bot ready/,
          }),
        );
      } finally {
        await discord.close();
      }
      serve.push(
        await idleRss({
          ...npmScriptCommand(ROOT, 'serve'),
          cwd,
          env: {
            ...base,
            DISCORD_PUBLIC_KEY: generateSigningKeys().publicKeyHex,
            PORT: String(await freePort()),
            HOST: '127.0.0.1',
          },
          ready: /"listening"/,
        }),
      );
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
  return { gateway_rss_mb: round(median(gateway), 1), serve_rss_mb: round(median(serve), 1) };
}

/** Any well-formed token: the local Discord is told to accept this one only. */
const BENCH_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.bench-token-0123456789';

await main();
