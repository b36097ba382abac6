import type { SimulatedHubSpot } from '../../testing/simulated-hubspot/simulated-hubspot.ts';
import { createHubSpotCrmGateway } from '../../server/src/hubspot/create-hubspot-crm-gateway.ts';
import type { CrmGateway } from '../../server/src/onboarding/ports/crm-gateway.ts';
import type { JsonObject, PortalMode, PortalSettingsStore } from '../../server/src/onboarding/ports/index.ts';
import type { FixedClock } from './fixed-clock.ts';
import { createPortalClient } from '../../server/src/hubspot/client/create-portal-client.ts';
import type { PortalClient } from '../../server/src/hubspot/client/create-portal-client.ts';
import type { LiftoffObjectTypes } from '../../server/src/hubspot/reads/liftoff-object-type-cache.ts';

/**
 * The real HubSpot gateway and SDK client pointed at a simulated HubSpot on loopback, on the test's clock, with no
 * waiting and no jitter. In store-only mode (the default) there are no Liftoff object types; with `custom_objects`
 * the gateway reads them from the portal, as in production (set the portal up first), unless the portal's custom
 * object types are given.
 */
export function createSimulatedCrm(options: {
  hubspot: Pick<SimulatedHubSpot, 'baseUrl'>;
  portalId: string;
  accessToken: string;
  clock: FixedClock;
  mode?: PortalMode;
  liftoffObjectTypes?: LiftoffObjectTypes;
}): CrmGateway {
  const client = createSimulatedPortalClient(options);
  if (options.liftoffObjectTypes !== undefined) {
    return createHubSpotCrmGateway({ client, liftoffObjectTypes: options.liftoffObjectTypes });
  }
  return options.mode === 'custom_objects'
    ? createHubSpotCrmGateway({ client })
    : createHubSpotCrmGateway({ client, liftoffObjectTypes: { criterion: null, milestone: null, signal: null } });
}

/** The real portal client against the simulated HubSpot, on the test's clock. */
export function createSimulatedPortalClient(options: {
  hubspot: Pick<SimulatedHubSpot, 'baseUrl'>;
  portalId: string;
  accessToken: string;
  clock: FixedClock;
}): PortalClient {
  return createPortalClient({
    portalId: options.portalId,
    accessToken: options.accessToken,
    basePath: options.hubspot.baseUrl,
    now: options.clock.now,
    random: () => 0,
    // Waiting for the request budget moves the test's clock, as time would pass: a burst past HubSpot's per-second
    // limits (the pull's searches on a portal with Liftoff's objects) then goes on instead of waiting forever.
    sleep: (ms) => {
      options.clock.advance(ms);
      return Promise.resolve();
    },
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
