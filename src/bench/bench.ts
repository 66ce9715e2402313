#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_KNOWLEDGE_DIR } from '../cli/knowledgeDir.js';
import { createEngine } from '../engine/createEngine.js';
import { loadKnowledge } from '../knowledge/loadKnowledge.js';
import { answerPercentiles, benchAnswers } from './answerBench.js';
import { timeToFirstOutput } from './coldStart.js';
import { median, round } from './stats.js';

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

  results.rss_mb = round(process.memoryUsage().rss / 2 ** 20, 1);
  console.log(`rss: ${results.rss_mb} MB`);
  console.log(JSON.stringify(results));
}

await main();
