import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

/** A fresh Ed25519 key pair, the public half as Discord shows it: 64 hex characters. */
export interface SigningKeys {
  readonly publicKeyHex: string;
  readonly privateKey: KeyObject;
}

/**
 * Makes a key pair to play Discord's part against our endpoint (tests and the benchmark). The raw
 * public key is the last 32 bytes of its SPKI DER encoding.
 */
export function generateSigningKeys(): SigningKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { publicKeyHex: der.subarray(-32).toString('hex'), privateKey };
}

/** The headers Discord sends with an interaction: the signature of timestamp + body, in hex. */
export function signRequest(
  privateKey: KeyObject,
  body: string | Uint8Array,
  timestamp: string = String(Math.floor(Date.now() / 1000)),
): { 'x-signature-ed25519': string; 'x-signature-timestamp': string } {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), bytes]), privateKey);
  return { 'x-signature-ed25519': signature.toString('hex'), 'x-signature-timestamp': timestamp };
}
