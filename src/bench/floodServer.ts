import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { createApp } from '../app/createApp.js';
import { warmUp } from '../app/warmUp.js';
import { createInteractionServer } from '../http/createInteractionServer.js';
import { loadKnowledge } from '../knowledge/loadKnowledge.js';
import { silentLogger } from '../log/logger.js';

/**
 * Worker thread for the flood benchmark: the HTTP endpoint as `npm run serve` wires it (default
 * rate limits and the warm-up included), on its own event loop so the clients measuring it do not share it.
 */
const { knowledgeDir, publicKey, ratePerMinute } = workerData as {
  knowledgeDir: string;
  publicKey: string;
  ratePerMinute: number;
};
const { router, engine } = createApp(loadKnowledge(knowledgeDir), { logger: silentLogger, ratePerMinute });
warmUp(engine);
const server = createInteractionServer({ router, publicKey, logger: silentLogger });
server.listen(0, '127.0.0.1', () => {
  parentPort?.postMessage({ port: (server.address() as AddressInfo).port });
});
parentPort?.on('message', (message: unknown) => {
  if (message === 'close') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
