import type { SimulatedHubSpot } from '../../testing/simulated-hubspot/simulated-hubspot.ts';
import { createHubSpotCrmGateway } from '../../server/src/hubspot/create-hubspot-crm-gateway.ts';
import type { CrmGateway } from '../../server/src/onboarding/ports/crm-gateway.ts';
import type { JsonObject, PortalSettingsStore } from '../../server/src/onboarding/ports/index.ts';
import type { FixedClock } from './fixed-clock.ts';
import { createPortalClient } from '../../server/src/hubspot/client/create-portal-client.ts';
import type { LiftoffObjectTypes } from '../../server/src/hubspot/reads/liftoff-object-type-cache.ts';

/**
 * The real HubSpot gateway and SDK client pointed at a simulated HubSpot on loopback, on the test's clock, with no
 * waiting and no jitter; store-only mode (no Liftoff object types) unless given the portal's custom object types.
 */
export function createSimulatedCrm(options: {
  hubspot: Pick<SimulatedHubSpot, 'baseUrl'>;
  portalId: string;
  accessToken: string;
  clock: FixedClock;
  liftoffObjectTypes?: LiftoffObjectTypes;
}): CrmGateway {
  const client = createPortalClient({
    portalId: options.portalId,
    accessToken: options.accessToken,
    basePath: options.hubspot.baseUrl,
    now: options.clock.now,
    random: () => 0,
    sleep: () => Promise.resolve(),
  });
  return createHubSpotCrmGateway({
    client,
    liftoffObjectTypes: options.liftoffObjectTypes ?? { criterion: null, milestone: null, signal: null },
  });
}

/** A store-only portal whose usage comes from the given company properties (settings → usage mapping). */
export function putUsageMapping(
  portalSettings: Pick<PortalSettingsStore, 'put'>,
  portalId: string,
  usagePropertyMapping: JsonObject,
): Promise<void> {
  return portalSettings.put({
    portalId,
    mode: 'store_only',
    thresholds: {},
    templates: {},
    usagePropertyMapping,
    usageApiKeyHashes: [],
  });
}
