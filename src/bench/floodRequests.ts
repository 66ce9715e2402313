import type { KeyObject } from 'node:crypto';
import { type Agent, request } from 'node:http';
import { signRequest } from '../http/signRequest.js';
import { ADVERSARIAL_LENGTH } from './adversarialCorpus.js';
import { commandInteraction } from './httpBench.js';

/** An autocomplete value as long as Discord lets one be, of names the matcher nearly knows. */
const NEAR_MISSES = Array.from({ length: ADVERSARIAL_LENGTH }, (_, i) => 'opnai azuer '[i % 12]).join('');
const FLOOD_USER_ID = 200000000000000099n;
const FIRST_ID = 700000000000000000n;

/** The flooding user's n-th request: `/ask` and autocomplete in turn, each with a fresh id. */
export function floodBody(n: number): string {
  const interaction = commandInteraction('ask', [
    { name: 'question', value: '鑫'.repeat(ADVERSARIAL_LENGTH) },
  ]);
  const id = String(FIRST_ID + BigInt(n));
  const user = {
    id: String(FLOOD_USER_ID),
    username: 'flood',
    discriminator: '0',
    global_name: null,
    avatar: null,
  };
  const member = { ...interaction.member, user };
  if (n % 2 === 0) return JSON.stringify({ ...interaction, id, member });
  return JSON.stringify({
    ...interaction,
    id,
    member,
    type: 4,
    data: {
      ...interaction.data,
      name: 'cloud',
      options: [{ name: 'company', type: 3, value: NEAR_MISSES, focused: true }],
    },
  });
}

/** POSTs a signed body to /interactions; resolves with the status and the round trip in ms. */
export function postSigned(
  port: number,
  privateKey: KeyObject,
  agent: Agent,
  body: string,
): Promise<{ readonly status: number; readonly ms: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/interactions',
        agent,
        headers: { 'content-type': 'application/json', ...signRequest(privateKey, body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - start }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
