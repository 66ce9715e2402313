import type { Client } from 'discord.js';
import { Status } from 'discord.js';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { BotObserver } from '../app/botObserver.js';
import { findCommand } from '../commands/definitions.js';
import type { Answer } from '../engine/answer.js';
import type { MetricsEndpoint } from './metricsEndpoint.js';

/** Command labels besides the slash commands' own names; anything else is `other`, so labels stay few. */
const OTHER_COMMANDS = new Set(['message-menu', 'mention', 'button', 'none', 'unknown']);

export interface Metrics {
  readonly registry: Registry;
  readonly endpoint: MetricsEndpoint;
  /** Give it to the router, the gateway bot and the HTTP server. */
  readonly observer: BotObserver;
  /** Reports the gateway's ping and each shard's status on every scrape. */
  watchGateway(client: Client): void;
  /** Reports whether the shared-state Redis answers. */
  watchRedis(isUp: () => boolean): void;
}

/** What the answer says about the question: answered from the article, not in it, or refused as input. */
export function outcomeOf(answer: Pick<Answer, 'found' | 'kind'>): 'answered' | 'not_found' | 'rejected' {
  if (answer.kind === 'error') return 'rejected';
  return answer.found ? 'answered' : 'not_found';
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
    watchGateway(client) {
      new Gauge({
        name: 'h100bot_gateway_ping_seconds',
        help: 'Last heartbeat round trip of each gateway shard, in seconds (absent until the first heartbeat).',
        labelNames: ['shard'] as const,
        registers,
        collect() {
          this.reset();
          for (const [id, shard] of client.ws.shards) {
            if (shard.ping >= 0) this.set({ shard: String(id) }, shard.ping / 1000);
          }
        },
      });
      new Gauge({
        name: 'h100bot_gateway_shard_ready',
        help: '1 when the gateway shard is connected and ready, 0 otherwise.',
        labelNames: ['shard'] as const,
        registers,
        collect() {
          this.reset();
          for (const [id, shard] of client.ws.shards) {
            this.set({ shard: String(id) }, shard.status === Status.Ready ? 1 : 0);
          }
        },
      });
      new Gauge({
        name: 'h100bot_gateway_shard_status',
        help: "The gateway shard's discord.js Status (0 Ready, 1 Connecting, 2 Reconnecting, 3 Idle, 4 Nearly, 5 Disconnected, 6 WaitingForGuilds, 7 Identifying, 8 Resuming).",
        labelNames: ['shard'] as const,
        registers,
        collect() {
          this.reset();
          for (const [id, shard] of client.ws.shards) this.set({ shard: String(id) }, shard.status);
        },
      });
      new Gauge({
        name: 'h100bot_gateway_guilds',
        help: 'Guilds this process serves.',
        registers,
        collect() {
          this.set(client.guilds.cache.size);
        },
      });
    },
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
