import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Instant } from '@liftoff/shared/domain/index';

/**
 * HubSpot's v3 request signature (request-validation docs; docs/HUBSPOT.md §2.2):
 * base64(HMAC-SHA256(clientSecret, method + uri + rawBody + timestamp)), sent in `X-HubSpot-Signature-v3`
 * with `X-HubSpot-Request-Timestamp` (epoch ms). Requests older than 5 minutes are rejected to stop replays.
 */
export const HUBSPOT_SIGNATURE_MAX_AGE_MS = 5 * 60 * 1000;

export interface HubSpotSignatureInput {
  method: string;
  /** The full public URL HubSpot called: `https://host/path?query`, exactly as received (still percent-encoded). */
  url: string;
  /** The raw body bytes; re-serialised JSON would not match. Empty for GET. */
  rawBody: Buffer | string;
  signature: string | undefined;
  timestamp: string | undefined;
  clientSecret: string;
  now: Instant;
}

export type HubSpotSignatureRejection =
  'missing_signature' | 'missing_timestamp' | 'invalid_timestamp' | 'stale_timestamp' | 'signature_mismatch';

export type HubSpotSignatureVerdict = { ok: true } | { ok: false; reason: HubSpotSignatureRejection };

/** The only sequences HubSpot decodes before signing; everything else (e.g. `%20`) stays encoded. */
const DECODED_SEQUENCES: Readonly<Record<string, string>> = {
  '%3A': ':',
  '%2F': '/',
  '%3F': '?',
  '%40': '@',
  '%21': '!',
  '%24': '$',
  '%27': "'",
  '%28': '(',
  '%29': ')',
  '%2A': '*',
  '%2C': ',',
  '%3B': ';',
};

/** Decodes the URI the way HubSpot's v3 algorithm specifies (its table of reserved characters only). */
export function toHubSpotSignedUri(url: string): string {
  return url.replace(
    /%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi,
    (sequence) => DECODED_SEQUENCES[sequence.toUpperCase()] ?? sequence,
  );
}

/** Computes the v3 signature for an already-decoded URI; used by the verifier and by `npm run sign`. */
export function createHubSpotSignature(input: {
  method: string;
  uri: string;
  rawBody: Buffer | string;
  timestamp: string;
  clientSecret: string;
}): string {
  return createHmac('sha256', input.clientSecret)
    .update(`${input.method.toUpperCase()}${input.uri}`, 'utf8')
    .update(typeof input.rawBody === 'string' ? Buffer.from(input.rawBody, 'utf8') : input.rawBody)
    .update(input.timestamp, 'utf8')
    .digest('base64');
}

/**
 * Verifies a v3 signature. HubSpot's own Node example decodes the whole URL with `decodeURIComponent`
 * instead of using the table, and community threads report either form in the wild, so a signature matching
 * either decoding is accepted. Comparison is constant-time so the signature cannot be guessed byte by byte.
 */
export function verifyHubSpotSignature(input: HubSpotSignatureInput): HubSpotSignatureVerdict {
  if (!input.signature) return { ok: false, reason: 'missing_signature' };
  if (!input.timestamp) return { ok: false, reason: 'missing_timestamp' };
  if (!/^\d{1,16}$/.test(input.timestamp)) return { ok: false, reason: 'invalid_timestamp' };
  if (Math.abs(input.now - Number(input.timestamp)) > HUBSPOT_SIGNATURE_MAX_AGE_MS) {
    return { ok: false, reason: 'stale_timestamp' };
  }
  const candidates = new Set([toHubSpotSignedUri(input.url), decodeWholeUri(input.url)]);
  const received = Buffer.from(input.signature, 'utf8');
  let matched = false;
  for (const uri of candidates) {
    if (uri === null) continue;
    const expected = Buffer.from(createHubSpotSignature({ ...input, uri, timestamp: input.timestamp }), 'utf8');
    matched = (expected.length === received.length && timingSafeEqual(expected, received)) || matched;
  }
  return matched ? { ok: true } : { ok: false, reason: 'signature_mismatch' };
}

function decodeWholeUri(url: string): string | null {
  try {
    return decodeURIComponent(url);
  } catch {
    return null;
  }
}
