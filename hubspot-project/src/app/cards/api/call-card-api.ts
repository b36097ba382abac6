import { hubspot } from '@hubspot/ui-extensions';
import { callCardApiWith } from '../../packages/card-client/call-card-api.ts';
import type { CardApiResult } from '../../packages/card-client/call-card-api.ts';
import type {
  CardRouteBody,
  CardRouteName,
  CardRouteParams,
  CardRouteResponse,
} from '../../packages/contract/index.ts';

export type { CardApiResult, CardFailure } from '../../packages/card-client/call-card-api.ts';

/**
 * The shared card API client bound to this component's own `hubspot.fetch` (looked up at call time, so tests can
 * spy on it). Each component folder has this file: HubSpot builds each folder with only its own dependencies.
 */
export const callCardApi = <N extends CardRouteName>(
  name: N,
  params: CardRouteParams<N>,
  body: CardRouteBody<N>,
): Promise<CardApiResult<CardRouteResponse<N>>> =>
  callCardApiWith((url, options) => hubspot.fetch(url, options), name, params, body);
