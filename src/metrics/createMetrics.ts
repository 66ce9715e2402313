import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { outcomeOf } from '../app/answerOutcome.js';
import type { BotObserver } from '../app/botObserver.js';
import { findCommand } from '../commands/definitions.js';
import type { MetricsEndpoint } from './metricsEndpoint.js';

/** Command labels besides the slash commands' own names; anything else is `other`, so labels stay few. */
const OTHER_COMMANDS = new Set(['message-menu', 'mention', 'button', 'none', 'unknown']);

export interface Metrics {
  readonly registry: Registry;
  readonly endpoint: MetricsEndpoint;
  /** Give it to the router, the gateway bot and the HTTP server. */
  readonly observer: BotObserver;
  /** Reports whether the shared-state Redis answers. */
  watchRedis(isUp: () => boolean): void;
}

/**
 * The bot's Prometheus metrics in a registry of their own (no global state): interactions, questions
 * by command, answer kind, language and outcome, rate limits, failures, feedback, engine and reply
 * latency, the gateway's shards, and Node's process metrics.
 *
 * @example
 * const metrics = createMetrics();
 * const app = createApp(kb, { logger, ratePerMinute, observer: metrics.observer });
 * createInteractionServer({ ..., metrics: metrics.endpoint, observer: metrics.observer });
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const interactions = new Counter({
    name: 'h100bot_interactions_total',
    help: 'Interactions received, by type and command.',
    labelNames: ['type', 'command'] as const,
    registers,
  });
  const questions = new Counter({
    name: 'h100bot_questions_total',
    help: 'Questions answered by the engine, by command, answer kind, reply language and outcome (answered, not_found, rejected).',
    labelNames: ['command', 'kind', 'lang', 'outcome'] as const,
    registers,
  });
  const rateLimited = new Counter({
    name: 'h100bot_rate_limited_total',
    help: 'Requests refused by the per-user rate limit.',
    labelNames: ['command'] as const,
    registers,
  });
  const failures = new Counter({
    name: 'h100bot_failures_total',
    help: 'Interactions that failed: rejected input the user was told to fix, or an error answered with an apology.',
    labelNames: ['command', 'kind'] as const,
    registers,
  });
  const feedback = new Counter({
    name: 'h100bot_feedback_total',
    help: 'Feedback button clicks, by vote and answer kind.',
    labelNames: ['vote', 'kind'] as const,
    registers,
  });
  const engineSeconds = new Histogram({
    name: 'h100bot_engine_seconds',
    help: 'Time the engine took to answer, in seconds.',
    labelNames: ['command'] as const,
    buckets: [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers,
  });
  const replySeconds = new Histogram({
    name: 'h100bot_reply_seconds',
    help: 'Time from receiving an interaction or message to sending the reply, in seconds (Discord allows 3).',
    labelNames: ['transport'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
    registers,
  });

  const observer: BotObserver = {
    interaction: (e) => interactions.inc({ type: e.type, command: commandLabel(e.command) }),
    answered: (e) => {
      const command = commandLabel(e.command);
      engineSeconds.observe({ command }, e.engineSeconds);
      if (e.repeat) return;
      questions.inc({ command, kind: e.answer.kind, lang: e.lang, outcome: outcomeOf(e.answer) });
    },
    rateLimited: (e) => rateLimited.inc({ command: commandLabel(e.command) }),
    failed: (e) => failures.inc({ command: commandLabel(e.command), kind: e.kind }),
    feedback: (e) => feedback.inc({ vote: e.vote, kind: e.answer.kind }),
    replied: (e) => replySeconds.observe({ transport: e.transport }, e.seconds),
  };

  return {
    registry,
    endpoint: { contentType: registry.contentType, render: () => registry.metrics() },
    observer,
    watchRedis(isUp) {
      new Gauge({
        name: 'h100bot_redis_up',
        help: '1 while the shared-state Redis answers, 0 while the bot falls back to in-process state.',
        registers,
        collect() {
          this.set(isUp() ? 1 : 0);
        },
      });
    },
  };
}

function commandLabel(command: string): string {
  if (OTHER_COMMANDS.has(command) || command.startsWith('button:')) return command;
  return findCommand(command) === undefined ? 'other' : command;
}
