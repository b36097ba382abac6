import type { CompanyContext } from '../ports/crm-gateway.ts';
import type { Clock, CrmGateway, Store } from '../ports/index.ts';
import { refreshOwners } from './refresh-owners.ts';

export interface RecordOwnersDeps {
  store: Pick<Store, 'onboardings' | 'owners'>;
  crm: Pick<CrmGateway, 'readOwners'>;
  clock: Clock;
}

/**
 * Each company read names its onboarding's CSM (docs/PRODUCT.md §8): the owner the portal's owner property holds
 * now is recorded on the onboarding (none when it holds none), and the owners cache learns any owner it cannot
 * name yet, so the card names the CSM from the store.
 */
export async function recordCompanyOwners(
  deps: RecordOwnersDeps,
  portalId: string,
  contexts: readonly Pick<CompanyContext, 'companyId' | 'ownerId'>[],
): Promise<void> {
  await deps.store.onboardings.setOwnerIds(
    portalId,
    contexts.map(({ companyId, ownerId }) => ({ companyId, ownerId })),
  );
  await refreshOwners(
    deps,
    portalId,
    contexts.flatMap(({ ownerId }) => ownerId ?? []),
  );
}
