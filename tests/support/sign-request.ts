import { createHmac } from 'node:crypto';

/**
 * Signs a request the way HubSpot does (v3, docs/HUBSPOT.md §2.2), written independently of the service's
 * verifier so tests check one against the other. `decoding` picks how the URL is decoded before signing:
 * HubSpot's table of reserved characters (the documented algorithm) or a whole-URL `decodeURIComponent`
 * (the docs' Node example), both of which the service accepts.
 */
export interface SignRequestInput {
  method: string;
  /** The full public URL, e.g. `https://liftoff.example.com/webhooks/hubspot?x=1`. */
  url: string;
  body?: string;
  clientSecret: string;
  timestamp: number;
  decoding?: 'table' | 'whole';
}

export interface HubSpotSignatureHeaders {
  'x-hubspot-signature-v3': string;
  'x-hubspot-request-timestamp': string;
}

const TABLE: Record<string, string> = {
  '3A': ':',
  '2F': '/',
  '3F': '?',
  '40': '@',
  '21': '!',
  '24': '$',
  '27': "'",
  '28': '(',
  '29': ')',
  '2A': '*',
  '2C': ',',
  '3B': ';',
};

export function signRequest(input: SignRequestInput): HubSpotSignatureHeaders {
  const uri =
    input.decoding === 'whole'
      ? decodeURIComponent(input.url)
      : input.url.replace(/%([0-9A-Fa-f]{2})/g, (sequence, hex: string) => TABLE[hex.toUpperCase()] ?? sequence);
  const timestamp = String(input.timestamp);
  const signature = createHmac('sha256', input.clientSecret)
    .update(`${input.method}${uri}${input.body ?? ''}${timestamp}`, 'utf8')
    .digest('base64');
  return { 'x-hubspot-signature-v3': signature, 'x-hubspot-request-timestamp': timestamp };
}
