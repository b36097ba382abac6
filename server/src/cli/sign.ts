import { loadEnvSubset } from '../config.ts';
import { createHubSpotSignature, toHubSpotSignedUri } from '../hubspot/webhooks/verify-hubspot-signature.ts';

/**
 * `npm run sign -- METHOD URL [BODY]` prints the v3 headers HubSpot would send for that request, signed with
 * HUBSPOT_CLIENT_SECRET and the current time, to exercise the service by hand:
 *
 *   npm run sign -- POST https://liftoff.example.com/webhooks/hubspot "$(cat events.json)"
 *
 * URL is the PUBLIC URL (PUBLIC_BASE_URL + path and query): the service verifies signatures over it even when
 * the request is sent to http://localhost. BODY must be byte-identical to what is sent.
 */
const USAGE = 'usage: npm run sign -- METHOD URL [BODY]';
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

function parseSignArgs(args: readonly string[]): { method: string; url: string; body: string } | { problem: string } {
  const [method, url, body = '', ...rest] = args;
  if (method === undefined || url === undefined || rest.length > 0) return { problem: USAGE };
  if (!METHODS.has(method.toUpperCase()))
    return { problem: `unknown method ${method}; expected one of ${[...METHODS].join(', ')}` };
  if (!URL.canParse(url) || !/^https?:\/\//.test(url)) return { problem: `not an absolute http(s) URL: ${url}` };
  return { method: method.toUpperCase(), url, body };
}

const parsed = parseSignArgs(process.argv.slice(2));
if ('problem' in parsed) {
  process.stderr.write(`${parsed.problem}\n`);
  process.exit(2);
}
const { HUBSPOT_CLIENT_SECRET } = loadEnvSubset(['HUBSPOT_CLIENT_SECRET']);
const timestamp = String(Date.now());
const signature = createHubSpotSignature({
  method: parsed.method,
  uri: toHubSpotSignedUri(parsed.url),
  rawBody: parsed.body,
  timestamp,
  clientSecret: HUBSPOT_CLIENT_SECRET,
});
process.stdout.write(`X-HubSpot-Signature-v3: ${signature}\nX-HubSpot-Request-Timestamp: ${timestamp}\n`);
