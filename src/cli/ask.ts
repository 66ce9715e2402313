#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Answer } from '../engine/answer.js';
import { createEngine } from '../engine/createEngine.js';
import type { Lang } from '../engine/lang.js';
import { KnowledgeError } from '../knowledge/KnowledgeError.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { openKnowledge } from '../knowledge/openKnowledge.js';
import { renderText } from '../render/renderText.js';
import { compiledKnowledgeFor, DEFAULT_KNOWLEDGE_DIR } from './knowledgeDir.js';
import { toJsonLine } from './toJsonLine.js';

const USAGE = `usage: npm run ask -- [--lang en|zh] "<question or /command>"
       npm run ask -- [--lang en|zh] --chart FILE.png "<question or /command>"
       npm run ask -- --jsonl < questions.txt
       npm run ask            (interactive, on a terminal)`;

const OPTIONS = {
  lang: { type: 'string' },
  jsonl: { type: 'boolean' },
  knowledge: { type: 'string' },
  chart: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function main(): Promise<void> {
  let parsedArgs: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsedArgs = parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    // A usage mistake such as `--chart` without a file name: say so instead of a stack trace.
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error;
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const { values, positionals } = parsedArgs;
  // parseArgs has checked the types; two values are left to check, which needs no schema library
  // (importing one would cost every question tens of milliseconds of start-up).
  const usageError = (problem: string) => {
    console.error(`${problem}\n${USAGE}`);
    process.exitCode = 2;
  };
  if (values.chart === '') {
    usageError('--chart needs a file name.');
    return;
  }
  const requestedLang = values.lang;
  if (requestedLang !== undefined && !isLang(requestedLang)) {
    usageError('--lang must be "en" or "zh".');
    return;
  }
  const args = {
    lang: requestedLang,
    jsonl: values.jsonl ?? false,
    knowledge: values.knowledge ?? DEFAULT_KNOWLEDGE_DIR,
    /** Also write the answer's chart to this PNG file. */
    chart: values.chart,
    help: values.help ?? false,
  };
  if (args.help) {
    console.log(USAGE);
    return;
  }
  if (args.chart !== undefined && (args.jsonl || positionals.length === 0)) {
    console.error(`--chart draws the chart of one question given on the command line.\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const kb = await openKnowledge(args.knowledge, compiledKnowledgeFor(args.knowledge));
  const engine = createEngine(kb);
  const lang: Lang | undefined = args.lang;

  const answerOne = (question: string): { text: string; json: string; answer?: Answer } => {
    try {
      const answer = engine.ask(question);
      return {
        text: renderText(answer, kb, lang),
        json: JSON.stringify(toJsonLine(question, answer, kb, lang)),
        answer,
      };
    } catch (error) {
      // A bug, not bad input: log it with the question, apologise, and keep answering the rest.
      console.error(`[ask] unexpected error for question ${JSON.stringify(question)}:`, error);
      const text =
        lang === 'zh' ? '抱歉，出了点问题，请稍后再试。' : 'Sorry, something went wrong. Please try again.';
      return {
        text,
        json: JSON.stringify({
          question,
          answer: text,
          found: false,
          lang: lang ?? 'en',
          sources: [],
          error: text,
        }),
      };
    }
  };

  if (args.jsonl) {
    // readline only for the modes that read lines: one question on the command line starts faster.
    const { createInterface } = await import('node:readline');
    const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    rl.on('line', (line) => {
      if (line.trim() !== '') process.stdout.write(`${answerOne(line).json}\n`);
    });
    return;
  }
  if (positionals.length > 0) {
    const { text, answer } = answerOne(positionals.join(' '));
    console.log(text);
    if (args.chart !== undefined) await writeChart(args.chart, answer, kb, lang);
    return;
  }
  if (!process.stdin.isTTY) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'h100> ' });
  console.log('Ask about H100 supply and demand (English or 中文). Ctrl+D to quit.');
  rl.prompt();
  rl.on('line', (line) => {
    if (line.trim() !== '') console.log(`${answerOne(line).text}\n`);
    rl.prompt();
  });
}

function isLang(value: string): value is Lang {
  return value === 'en' || value === 'zh';
}

/**
 * Writes the answer's chart as a PNG. The chart module (and with it resvg and the fonts) is imported only
 * here, so plain questions start as fast as before. No chart for the answer is not an error.
 */
async function writeChart(
  file: string,
  answer: Answer | undefined,
  kb: KnowledgeBase,
  lang?: Lang,
): Promise<void> {
  const { chartForAnswer, renderChartPng } = await import('../chart/index.js');
  const spec = answer === undefined ? undefined : chartForAnswer(answer, kb, lang ?? answer.lang);
  if (answer === undefined || spec === undefined) {
    const kind = answer === undefined ? '' : ` (a "${answer.kind}" answer)`;
    console.error(
      `[ask] no chart for this answer${kind}: charts are drawn for demand, gap, cost and holdings answers. ${file} was not written.`,
    );
    return;
  }
  try {
    writeFileSync(file, renderChartPng(spec));
    console.error(`[ask] chart written to ${file}`);
  } catch (error) {
    console.error(
      `[ask] could not write the chart to ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  if (error instanceof KnowledgeError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    // Unexpected: fail loudly, as an uncaught error would.
    console.error(error);
    process.exitCode = 1;
  }
});
