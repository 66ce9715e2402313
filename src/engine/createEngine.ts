import type { CommandInput } from '../commands/definitions.js';
import { formatCommand } from '../commands/formatCommand.js';
import { UserInputError } from '../errors/UserInputError.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Entity, EntityKind } from '../knowledge/schema.js';
import type { Answer } from './answer.js';
import { answerQuestion, MAX_QUESTION_CHARS } from './answerQuestion.js';
import { buildAnswer } from './answers/buildAnswer.js';
import type { AskContext } from './context.js';
import { detectLanguage, type Lang } from './lang.js';
import { createLexicon } from './lexicon.js';
import { toSimplifiedMandarin } from './normalize.js';
import { isCommandText, parseCommandText } from './parseCommandText.js';
import { runCommand } from './runCommand.js';

/** The question engine: text or a command in, an {@link Answer} out. Pure; holds no I/O. */
export interface Engine {
  /**
   * Answers a free question or a slash command written as text (`/gap price:30000`).
   * Rejected input comes back as an answer of kind `error`, never as a throw.
   */
  ask(text: string): Answer;
  /**
   * Runs a command whose options are already parsed, as Discord delivers them.
   *
   * @param lang - the reader's language, for answers that have no question text to detect it from
   */
  run(command: CommandInput, lang: Lang): Answer;
  /** Entities for autocomplete: typo-tolerant in both languages, best first, at most `limit`. */
  suggest(query: string, kinds?: readonly EntityKind[], limit?: number): Entity[];
  readonly knowledge: KnowledgeBase;
}

/**
 * Builds the engine over a loaded knowledge base.
 *
 * @example
 * const engine = createEngine(loadKnowledge(dir));
 * engine.ask('which cloud does Anthropic use?').related.map((e) => e.name.en); // ['AWS', 'Google Cloud']
 */
export function createEngine(kb: KnowledgeBase): Engine {
  const lexicon = createLexicon(kb.entities);

  function guarded(ctx: AskContext, answer: () => Answer): Answer {
    try {
      return answer();
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      return buildAnswer(ctx, { kind: 'error', found: false, error: { code: error.code, text: error.text } });
    }
  }

  function ask(text: string): Answer {
    // Traditional Chinese is read as Simplified (the vocabulary, the amounts such as "3萬" and the
    // lexicon are Simplified), and Cantonese as Mandarin ("係" as "是", before the script makes it 系);
    // the answer keeps the question as written, so replies can match its script.
    const asked = text.trim();
    // Only the first MAX_QUESTION_CHARS code points are read, so only a little more than that is
    // converted: four times as many UTF-16 units leaves room for characters outside the BMP and for
    // Taiwan phrases that convert shorter (部落格 → 博客), so what is read is the same, and a huge
    // text costs no more than a long one. Script and emptiness are the same before and after
    // conversion, so they are read from the whole text.
    const question = toSimplifiedMandarin(asked.slice(0, 4 * MAX_QUESTION_CHARS));
    const ctx: AskContext = { kb, lexicon, question: asked, lang: detectLanguage(asked) };
    return guarded(ctx, () => {
      if (!/[^\p{P}\p{S}\s]/u.test(asked)) {
        throw new UserInputError('empty-question', {
          en: 'Ask a question about H100 supply and demand, e.g. "who uses azure?" or /gap price:30000.',
          zh: '请提一个关于 H100 供需的问题，例如「谁在用 Azure？」或 /gap price:30000。',
        });
      }
      if (isCommandText(question)) return runCommand(ctx, parseCommandText(question), ask);
      return answerQuestion(ctx, question, lexicon);
    });
  }

  function run(command: CommandInput, lang: Lang): Answer {
    const ctx: AskContext = { kb, lexicon, question: formatCommand(command), lang };
    return guarded(ctx, () => runCommand(ctx, command, ask));
  }

  return { ask, run, suggest: lexicon.suggest, knowledge: kb };
}
