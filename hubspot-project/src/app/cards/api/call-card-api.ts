import { hubspot } from '@hubspot/ui-extensions';
import { cardRoutes, toCardPath } from '../../packages/contract/index.ts';
import type {
  CardErrorCode,
  CardRouteBody,
  CardRouteName,
  CardRouteParams,
  CardRouteResponse,
} from '../../packages/contract/index.ts';
import { SERVICE_ORIGIN } from './service-origin.ts';

/** What went wrong, as the card shows it: the service's own error codes plus the two the card detects itself. */
export interface CardFailure {
  code: CardErrorCode | 'network' | 'bad_response';
  message: string;
}

export type CardApiResult<T> = { ok: true; data: T } | { ok: false; failure: CardFailure };

/** The service answers within its own budget; hubspot.fetch allows 15 s at most on older platform builds. */
const requestTimeoutMs = 10_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads `{ error: { code, message } }`; anything else (e.g. HubSpot's proxy wrapper) becomes a generic failure. */
function toFailure(status: number, body: unknown): CardFailure {
  const error = isRecord(body) ? body.error : undefined;
  if (isRecord(error) && typeof error.code === 'string' && typeof error.message === 'string') {
    return { code: error.code as CardErrorCode, message: error.message };
  }
  return { code: 'bad_response', message: `The Liftoff service answered HTTP ${status}.` };
}

/**
 * Calls one route of the card API through hubspot.fetch, which signs the request and appends the portal and
 * user to the query string. Never throws: every failure comes back as data for the card to show.
 */
export async function callCardApi<N extends CardRouteName>(
  name: N,
  params: CardRouteParams<N>,
  body: CardRouteBody<N>,
): Promise<CardApiResult<CardRouteResponse<N>>> {
  const route = cardRoutes[name];
  let response: Response;
  try {
    response = await hubspot.fetch(`${SERVICE_ORIGIN}${toCardPath(name, params)}`, {
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
  if (!response.ok) return { ok: false, failure: toFailure(response.status, parsed) };
  if (parsed === undefined) {
    return { ok: false, failure: { code: 'bad_response', message: 'The Liftoff service sent an unreadable answer.' } };
  }
  return { ok: true, data: parsed as CardRouteResponse<N> };
}
