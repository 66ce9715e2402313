#!/usr/bin/env node
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createEngine } from '../engine/createEngine.js';
import type { Lang } from '../engine/lang.js';
import { KnowledgeError } from '../knowledge/KnowledgeError.js';
import { loadKnowledge } from '../knowledge/loadKnowledge.js';
import { renderText } from '../render/renderText.js';
import { DEFAULT_KNOWLEDGE_DIR } from './knowledgeDir.js';
import { toJsonLine } from './toJsonLine.js';

const USAGE = `usage: npm run ask -- [--lang en|zh] "<question or /command>"
       npm run ask -- --jsonl < questions.txt
       npm run ask            (interactive, on a terminal)`;

const ArgsSchema = z.object({
  lang: z.enum(['en', 'zh']).optional(),
  jsonl: z.boolean().default(false),
  knowledge: z.string().default(DEFAULT_KNOWLEDGE_DIR),
  help: z.boolean().default(false),
});

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      jsonl: { type: 'boolean' },
      knowledge: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(`--lang must be "en" or "zh".\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const args = parsed.data;
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const kb = loadKnowledge(args.knowledge);
  const engine = createEngine(kb);
  const lang: Lang | undefined = args.lang;

  const answerOne = (question: string): { text: string; json: string } => {
    try {
      const answer = engine.ask(question);
      return { text: renderText(answer, kb, lang), json: JSON.stringify(toJsonLine(question, answer, kb, lang)) };
    } catch (error) {
      // A bug, not bad input: log it with the question, apologise, and keep answering the rest.
      console.error(`[ask] unexpected error for question ${JSON.stringify(question)}:`, error);
      const text = lang === 'zh' ? '抱歉，出了点问题，请稍后再试。' : 'Sorry, something went wrong. Please try again.';
      return { text, json: JSON.stringify({ question, answer: text, found: false, lang: lang ?? 'en', sources: [], error: text }) };
    }
  };

  if (args.jsonl) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    rl.on('line', (line) => {
      if (line.trim() !== '') process.stdout.write(`${answerOne(line).json}\n`);
    });
    return;
  }
  if (positionals.length > 0) {
    console.log(answerOne(positionals.join(' ')).text);
    return;
  }
  if (!process.stdin.isTTY) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'h100> ' });
  console.log('Ask about H100 supply and demand (English or 中文). Ctrl+D to quit.');
  rl.prompt();
  rl.on('line', (line) => {
    if (line.trim() !== '') console.log(`${answerOne(line).text}\n`);
    rl.prompt();
  });
}

try {
  main();
} catch (error) {
  if (error instanceof KnowledgeError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
