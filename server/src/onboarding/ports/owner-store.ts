import type { CachedOwner } from './records/owner.ts';

/** The portal's HubSpot owners as last read, so cards name an onboarding's CSM without asking HubSpot. */
export interface OwnerStore {
  /** The cached owners among `ownerIds` (an unknown id is left out), ordered by id. */
  list(portalId: string, ownerIds: readonly string[]): Promise<CachedOwner[]>;
  /** Upserts each owner (replacing what was cached for its id). */
  put(portalId: string, owners: readonly CachedOwner[]): Promise<void>;
}
