import type { OptionDefinition } from '../commands/commandDefinition.js';
import { COMMANDS } from '../commands/definitions.js';
import { exampleValue } from '../engine/parseOptionValue.js';

/** The one-screen usage shown on a usage mistake. */
export const USAGE = `usage: npm run ask -- [--lang en|zh-Hans|zh-Hant] [--brief] "<question or /command>"
       npm run ask -- [--lang …] --chart FILE.png "<question or /command>"
       npm run ask -- [--lang …] [--brief] --jsonl < questions.txt
       npm run ask -- --explain "<question>"   (also prints how the question was read)
       npm run ask            (interactive, on a terminal; exit, quit or 退出 to leave)
       npm run ask -- --help`;

/**
 * `--help`: the flags, every command with its options (from the command definitions, so it never
 * drifts from what the bot accepts), and an example of each kind of question.
 */
export function helpText(): string {
  const commands = COMMANDS.map((command) => {
    const options = (command.options as readonly OptionDefinition[])
      .map((o) => `${o.name}:${exampleValue(o)}${o.required ? '' : '?'}`)
      .join(' ');
    return `  /${command.name}${options === '' ? '' : ` ${options}`}`.padEnd(44) + command.description.en;
  });
  return [
    USAGE,
    '',
    'Answers questions about the 2023 Nvidia H100 market from one article, in English, 简体 or 繁體.',
    '',
    'Flags:',
    "  --lang en|zh-Hans|zh-Hant  reply language (default: the question's language and script; zh = zh-Hans)",
    '  --brief                    print the short reply a Discord channel shows, not the full working',
    '  --explain                  also print how the question was read: intent, score, runner-up, slots',
    '  --jsonl                    read one question per line on stdin, write one JSON line per input line',
    '                             (a blank or rejected line gets a line with "error")',
    "  --chart FILE.png           also draw the answer's chart (demand, gap, cost, holdings answers)",
    '  --knowledge DIR            the knowledge folder (default: ./knowledge of this package)',
    '  -h, --help                 this text',
    '',
    'Commands (an option ending in ? may be left out):',
    ...commands,
    '',
    'Examples, one of each kind:',
    '  npm run ask -- "which cloud does Anthropic use?"        which cloud a company uses',
    '  npm run ask -- "who uses Azure?"                        who uses a cloud',
    '  npm run ask -- "does OpenAI use AWS?"                   a yes/no question',
    '  npm run ask -- "how many H100s does Meta want?"         demand',
    '  npm run ask -- "按每张3万美元算，缺口价值多少？"          the gap at a price (简体)',
    '  npm run ask -- "誰在用微軟雲"                           Traditional Chinese, answered in 繁體',
    '  npm run ask -- /gap price:30000                         a slash command',
    '',
    'Exit status: 0 answered (also "the article does not say"), 1 input rejected or an error, 2 usage mistake.',
  ].join('\n');
}
