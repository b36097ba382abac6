import { cardRoutes, toCardPath } from '../contract/index.ts';
import type {
  CardErrorCode,
  CardRouteBody,
  CardRouteName,
  CardRouteParams,
  CardRouteResponse,
} from '../contract/index.ts';
import { SERVICE_ORIGIN } from './service-origin.ts';

/**
 * The card API client, shared by every UI component as dependency-free TypeScript: it imports nothing but the
 * contract, and each component folder binds it to its own `hubspot.fetch` (see `api/call-card-api.ts` there), so
 * HubSpot's remote build, which installs one component folder at a time, finds every import it needs.
 */

/** What went wrong, as the card shows it: the service's own error codes plus the two the card detects itself. */
export interface CardFailure {
  code: CardErrorCode | 'network' | 'bad_response';
  message: string;
}

export type CardApiResult<T> = { ok: true; data: T } | { ok: false; failure: CardFailure };

/** The part of `hubspot.fetch` the client uses, typed structurally. */
export type CardFetch = (
  url: string,
  options: { method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'; timeout: number; body?: Record<string, unknown> },
) => Promise<Response>;

/** The service answers within its own budget; hubspot.fetch allows 15 s at most on older platform builds. */
const requestTimeoutMs = 10_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * HubSpot's proxy answers a 3xx–5xx of the service as a 502 whose body holds the service's own body under
 * `responseBody` (an object, or its JSON text) and its status under `context.appServerStatusCode`.
 */
function unwrapProxyBody(status: number, body: unknown): { status: number; body: unknown } {
  if (!isRecord(body) || !('responseBody' in body)) return { status, body };
  const inner = typeof body.responseBody === 'string' ? parseJson(body.responseBody) : body.responseBody;
  const context = isRecord(body.context) ? body.context : {};
  const codes = Array.isArray(context.appServerStatusCode) ? context.appServerStatusCode : [];
  const appStatus = Number(codes[0]);
  return { status: Number.isInteger(appStatus) && appStatus > 0 ? appStatus : status, body: inner };
}

/** Reads `{ error: { code, message } }`, directly or inside the proxy's wrapper; anything else is a generic failure. */
export function toCardFailure(responseStatus: number, responseBody: unknown): CardFailure {
  const { status, body } = unwrapProxyBody(responseStatus, responseBody);
  const error = isRecord(body) ? body.error : undefined;
  if (isRecord(error) && typeof error.code === 'string' && typeof error.message === 'string') {
    return { code: error.code as CardErrorCode, message: error.message };
  }
  return { code: 'bad_response', message: `The Liftoff service answered HTTP ${status}.` };
}

/**
 * Calls one route of the card API through the given `hubspot.fetch`, which signs the request and appends the
 * portal and user to the query string (after `query`, the route's own parameters, when given). Never throws: every
 * failure comes back as data for the card to show.
 */
export async function callCardApiWith<N extends CardRouteName>(
  fetch: CardFetch,
  name: N,
  params: CardRouteParams<N>,
  body: CardRouteBody<N>,
  query = '',
): Promise<CardApiResult<CardRouteResponse<N>>> {
  const route = cardRoutes[name];
  let response: Response;
  try {
    response = await fetch(`${SERVICE_ORIGIN}${toCardPath(name, params)}${query === '' ? '' : `?${query}`}`, {
      method: route.method,
      timeout: requestTimeoutMs,
      ...(body === null ? {} : { body: { ...body } }),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { code: 'network', message: `Could not reach the Liftoff service (${reason}).` } };
  }
  let parsed: unknown;
  try {
    parsed = await response.json();
  } catch {
    parsed = undefined;
  }
  if (!response.ok) return { ok: false, failure: toCardFailure(response.status, parsed) };
  if (parsed === undefined) {
    return { ok: false, failure: { code: 'bad_response', message: 'The Liftoff service sent an unreadable answer.' } };
  }
  return { ok: true, data: parsed as CardRouteResponse<N> };
}

/**
 * The client bound to a component folder's own `hubspot.fetch`, which `getFetch` looks up at call time (so tests can
 * spy on it).
 */
export function bindCardApi(getFetch: () => CardFetch) {
  return <N extends CardRouteName>(
    name: N,
    params: CardRouteParams<N>,
    body: CardRouteBody<N>,
    query?: string,
  ): Promise<CardApiResult<CardRouteResponse<N>>> => callCardApiWith(getFetch(), name, params, body, query);
}
