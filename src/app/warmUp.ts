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
  '华为需要多少',
] as const;
const TYPED = ['a', 'az', 'azu', 'opn', 'corew', '微', '微软'] as const;
const ROUNDS = 3;

/**
 * Answers a few ordinary questions before a long-running process (`serve`, `start`) takes
 * traffic. Why: the first Chinese question of a process loads the Traditional converter's table
 * (a few milliseconds and under 1 MB since it is a compact table; 80 ms and 13 MB as OpenCC's tries) and the first questions run the engine
 * uncompiled (10–40 ms each); paid at start-up, that no longer holds the event loop at a user's
 * first question, or at the start of a flood, when the rate limiter lets a burst through. The CLI
 * does not call this: a one-shot question would pay for nothing. Costs a fraction of a second,
 * and the little memory a server's first Chinese question would spend anyway.
 */
export function warmUp(engine: Pick<Engine, 'ask' | 'suggest'>): void {
  for (let round = 0; round < ROUNDS; round++) {
    for (const question of QUESTIONS) engine.ask(question);
    for (const typed of TYPED) engine.suggest(typed);
  }
}
