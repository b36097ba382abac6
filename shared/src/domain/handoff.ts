import type { Criterion } from './criterion.ts';
import type { Instant } from './time-values.ts';
import type { StakeholderRole } from './stakeholder.ts';

/** A contact associated with a deal, with the Liftoff roles its association labels give it on the deal's company. */
export interface DealContact {
  contactId: string;
  name: string | null;
  email: string | null;
  /** Every Liftoff label the contact carries on the deal's primary company (none when the deal has no company). */
  roles: StakeholderRole[];
}

/**
 * A promise sales wrote on the deal before close (docs/PRODUCT.md §1, sales rep); it becomes a criterion once won,
 * so it is the criterion's own fields, less those only an onboarding has (progress, status, source, owner). Its id
 * is unique across the portal (`handoff-<dealId>-c<n>`): it stays the criterion's key once the onboarding starts.
 */
export type HandoffCriterion = Pick<Criterion, 'id' | 'name' | 'metric' | 'unit' | 'baseline' | 'target' | 'dueDate'>;

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
