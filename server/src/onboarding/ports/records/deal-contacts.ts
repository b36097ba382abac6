import type { DealContact, HandoffCriterion, Instant } from '@liftoff/shared/domain/index';

/**
 * A deal as the worker last read it from the CRM (its mirror): the Handoff card never waits on HubSpot, it answers
 * from this.
 */
export interface DealContacts {
  portalId: string;
  dealId: string;
  /** The deal's name (HubSpot's `dealname`); null when it has none, or the mirror predates names (migration 010). */
  dealName: string | null;
  /** The deal's primary company as that read found it. */
  companyId: string | null;
  contacts: DealContact[];
  /**
   * The promises the CRM already holds for the deal: sales-promise criterion records associated with it. Always
   * none on a portal without Liftoff's custom objects (store_only), where such records exist only in Liftoff's store.
   */
  promises: HandoffCriterion[];
  refreshedAt: Instant;
}
