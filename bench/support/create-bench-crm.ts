import type { Clock } from '../../server/src/onboarding/ports/index.ts';
import { createSandboxCrm } from '../../server/src/sandbox/create-sandbox-crm.ts';
import type { SandboxCrm } from '../../server/src/sandbox/create-sandbox-crm.ts';
import { createSandboxRecords } from '../../server/src/sandbox/create-sandbox-records.ts';

/**
 * An in-memory HubSpot holding the bench's companies, so the worker's recomputes write their properties and
 * records as they would to a portal (the sandbox's CRM, without its script of events).
 */
export function createBenchCrm(
  seeded: readonly { companyId: string; companyName: string | null }[],
  clock: Clock,
): SandboxCrm {
  const companies = seeded.map(({ companyId, companyName }) => ({
    id: companyId,
    name: companyName,
    domain: null,
    fields: {},
  }));
  return createSandboxCrm(createSandboxRecords({ companies }), clock);
}
