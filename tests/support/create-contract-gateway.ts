import { createHubSpotCrmGateway } from '../../server/src/hubspot/create-hubspot-crm-gateway.ts';
import { createPortalClient } from '../../server/src/hubspot/client/create-portal-client.ts';
import { createFixedClock } from './fixed-clock.ts';

/** The object type ids the contract tests' portal gives Liftoff's custom objects. */
export const CONTRACT_OBJECT_TYPES = { criterion: '2-101', milestone: '2-102', signal: '2-103' };

/**
 * The CRM gateway over a real portal client for portal 4242, talking to HubSpot's mock. Given `clockStart`, the
 * client reads the time from a fixed clock and its waits move that clock instead of taking real time (for tests
 * that look at instants); otherwise its waits end at once.
 */
export function createContractGateway(clockStart?: string) {
  const clock = clockStart === undefined ? undefined : createFixedClock(clockStart);
  const client = createPortalClient({
    portalId: '4242',
    accessToken: 'test-token',
    ...(clock === undefined
      ? { sleep: () => Promise.resolve() }
      : { now: clock.now, sleep: async (ms: number) => clock.advance(ms) }),
  });
  return createHubSpotCrmGateway({ client, liftoffObjectTypes: CONTRACT_OBJECT_TYPES });
}
