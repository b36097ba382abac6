import { describe, expect, it } from 'vitest';
import {
  HUBSPOT_SIGNATURE_MAX_AGE_MS,
  toHubSpotSignedUri,
  verifyHubSpotSignature,
} from '../../../server/src/hubspot/webhooks/verify-hubspot-signature.ts';
import type { HubSpotSignatureInput } from '../../../server/src/hubspot/webhooks/verify-hubspot-signature.ts';
import { signRequest } from '../../support/sign-request.ts';

const SECRET = 'test-client-secret';
const NOW = Date.parse('2026-03-02T09:00:00.000Z');
const URL_ = 'https://liftoff.example.com/webhooks/hubspot';
const BODY = '[{"eventId":1,"note":"café"}]';

function buildSignedInput(overrides: Partial<HubSpotSignatureInput> = {}): HubSpotSignatureInput {
  const headers = signRequest({ method: 'POST', url: URL_, body: BODY, clientSecret: SECRET, timestamp: NOW });
  return {
    method: 'POST',
    url: URL_,
    rawBody: Buffer.from(BODY, 'utf8'),
    signature: headers['x-hubspot-signature-v3'],
    timestamp: headers['x-hubspot-request-timestamp'],
    clientSecret: SECRET,
    now: NOW,
    ...overrides,
  };
}

describe('verifyHubSpotSignature', () => {
  it('accepts the signature @hubspot/api-client 14.0.1 computes for the same request', () => {
    // Computed once with Signature.getSignature('POST', 'v3', { clientSecret, requestBody, url, timestamp }).
    const sdkSignature = 'q0+AiZpjx7EIJLH1aKqarmbYqcQrdESMDQcbQejUxfU=';
    const verdict = verifyHubSpotSignature(
      buildSignedInput({ signature: sdkSignature, timestamp: '1764000000000', now: 1764000000000 }),
    );
    expect(verdict).toEqual({ ok: true });
  });

  it('accepts a request signed with the client secret over the raw body, byte for byte (non-ASCII included)', () => {
    expect(verifyHubSpotSignature(buildSignedInput())).toEqual({ ok: true });
  });

  it.each([
    ['exactly 5 minutes old', -HUBSPOT_SIGNATURE_MAX_AGE_MS, true],
    ['4 minutes ahead (clock skew)', 4 * 60_000, true],
    ['5 minutes and 1 ms old', -HUBSPOT_SIGNATURE_MAX_AGE_MS - 1, false],
    ['6 minutes ahead', 6 * 60_000, false],
  ])('judges a timestamp %s by the 5-minute window', (_label, offsetMs, accepted) => {
    const timestamp = NOW + offsetMs;
    const headers = signRequest({ method: 'POST', url: URL_, body: BODY, clientSecret: SECRET, timestamp });
    const verdict = verifyHubSpotSignature(
      buildSignedInput({
        signature: headers['x-hubspot-signature-v3'],
        timestamp: headers['x-hubspot-request-timestamp'],
      }),
    );
    expect(verdict).toEqual(accepted ? { ok: true } : { ok: false, reason: 'stale_timestamp' });
  });

  it.each<[string, Partial<HubSpotSignatureInput>, string]>([
    ['the signature header is missing', { signature: undefined }, 'missing_signature'],
    ['the timestamp header is missing', { timestamp: undefined }, 'missing_timestamp'],
    ['the timestamp is not epoch milliseconds', { timestamp: '2026-03-02T09:00:00Z' }, 'invalid_timestamp'],
    ['the body was tampered with', { rawBody: BODY.replace('1', '2') }, 'signature_mismatch'],
    ['the method differs', { method: 'PUT' }, 'signature_mismatch'],
    [
      'the URL is the local one, not the public one',
      { url: 'http://127.0.0.1:3000/webhooks/hubspot' },
      'signature_mismatch',
    ],
    ['another secret signed it', { clientSecret: 'other-secret' }, 'signature_mismatch'],
    ['the signature is truncated', { signature: 'q0+AiZpjx7EIJLH1' }, 'signature_mismatch'],
  ])('rejects the request when %s', (_label, overrides, reason) => {
    expect(verifyHubSpotSignature(buildSignedInput(overrides))).toEqual({ ok: false, reason });
  });

  it.each([
    ['%40 in the query', 'https://liftoff.example.com/api/cards/settings?userEmail=ana%40acme.com&portalId=1'],
    ['%20 kept encoded by the table', 'https://liftoff.example.com/api/cards/settings?q=a%20b'],
    ['a literal + in the query', 'https://liftoff.example.com/api/cards/settings?q=a+b'],
    ['lower-case %3a and %2f', 'https://liftoff.example.com/api/cards/x%3ay%2fz'],
    ['an encoded percent %25', 'https://liftoff.example.com/api/cards/settings?q=100%25'],
    ['non-ASCII encoded as UTF-8', 'https://liftoff.example.com/api/cards/settings?name=caf%C3%A9'],
  ])('accepts %s whichever decoding HubSpot used to sign', (_label, url) => {
    for (const decoding of ['table', 'whole'] as const) {
      const headers = signRequest({ method: 'GET', url, clientSecret: SECRET, timestamp: NOW, decoding });
      const verdict = verifyHubSpotSignature(
        buildSignedInput({
          method: 'GET',
          url,
          rawBody: Buffer.alloc(0),
          signature: headers['x-hubspot-signature-v3'],
          timestamp: headers['x-hubspot-request-timestamp'],
        }),
      );
      expect(verdict, decoding).toEqual({ ok: true });
    }
  });

  it('does not fail on a URL that decodeURIComponent cannot decode', () => {
    const url = 'https://liftoff.example.com/api/cards/settings?q=%E0%A4%A';
    const headers = signRequest({ method: 'GET', url, clientSecret: SECRET, timestamp: NOW });
    const verdict = verifyHubSpotSignature(
      buildSignedInput({
        method: 'GET',
        url,
        rawBody: '',
        signature: headers['x-hubspot-signature-v3'],
        timestamp: headers['x-hubspot-request-timestamp'],
      }),
    );
    expect(verdict).toEqual({ ok: true });
  });
});

describe('toHubSpotSignedUri', () => {
  it.each([
    ['https://h/p?email=a%40b.c', 'https://h/p?email=a@b.c'],
    ['https://h/p%3Fq%3D1', 'https://h/p?q%3D1'],
    ['https://h/a%2Cb%3Bc%21%24%27%28%29%2A', "https://h/a,b;c!$'()*"],
    ['https://h/p?q=a%20b%2Bc', 'https://h/p?q=a%20b%2Bc'],
    ['https://h/x%3ay%2fz', 'https://h/x:y/z'],
  ])('decodes only HubSpot’s reserved-character table in %s', (url, expected) => {
    expect(toHubSpotSignedUri(url)).toBe(expected);
  });
});
