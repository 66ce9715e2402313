#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Answer } from '../engine/answer.js';
import { createEngine } from '../engine/createEngine.js';
import { detectLanguage } from '../engine/lang.js';
import type { ReplyLang } from '../i18n/langs.js';
import { replyLangFor } from '../i18n/replyLang.js';
import { t } from '../i18n/t.js';
import { KnowledgeError } from '../knowledge/KnowledgeError.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { openKnowledge } from '../knowledge/openKnowledge.js';
import { formatTrace } from '../render/formatTrace.js';
import { renderText, type TextLength } from '../render/renderText.js';
import { helpText, USAGE } from './cliUsage.js';
import { compiledKnowledgeFor, DEFAULT_KNOWLEDGE_DIR } from './knowledgeDir.js';
import { toJsonLine } from './toJsonLine.js';

/** `zh` (the flag's old value) and the locales people type mean a script. */
const LANG_ALIASES: Readonly<Record<string, ReplyLang>> = {
  zh: 'zh-Hans',
  'zh-cn': 'zh-Hans',
  'zh-hans': 'zh-Hans',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  'zh-hant': 'zh-Hant',
  en: 'en',
};

const OPTIONS = {
  lang: { type: 'string' },
  jsonl: { type: 'boolean' },
  brief: { type: 'boolean' },
  knowledge: { type: 'string' },
  chart: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  explain: { type: 'boolean' },
} as const;

interface Reply {
  readonly text: string;
  readonly json: string;
  readonly answer?: Answer;
  /** The input was rejected (or answering it failed): the message scripts should see on stderr. */
  readonly rejected: boolean;
}

async function main(): Promise<void> {
  let parsedArgs: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsedArgs = parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    // A usage mistake such as `--chart` without a file name: say so instead of a stack trace.
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error;
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsedArgs;
  // parseArgs has checked the types; two values are left to check, which needs no schema library
  // (importing one would cost every question tens of milliseconds of start-up).
  if (values.chart === '') return usageError('--chart needs a file name.');
  const lang = values.lang === undefined ? undefined : LANG_ALIASES[values.lang.toLowerCase()];
  if (values.lang !== undefined && lang === undefined)
    return usageError('--lang must be en, zh-Hans or zh-Hant.');
  const args = {
    lang,
    jsonl: values.jsonl ?? false,
    brief: values.brief ?? false,
    knowledge: values.knowledge ?? DEFAULT_KNOWLEDGE_DIR,
    /** Also write the answer's chart to this PNG file. */
    chart: values.chart,
    help: values.help ?? false,
    /** Also print the reading: intent, score, runner-up, slots. */
    explain: values.explain ?? false,
  };
  if (args.help) {
    console.log(helpText());
    return;
  }
  if (args.chart !== undefined && (args.jsonl || positionals.length === 0)) {
    return usageError('--chart draws the chart of one question given on the command line.');
  }
  const kb = await openKnowledge(args.knowledge, compiledKnowledgeFor(args.knowledge));
  const engine = createEngine(kb);
  const length: TextLength = args.brief ? 'brief' : 'full';

  const answerOne = (question: string): Reply => {
    const lang = args.lang ?? replyLangFor(question, detectLanguage(question));
    try {
      const answer = engine.ask(question);
      const reading = args.explain ? `\n\n--explain\n${formatTrace(answer)}` : '';
      return {
        text: renderText(answer, kb, lang, length) + reading,
        json: JSON.stringify({
          ...toJsonLine(question, answer, kb, lang, length),
          ...(args.explain && answer.trace !== undefined ? { trace: answer.trace } : {}),
        }),
        answer,
        rejected: answer.kind === 'error',
      };
    } catch (error) {
      // A bug, not bad input: log it with the question, apologise, and keep answering the rest.
      console.error(`[ask] unexpected error for question ${JSON.stringify(question)}:`, error);
      const text = t(lang, 'notice.apology');
      const json = { question, answer: text, found: false, lang, sources: [], error: text };
      return { text, json: JSON.stringify(json), rejected: true };
    }
  };

  if (args.jsonl) {
    // One output line per input line, blank lines included, so line n of the output answers line n.
    // readline only for the modes that read lines: one question on the command line starts faster.
    const { createInterface } = await import('node:readline');
    const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    // A reader that stops early ("… | head -1") closes the pipe: nothing more to answer, so stop quietly
    // rather than crash on the next write.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      rl.close();
      process.stdin.destroy();
    });
    rl.on('line', (line) => {
      if (!process.stdout.destroyed) process.stdout.write(`${answerOne(line).json}\n`);
    });
    return;
  }
  if (positionals.length > 0) {
    const reply = answerOne(positionals.join(' '));
    if (reply.rejected) {
      console.error(reply.text);
      process.exitCode = 1;
      return;
    }
    console.log(reply.text);
    if (args.chart !== undefined) await writeChart(args.chart, reply.answer, kb, args.lang);
    return;
  }
  if (!process.stdin.isTTY) return usageError('Give a question, or --jsonl to read questions from stdin.');
  const { runPrompt } = await import('./prompt.js');
  await runPrompt({
    input: process.stdin,
    output: process.stdout,
    errors: process.stderr,
    answer: answerOne,
  });
}

function usageError(message: string): void {
  console.error(`${message}\n${USAGE}`);
  process.exitCode = 2;
}

/**
 * Writes the answer's chart as a PNG. The chart module (resvg and a 17 MB font) is imported only
 * here, so plain questions start as fast as before. No chart for the answer is not an error.
 */
async function writeChart(
  file: string,
  answer: Answer | undefined,
  kb: KnowledgeBase,
  lang?: ReplyLang,
): Promise<void> {
  const { chartForAnswer, renderChartPng } = await import('../chart/index.js');
  const spec =
    answer === undefined
      ? undefined
      : chartForAnswer(answer, kb, lang ?? replyLangFor(answer.question, answer.lang));
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
