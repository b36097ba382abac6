import nock from 'nock';
import { createSimulatedHubSpot } from '../../testing/simulated-hubspot/simulated-hubspot.ts';
import type { SimulatedExchange, SimulatedHubSpot } from '../../testing/simulated-hubspot/simulated-hubspot.ts';
import type { CrmGateway } from '../../server/src/onboarding/ports/crm-gateway.ts';
import type { JsonObject, Store } from '../../server/src/onboarding/ports/index.ts';
import { createSimulatedCrm, putUsageMapping } from './create-simulated-crm.ts';
import { createTestStore, PORTAL } from './create-test-store.ts';
import type { FixedClock } from './fixed-clock.ts';

const TOKEN = 'pat-test-token';

/** A store-only portal (PORTAL) that may map usage to company properties, on a simulated HubSpot. */
export interface MappedUsagePortal {
  store: Store;
  clock: FixedClock;
  hubspot: SimulatedHubSpot;
  /** The real HubSpot gateway and SDK client, talking to `hubspot` on loopback. */
  crm: CrmGateway;
  /** Saves the portal's settings with this usage property mapping. */
  mapUsage(usagePropertyMapping: JsonObject): Promise<void>;
  /** Closes the store and the simulated HubSpot, and lets the network out again. */
  close(): Promise<void>;
}

/**
 * Opens a test store and a simulated HubSpot on the store's clock, with the network disabled but for loopback;
 * `onExchange` sees every exchange with HubSpot. Nothing is seeded.
 */
export async function startMappedUsagePortal(
  onExchange: (exchange: SimulatedExchange) => void,
): Promise<MappedUsagePortal> {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  const { store, clock } = await createTestStore();
  const hubspot = await createSimulatedHubSpot({ accessToken: TOKEN, now: clock.now, onExchange });
  return {
    store,
    clock,
    hubspot,
    crm: createSimulatedCrm({ hubspot, portalId: PORTAL, accessToken: TOKEN, clock }),
    mapUsage: (usagePropertyMapping) => putUsageMapping(store.portalSettings, PORTAL, usagePropertyMapping),
    close: async () => {
      await store.close();
      await hubspot.close();
      nock.enableNetConnect();
    },
  };
}
