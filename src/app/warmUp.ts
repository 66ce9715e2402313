import type { Engine } from '../engine/createEngine.js';

/**
 * Ordinary questions in each script the bot reads, and names as they are typed. Traditional is
 * among them so the script converter is loaded here and not at the first Chinese question.
 */
const QUESTIONS = [
  'which cloud does Anthropic use?',
  'how big is the gap at $30k?',
  'does Meta have more H100s than Tesla?',
  '/gap price:30000',
  '谁在用微软云？',
  'OpenAI 需要多少张 H100？',
  '誰在用微軟雲',
] as const;
const TYPED = ['a', 'az', 'azu', 'opn', 'corew', '微', '微软'] as const;
const ROUNDS = 1;

/**
 * Answers a few ordinary questions before a long-running process (`serve`, `start`) takes
 * traffic. Why: the first Chinese question of a process loads the Traditional converter's table
 * (a few milliseconds, under 1 MB as a compact table) and the first questions run the engine
 * uncompiled (10–40 ms each); paid at start-up, that no longer holds the event loop at a user's
 * first question, or at the start of a flood, when the rate limiter lets a burst through. One round
 * is enough to load and compile; more only grew the heap an idle process keeps. No question has
 * Chinese words the reader does not know: those load ICU's word-break dictionary (about 17 ms once,
 * and 4 MB resident for good), which a process pays only if such a question comes. The CLI does not
 * call this: a one-shot question would pay for nothing.
 */
export function warmUp(engine: Pick<Engine, 'ask' | 'suggest'>): void {
  for (let round = 0; round < ROUNDS; round++) {
    for (const question of QUESTIONS) engine.ask(question);
    for (const typed of TYPED) engine.suggest(typed);
  }
}
