import { type Client, Status } from 'discord.js';
import { Gauge, type Registry } from 'prom-client';

/**
 * Adds the gateway's metrics to `registry`, read from `client` on every scrape: each shard's
 * heartbeat ping, whether it is ready, its discord.js status, and the guilds served. Apart from
 * `createMetrics` so that the HTTP endpoint never loads discord.js.
 */
export function watchGateway(registry: Registry, client: Client): void {
  const registers = [registry];
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
}
