import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** DER header of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** How far a request's timestamp may be from our clock before it counts as a replay. */
export const DEFAULT_MAX_SKEW_SECONDS = 5 * 60;

const PUBLIC_KEY_HEX = /^[0-9a-fA-F]{64}$/;
const SIGNATURE_HEX = /^[0-9a-fA-F]{128}$/;
/** Unix seconds: digits only, no sign, no fraction, no exponent; 12 digits reach the year 33658. */
const TIMESTAMP = /^\d{1,12}$/;

/** Why a request was refused; logged at debug level, never sent back in detail. */
export type SignatureFailure =
  | 'missing-signature'
  | 'missing-timestamp'
  | 'malformed-signature'
  | 'malformed-timestamp'
  | 'stale-timestamp'
  | 'bad-signature';

export type SignatureVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: SignatureFailure };

/** What Discord sends: the two headers, as Node hands them over, and the raw body bytes. */
export interface SignedRequest {
  readonly signature: string | readonly string[] | undefined;
  readonly timestamp: string | readonly string[] | undefined;
  readonly body: Uint8Array;
}

export interface SignatureVerifierOptions {
  /** Milliseconds since the epoch, like `Date.now`; tests inject a fixed clock. */
  readonly now?: () => number;
  readonly maxSkewSeconds?: number;
}

/** Checks one request; never throws, whatever the headers and body hold. */
export type SignatureVerifier = (request: SignedRequest) => SignatureVerdict;

/**
 * Turns the application's public key (64 hex characters, as the developer portal shows it) into a
 * key object, or `undefined` when the text is not such a key.
 */
export function parsePublicKey(publicKeyHex: string): KeyObject | undefined {
  if (!PUBLIC_KEY_HEX.test(publicKeyHex)) return undefined;
  try {
    const der = Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]);
    return createPublicKey({ key: der, format: 'der', type: 'spki' });
  } catch {
    // Every 32-byte string decodes as an Ed25519 point encoding today, but do not bet the server on it.
    return undefined;
  }
}

/**
 * Builds the check Discord requires of an HTTP interactions endpoint: `X-Signature-Ed25519` (hex)
 * must be a valid Ed25519 signature of `X-Signature-Timestamp` followed by the raw body, made with
 * the application's key. Timestamps further than `maxSkewSeconds` from `now()` are refused as replays.
 * The key is parsed once, here; a malformed key is a configuration error and throws.
 *
 * @example
 * const verify = createSignatureVerifier(process.env.DISCORD_PUBLIC_KEY);
 * verify({ signature: req.headers['x-signature-ed25519'], timestamp: req.headers['x-signature-timestamp'], body });
 */
export function createSignatureVerifier(
  publicKeyHex: string,
  options: SignatureVerifierOptions = {},
): SignatureVerifier {
  const key = parsePublicKey(publicKeyHex);
  if (key === undefined) {
    throw new TypeError('The Discord public key must be 64 hexadecimal characters (an Ed25519 key).');
  }
  const now = options.now ?? Date.now;
  const maxSkewSeconds = options.maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS;

  return ({ signature, timestamp, body }) => {
    if (signature === undefined || signature === '') return { ok: false, reason: 'missing-signature' };
    if (timestamp === undefined || timestamp === '') return { ok: false, reason: 'missing-timestamp' };
    // A repeated header arrives as an array (or joined with ", "): either way it is not what Discord sends.
    if (typeof signature !== 'string' || !SIGNATURE_HEX.test(signature)) {
      return { ok: false, reason: 'malformed-signature' };
    }
    if (typeof timestamp !== 'string' || !TIMESTAMP.test(timestamp)) {
      return { ok: false, reason: 'malformed-timestamp' };
    }
    const skew = Math.abs(now() / 1000 - Number(timestamp));
    if (!(skew <= maxSkewSeconds)) return { ok: false, reason: 'stale-timestamp' };
    try {
      const message = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
      const valid = verify(null, message, key, Buffer.from(signature, 'hex'));
      return valid ? { ok: true } : { ok: false, reason: 'bad-signature' };
    } catch {
      return { ok: false, reason: 'bad-signature' };
    }
  };
}
