import type { Answer } from '../engine/answer.js';
import type { Lang } from '../engine/lang.js';
import type { Logger } from '../log/logger.js';

/** One question the engine answered (or abstained on, or rejected), as the adapters saw it. */
export interface AnsweredEvent {
  /** The slash command's name, `message-menu`, `mention`, or `button` for a re-render. */
  readonly command: string;
  /** The text or `/command` the engine was given. */
  readonly question: string;
  readonly answer: Answer;
  /** The language the reply is shown in. */
  readonly lang: Lang;
  readonly engineSeconds: number;
  /** A button re-rendering an answer already given: counted as work, not as a new question. */
  readonly repeat: boolean;
}

/** A 👍 or 👎 on an answer message, with the answer re-read from the button's query. */
export interface FeedbackEvent {
  readonly vote: 'up' | 'down';
  readonly query: string;
  readonly lang: Lang;
  readonly answer: Answer;
}

/**
 * What the adapters report as they work, for metrics and analytics. Every hook is optional and
 * called after the answer is ready, never with anything that identifies the user.
 */
export interface BotObserver {
  interaction?(event: { readonly type: string; readonly command: string }): void;
  answered?(event: AnsweredEvent): void;
  rateLimited?(event: { readonly command: string }): void;
  /** `rejected`: input the user was told to fix; `error`: a failure answered with an apology. */
  failed?(event: { readonly command: string; readonly kind: 'rejected' | 'error' }): void;
  feedback?(event: FeedbackEvent): void;
  /** A reply went out: seconds from receiving the interaction or message to the reply being sent. */
  replied?(event: { readonly transport: 'http' | 'gateway'; readonly seconds: number }): void;
}

/**
 * One observer that calls each of `observers` in turn; one that throws is logged and the others
 * still run, so an observer can never break a reply.
 */
export function combineObservers(logger: Logger, observers: readonly BotObserver[]): BotObserver {
  const hooks = ['interaction', 'answered', 'rateLimited', 'failed', 'feedback', 'replied'] as const;
  const combined: Record<string, (event: never) => void> = {};
  for (const hook of hooks) {
    const listeners = observers.flatMap((observer) => {
      const listener = observer[hook];
      return listener === undefined ? [] : [listener.bind(observer) as (event: never) => void];
    });
    if (listeners.length === 0) continue;
    combined[hook] = (event: never) => {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          logger.error('observer failed', { hook, error });
        }
      }
    };
  }
  return combined as BotObserver;
}
