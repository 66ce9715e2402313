import { createPrivateKey } from 'node:crypto';
import { Agent } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { floodBody, postSigned } from './floodRequests.js';

/**
 * Worker thread for the flood benchmark: the flooding user, on its own event loop so that its
 * signing and bookkeeping never delay the PINGs being timed. Reports how many requests it sent.
 */
const { port, privateKeyPem, durationMs, connections } = workerData as {
  port: number;
  privateKeyPem: string;
  durationMs: number;
  connections: number;
};
const privateKey = createPrivateKey(privateKeyPem);
const agent = new Agent({ keepAlive: true, maxSockets: connections });
const deadline = Date.now() + durationMs;
let sent = 0;
let next = 0;
await Promise.all(
  Array.from({ length: connections }, async () => {
    while (Date.now() < deadline) {
      await postSigned(port, privateKey, agent, floodBody(next++));
      sent++;
    }
  }),
);
agent.destroy();
parentPort?.postMessage({ sent });
