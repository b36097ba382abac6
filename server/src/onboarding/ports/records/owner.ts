import type { Instant } from '@liftoff/shared/domain/index';

/** A team a HubSpot owner belongs to; `primary` is the one HubSpot reports the owner under. */
export interface OwnerTeam {
  id: string;
  name: string;
  primary: boolean;
}

/** A HubSpot owner (a user who can own records) as the CRM answers it. */
export interface CrmOwner {
  id: string;
  /** First and last name, else the email; null when HubSpot has neither. */
  name: string | null;
  email: string | null;
  teams: OwnerTeam[];
}

/**
 * An owner as the store caches it: the CRM's answer and when it was read. An owner the CRM no longer lists (a
 * deactivated user) is cached with no name, so the refresh asks for it again only once the cache is stale.
 */
export interface CachedOwner extends CrmOwner {
  refreshedAt: Instant;
}
