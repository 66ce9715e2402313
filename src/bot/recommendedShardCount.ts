import { REST } from 'discord.js';
import { type RESTGetAPIGatewayBotResult, Routes } from 'discord-api-types/v10';

/**
 * The shard count Discord recommends, from `GET /gateway/bot` on the configured REST base, so a
 * REST proxy (or the tests' local Discord) is asked instead of discord.com.
 */
export async function recommendedShardCount(token: string, apiUrl: string | undefined): Promise<number> {
  const rest = new REST(apiUrl === undefined ? {} : { api: apiUrl }).setToken(token);
  const result = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, result.shards);
}
