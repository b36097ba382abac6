import type { CalendarDate, Instant } from './time-values.ts';
import type { StakeholderRole } from './stakeholder.ts';

/** A contact associated with a deal, with the Liftoff roles its association labels give it on the deal's company. */
export interface DealContact {
  contactId: string;
  name: string | null;
  email: string | null;
  /** Every Liftoff label the contact carries on the deal's primary company (none when the deal has no company). */
  roles: StakeholderRole[];
}

/** A promise sales wrote on the deal before close (docs/PRODUCT.md §1, sales rep); it becomes a criterion once won. */
export interface HandoffCriterion {
  /** Unique across the portal (`handoff-<dealId>-c<n>`): it stays the criterion's key once the onboarding starts. */
  id: string;
  name: string;
  metric: string | null;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  dueDate: CalendarDate | null;
}

/** A contact sales listed on the deal, with the circles it was tagged with (never `validation_owner`, named apart). */
export interface HandoffContact {
  contactId: string;
  name: string | null;
  email: string | null;
  roles: StakeholderRole[];
}

/** What sales recorded on one deal: the promises, the stakeholders and the validation owner (docs/PRODUCT.md §2 step 1). */
export interface Handoff {
  portalId: string;
  dealId: string;
  /** The deal's primary company, once the worker has read the deal from HubSpot; null until then. */
  companyId: string | null;
  criteria: HandoffCriterion[];
  contacts: HandoffContact[];
  validationOwnerContactId: string | null;
  updatedAt: Instant;
  /** The HubSpot user who saved it last, from the signed card request. */
  updatedBy: string | null;
}
