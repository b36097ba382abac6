import { knownObjectTypes } from './known-values.ts';
import type { Store } from './ports.ts';
import { toSyncFailure } from './sync-result.ts';
import type { SyncResult } from './sync-result.ts';

export interface CompanyChangeDeps {
  store: Pick<Store, 'onboardings' | 'syncState'>;
}

/**
 * HubSpot merged companies: an onboarding on a merged-away company follows the surviving id (with its activity and
 * usage). If the survivor already has its own onboarding the move is refused and the event parked for a person to
 * decide, since silently dropping either onboarding would lose the CSM's work. Returns the survivor to refresh.
 */
export async function applyCompanyMerge(
  deps: CompanyChangeDeps,
  portalId: string,
  mergedCompanyIds: readonly string[],
  survivingCompanyId: string,
): Promise<SyncResult<string>> {
  for (const companyId of mergedCompanyIds) {
    const moved = await deps.store.onboardings.moveCompany(portalId, companyId, survivingCompanyId);
    if (!moved.ok && moved.error.code !== 'onboarding_not_found') {
      return toSyncFailure('merge_refused', `merging ${companyId} into ${survivingCompanyId}: ${moved.error.message}`);
    }
  }
  await deps.store.syncState.forgetObjects(portalId, knownObjectTypes.company, mergedCompanyIds);
  return { ok: true, value: survivingCompanyId };
}

/** The company was deleted in HubSpot: its onboarding, activity and known values go with it. */
export async function applyCompanyDeletion(
  deps: CompanyChangeDeps,
  portalId: string,
  companyId: string,
): Promise<void> {
  await deps.store.onboardings.remove(portalId, companyId);
  await deps.store.syncState.forgetObjects(portalId, knownObjectTypes.company, [companyId]);
}
