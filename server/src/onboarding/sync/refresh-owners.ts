import type { CachedOwner, Clock, CrmGateway, Store } from '../ports/index.ts';
import { listOwnersToRead } from './list-owners-to-read.ts';

export interface RefreshOwnersDeps {
  store: Pick<Store, 'owners'>;
  crm: Pick<CrmGateway, 'readOwners'>;
  clock: Clock;
}

/**
 * Keeps the owners cache able to name every CSM the refresh saw (docs/PRODUCT.md §8), so cards never ask HubSpot.
 * Nothing is read while every owner seen is cached and fresh; otherwise one paged read of all the portal's owners
 * refreshes the whole cache at once. An owner seen but not listed (deactivated) is cached without a name, so it is
 * asked for again only once its entry is stale. When the CRM cannot list them, the cache is left as it is: the
 * onboarding keeps its owner id, and the next refresh asks again.
 */
export async function refreshOwners(
  deps: RefreshOwnersDeps,
  portalId: string,
  ownerIds: readonly string[],
): Promise<void> {
  const now = deps.clock.now();
  const cached = await deps.store.owners.list(portalId, ownerIds);
  const missing = listOwnersToRead(ownerIds, cached, now);
  if (missing.length === 0) return;
  const read = await deps.crm.readOwners();
  if (!read.ok) return;
  const listed = read.value;
  const listedIds = new Set(listed.map((owner) => owner.id));
  const unlisted = missing
    .filter((ownerId) => !listedIds.has(ownerId))
    .map((ownerId): CachedOwner => ({ id: ownerId, name: null, email: null, teams: [], refreshedAt: now }));
  await deps.store.owners.put(portalId, [
    ...listed.map((owner): CachedOwner => ({ ...owner, refreshedAt: now })),
    ...unlisted,
  ]);
}
