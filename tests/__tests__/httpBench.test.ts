import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { benchHttp, commandInteraction } from '../../src/bench/httpBench.js';
import type { InteractionRouter } from '../../src/discord/interactionRouter.js';

describe('benchHttp', () => {
  it('drives both servers with signed /gap requests and reports every figure', async () => {
    const seen: string[] = [];
    const router: InteractionRouter = async (interaction) => {
      if ('data' in interaction && interaction.data !== undefined && 'name' in interaction.data) {
        seen.push(interaction.data.name);
      }
      return {
        response: { type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'ok' } },
        files: [],
      };
    };
    const result = await benchHttp({
      router,
      requests: 300,
      connections: 4,
      rssRequests: 300,
      warmupRequests: 0,
    });
    expect(seen.length).toBe(300);
    expect(new Set(seen)).toEqual(new Set(['gap']));
    expect(result.http_rps).toBeGreaterThan(0);
    expect(result.http_baseline_rps).toBeGreaterThan(0);
    expect(result.http_ratio).toBeCloseTo(result.http_rps / result.http_baseline_rps, 2);
    expect(result.http_fair_baseline_rps).toBeGreaterThan(0);
    expect(result.http_ratio_fair).toBeCloseTo(result.http_rps / result.http_fair_baseline_rps, 2);
    expect(result.http_p99_ms).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(result.http_rss_growth_mb)).toBe(true);
  });

  it('fails loudly when the endpoint refuses the requests', async () => {
    const router: InteractionRouter = async () => {
      throw new Error('down');
    };
    await expect(
      benchHttp({ router, requests: 20, connections: 2, rssRequests: 20, warmupRequests: 0 }),
    ).rejects.toThrow(/answered 2xx/);
  });

  it('sends a chat-input /gap interaction', () => {
    const interaction = commandInteraction('gap', [{ name: 'price', value: 30_000 }]);
    expect(interaction.type).toBe(2);
    expect(interaction.data.name).toBe('gap');
    expect(interaction.data.type).toBe(1);
  });
});
