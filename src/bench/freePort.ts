import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A port the system just gave out on 127.0.0.1 and let go: PORT must be 1–65535, so a child server
 * cannot be told `0` for "any".
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
