import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log/logger.js';
import type { MetricsEndpoint } from './metricsEndpoint.js';

/**
 * Serves `GET /metrics` (and `/healthz`) on its own port, for the gateway bot, which has no HTTP
 * server of its own. Resolves with the listening server once it is up.
 */
export async function startMetricsServer(options: {
  readonly endpoint: MetricsEndpoint;
  readonly port: number;
  readonly host?: string;
  readonly logger: Logger;
}): Promise<Server> {
  const { endpoint, logger } = options;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || (path !== '/metrics' && path !== '/healthz')) {
      res.writeHead(path === '/metrics' ? 405 : 404).end();
      return;
    }
    if (path === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
      return;
    }
    endpoint.render().then(
      (text) => res.writeHead(200, { 'Content-Type': endpoint.contentType }).end(text),
      (error: unknown) => {
        logger.error('metrics scrape failed', { error });
        res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  logger.info('metrics listening', { port: (server.address() as AddressInfo).port, path: '/metrics' });
  return server;
}
