import { join } from 'node:path';
import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { type AnsweredEvent, combineObservers } from '../../src/app/botObserver.js';
import { createRouter } from '../../src/discord/createRouter.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { createLogger } from '../../src/log/logger.js';
import { chatInput } from '../support/interactions.js';

const engine = createEngine(loadKnowledge(join(import.meta.dirname, '../../knowledge')));

describe('combineObservers', () => {
  it('an observer that throws is logged, the others still hear the event, and the reply still goes out', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
    const heard: AnsweredEvent[] = [];
    const observer = combineObservers(logger, [
      {
        answered() {
          throw new Error('metrics broke');
        },
      },
      { answered: (event) => heard.push(event) },
    ]);
    const route = createRouter({ engine, logger, observer });
    const reply = await route(chatInput('who-uses', { cloud: 'azure' }));
    expect(reply.response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(JSON.stringify(reply.response)).toContain('Azure');
    expect(heard.map((e) => [e.command, e.answer.kind, e.repeat])).toEqual([
      ['who-uses', 'cloud-users', false],
    ]);
    expect(
      lines.filter((line) => line.includes('observer failed') && line.includes('metrics broke')),
    ).toHaveLength(1);
  });

  it('has only the hooks some observer gives', () => {
    const observer = combineObservers(createLogger({ level: 'error', write: () => {} }), [
      { feedback: () => {} },
    ]);
    expect(Object.keys(observer)).toEqual(['feedback']);
  });
});
