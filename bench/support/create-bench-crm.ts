import type { CrmGateway } from '../../server/src/onboarding/ports/crm-gateway.ts';
import type { Clock } from '../../server/src/onboarding/ports/index.ts';
import { createSandboxCrm } from '../../server/src/sandbox/create-sandbox-crm.ts';
import { createSandboxRecords } from '../../server/src/sandbox/create-sandbox-records.ts';

/** How long the bench's HubSpot takes to answer each call: a fast day for HubSpot's APIs. */
export const benchCrmLatencyMs = 50;

/**
 * An in-memory HubSpot holding the bench's companies, so the worker's recomputes write their properties and
 * records as they would to a portal (the sandbox's CRM, without its script of events), each call answered after
 * `benchCrmLatencyMs` as over the network: a worker that never waits on HubSpot is not the one production runs.
 */
export function createBenchCrm(
  seeded: readonly { companyId: string; companyName: string | null }[],
  clock: Clock,
): CrmGateway {
  const companies = seeded.map(({ companyId, companyName }) => ({
    id: companyId,
    name: companyName,
    domain: null,
    fields: {},
  }));
  const crm: CrmGateway = createSandboxCrm(createSandboxRecords({ companies }), clock);
  return new Proxy(crm, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await new Promise((resolve) => setTimeout(resolve, benchCrmLatencyMs));
        return (value as (...input: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
