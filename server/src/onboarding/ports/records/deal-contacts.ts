import type { DealContact, Instant } from '@liftoff/shared/domain/index';

/** A deal's associated contacts as the worker last read them from the CRM: the Handoff card never waits on HubSpot. */
export interface DealContacts {
  portalId: string;
  dealId: string;
  /** The deal's primary company as that read found it. */
  companyId: string | null;
  contacts: DealContact[];
  refreshedAt: Instant;
}
