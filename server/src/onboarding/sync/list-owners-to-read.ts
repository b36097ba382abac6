import type { Instant } from '@liftoff/shared/domain/index';
import type { CachedOwner } from '../ports/index.ts';

/** Names and teams change rarely: a cached owner is read again once a day. */
export const OWNER_CACHE_MS = 86_400_000;

/**
 * The owners the refresh saw that the cache cannot name as of `now`: never read, or read a day ago or more (a
 * renamed CSM or a new team shows within a day). Distinct, in the order seen.
 */
export function listOwnersToRead(seen: readonly string[], cached: readonly CachedOwner[], now: Instant): string[] {
  const freshIds = new Set(cached.filter((owner) => now - owner.refreshedAt < OWNER_CACHE_MS).map((owner) => owner.id));
  return [...new Set(seen)].filter((ownerId) => !freshIds.has(ownerId));
}
