import { Router } from 'express';
import type { RecordUsageDeps } from '../onboarding/usage/record-usage.ts';
import type { PortalSettingsStore } from '../onboarding/ports/index.ts';
import { createUsageEventsHandler } from './handlers/usage-events.ts';
import { requireJsonBody } from './middleware/require-json-body.ts';
import { requireUsageApiKey } from './middleware/require-usage-api-key.ts';
import type { AppRoute } from './routes.ts';

export interface UsageRoutesDeps extends RecordUsageDeps {
  portalSettings: Pick<PortalSettingsStore, 'findPortalIdByUsageKeyHash'>;
}

/** The usage API the customer's product calls, authenticated by its portal's API key (not by HubSpot). */
export function createUsageRoutes(deps: UsageRoutesDeps): AppRoute {
  const router = Router();
  router.post('/events', requireUsageApiKey(deps), requireJsonBody(), createUsageEventsHandler(deps));
  return { path: '/api/usage', router };
}
