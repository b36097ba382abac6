import { Router } from 'express';
import type { Clock, InboxStore, StoreHealth } from '../onboarding/ports/index.ts';
import { createLivenessHandler, createReadinessHandler } from './handlers/create-health-handlers.ts';
import { createHubSpotWebhookHandler } from './handlers/receive-hubspot-webhooks.ts';
import { requireHubSpotSignature } from './middleware/require-hubspot-signature.ts';
import { requireJsonBody } from './middleware/require-json-body.ts';

/** A router another part of the service mounts (card API, workflow actions, usage API) without editing this file. */
export interface AppRoute {
  /** Mount path, e.g. `/api/cards`. */
  path: string;
  router: Router;
}

export interface RoutesDeps {
  publicBaseUrl: string;
  clientSecret: string;
  clock: Clock;
  store: { inbox: Pick<InboxStore, 'append'>; health(): Promise<StoreHealth> };
  routes: readonly AppRoute[];
}

/** The service's URL table. */
export function createRoutes(deps: RoutesDeps): Router {
  const router = Router();
  const hubspotSignature = requireHubSpotSignature({
    clientSecret: deps.clientSecret,
    publicBaseUrl: deps.publicBaseUrl,
    clock: deps.clock,
  });

  router.get('/healthz', createLivenessHandler());
  router.get('/readyz', createReadinessHandler(deps.store));
  router.post(
    '/webhooks/hubspot',
    hubspotSignature,
    requireJsonBody(),
    createHubSpotWebhookHandler({ inbox: deps.store.inbox, clock: deps.clock }),
  );
  for (const route of deps.routes) router.use(route.path, route.router);

  return router;
}
