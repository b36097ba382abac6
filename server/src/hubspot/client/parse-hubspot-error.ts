import { z } from 'zod';
import { HubSpotError } from './hubspot-error.ts';
import type { HubSpotErrorKind } from './hubspot-error.ts';

/**
 * Translates whatever the SDK or the transport threw into a HubSpotError.
 * The SDK throws `ApiException {code, body, headers}` (one class per codegen module, so it is
 * recognised by shape, not instanceof); Node's fetch throws `TypeError('fetch failed')` with the
 * socket error as `cause`. Messages are rebuilt from safe parts: transport errors (nock's
 * "no match" among them) can echo request headers, and those carry the access token.
 */

const apiExceptionSchema = z.object({
  code: z.number().int().min(100).max(599),
  body: z.unknown(),
  headers: z.record(z.string(), z.string()).optional(),
});

const errorBodySchema = z
  .object({
    message: z.string(),
    policyName: z.string(),
    category: z.string(),
    correlationId: z.string(),
  })
  .partial();

const errnoSchema = z.object({ code: z.string() });

/** Socket-level failures worth another attempt; anything else without an HTTP status is 'unexpected'. */
const NETWORK_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

const DAILY_POLICY = 'DAILY';
const MAX_MESSAGE_LENGTH = 500;

export function parseHubSpotError(error: unknown): HubSpotError {
  if (error instanceof HubSpotError) return error;
  const apiException = apiExceptionSchema.safeParse(error);
  if (apiException.success) return toHttpError(apiException.data);
  const networkCode = findNetworkCode(error);
  if (networkCode !== null) {
    return new HubSpotError({ kind: 'network', message: `Network error talking to HubSpot (${networkCode})` });
  }
  return new HubSpotError({ kind: 'unexpected', message: redactSecrets(describeUnknown(error)) });
}

function toHttpError(exception: z.infer<typeof apiExceptionSchema>): HubSpotError {
  const headers = toLowerCaseKeys(exception.headers ?? {});
  const parsedBody = errorBodySchema.safeParse(exception.body);
  const body = parsedBody.success ? parsedBody.data : {};
  const textBody = typeof exception.body === 'string' ? exception.body : undefined;
  const message = truncate(redactSecrets(body.message ?? textBody ?? `HubSpot answered ${exception.code}`));
  return new HubSpotError({
    kind: toKind(exception.code, body.policyName ?? null, message),
    message,
    status: exception.code,
    correlationId: body.correlationId ?? null,
    policyName: body.policyName ?? null,
    category: body.category ?? null,
    headers,
  });
}

/** A 429 is the daily cap when the body names the DAILY policy (older bodies only say so in the message). */
function toKind(status: number, policyName: string | null, message: string): HubSpotErrorKind {
  if (status === 429) {
    return policyName === DAILY_POLICY || /daily limit/i.test(message) ? 'daily_limit' : 'rate_limited';
  }
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status >= 500) return 'server';
  if (status >= 400) return 'bad_request';
  return 'unexpected';
}

function findNetworkCode(error: unknown): string | null {
  const direct = errnoSchema.safeParse(error);
  if (direct.success && NETWORK_ERROR_CODES.has(direct.data.code)) return direct.data.code;
  if (error instanceof Error) {
    const cause = errnoSchema.safeParse(error.cause);
    if (cause.success && NETWORK_ERROR_CODES.has(cause.data.code)) return cause.data.code;
    if (error instanceof TypeError && error.message === 'fetch failed') return 'fetch failed';
    if (error.name === 'AbortError' || error.name === 'TimeoutError') return error.name;
  }
  return null;
}

function describeUnknown(error: unknown): string {
  if (error instanceof Error) return truncate(`${error.name}: ${error.message}`);
  return truncate(`Non-error thrown: ${String(error)}`);
}

function redactSecrets(text: string): string {
  return text.replace(/Bearer\s+[^\s"',}]+/gi, 'Bearer [redacted]').replace(/pat-[\w-]+/g, '[redacted]');
}

function truncate(text: string): string {
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
}

function toLowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
