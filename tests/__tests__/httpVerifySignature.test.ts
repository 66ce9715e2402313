import { describe, expect, it } from 'vitest';
import { createSignatureVerifier, parsePublicKey } from '../../src/http/verifySignature.js';
import { generateSigningKeys, signRequest } from '../support/httpHarness.js';

const NOW_MS = 1_700_000_000_000;
const NOW = String(NOW_MS / 1000);
const keys = generateSigningKeys();
const verify = createSignatureVerifier(keys.publicKeyHex, { now: () => NOW_MS });
const body = Buffer.from('{"type":1}');
const headers = signRequest(keys.privateKey, body, NOW);
const signed = { signature: headers['x-signature-ed25519'], timestamp: NOW, body };

describe('createSignatureVerifier', () => {
  it('accepts a request signed with the matching key', () => {
    expect(verify(signed)).toEqual({ ok: true });
  });

  it('accepts the key and the signature in upper-case hex', () => {
    const upper = createSignatureVerifier(keys.publicKeyHex.toUpperCase(), { now: () => NOW_MS });
    expect(upper({ ...signed, signature: signed.signature.toUpperCase() })).toEqual({ ok: true });
  });

  it.each([
    ['missing-signature', { signature: undefined }],
    ['missing-signature', { signature: '' }],
    ['missing-timestamp', { timestamp: undefined }],
    ['malformed-signature', { signature: signed.signature.slice(2) }],
    ['malformed-signature', { signature: `${signed.signature}00` }],
    ['malformed-signature', { signature: `${signed.signature.slice(0, -1)}g` }],
    ['malformed-signature', { signature: [signed.signature, signed.signature] }],
    ['malformed-timestamp', { timestamp: `${NOW}.0` }],
    ['malformed-timestamp', { timestamp: [NOW] }],
    ['stale-timestamp', { timestamp: String(NOW_MS / 1000 - 301) }],
    ['bad-signature', { body: Buffer.from('{"type":2}') }],
    ['bad-signature', { signature: '0'.repeat(128) }],
  ])('%s', (reason, change) => {
    expect(verify({ ...signed, ...change })).toEqual({ ok: false, reason });
  });

  it('refuses a malformed public key when built, naming what it expects', () => {
    for (const key of ['', 'abc', 'zz'.repeat(32), `${keys.publicKeyHex}00`, ` ${keys.publicKeyHex}`]) {
      expect(() => createSignatureVerifier(key)).toThrow(/64 hexadecimal characters/);
      expect(parsePublicKey(key)).toBeUndefined();
    }
  });

  it('wraps the raw key as Ed25519 SPKI', () => {
    const key = parsePublicKey(keys.publicKeyHex);
    expect(key?.asymmetricKeyType).toBe('ed25519');
    expect(key?.export({ format: 'der', type: 'spki' }).toString('hex')).toBe(
      `302a300506032b6570032100${keys.publicKeyHex}`,
    );
  });
});
