import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** What ends the interactive prompt, besides Ctrl+D. */
export const QUIT_WORDS: ReadonlySet<string> = new Set(['exit', 'quit', '退出', '離開', ':q']);

export interface PromptOptions {
  readonly input: Readable;
  readonly output: Writable;
  /** Answers one line: the text, and whether the input was rejected (printed on `errors` then). */
  readonly answer: (line: string) => { readonly text: string; readonly rejected: boolean };
  readonly errors: Writable;
}

/**
 * The interactive loop: a prompt, one answer per non-blank line, until a quit word or the end of
 * input. Resolves when the loop ends.
 */
export function runPrompt(options: PromptOptions): Promise<void> {
  const { input, output, errors, answer } = options;
  const rl = createInterface({ input, output, prompt: 'h100> ' });
  output.write(
    'Ask about H100 supply and demand (English, 简体 or 繁體). exit, quit, 退出 or Ctrl+D to leave.\n',
  );
  rl.prompt();
  rl.on('line', (line) => {
    if (QUIT_WORDS.has(line.trim().toLowerCase())) {
      rl.close();
      return;
    }
    if (line.trim() !== '') {
      const reply = answer(line);
      (reply.rejected ? errors : output).write(`${reply.text}\n\n`);
    }
    rl.prompt();
  });
  return new Promise((resolve) => rl.once('close', resolve));
}
