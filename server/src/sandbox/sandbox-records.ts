import type { Criterion, Engagement, Instant, Milestone, StakeholderRole, Ticket } from '@liftoff/shared/domain/index';
import type { CompanyOnboardingFields, DealHandoffFields, StoredSignal } from '../onboarding/ports/crm-gateway.ts';
import type { CrmOwner } from '../onboarding/ports/records/owner.ts';

/**
 * What the sandbox portal holds, shaped like a HubSpot portal rather than like an onboarding: companies, deals,
 * contacts associated with companies through Liftoff's association labels, engagements, tickets and Liftoff
 * records. Every record carries the instant it was last modified, which `findChangedCompanies` searches on.
 */
export interface SandboxCompany {
  id: string;
  name: string | null;
  domain: string | null;
  fields: Partial<CompanyOnboardingFields>;
  /** The company's CSM owner; absent: none. */
  ownerId?: string | null;
}

/** The sandbox has one deal pipeline, `default`, with HubSpot's default stage ids. */
export interface SandboxDeal {
  id: string;
  name: string;
  pipelineId: string;
  stageId: string;
  closeDate: Instant | null;
  primaryCompanyId: string | null;
  fields: Partial<DealHandoffFields>;
}

export interface SandboxContact {
  id: string;
  name: string | null;
  kpi: string | null;
  lastEngagedAt: Instant | null;
}

/** A contact-to-company association; each label is one Liftoff stakeholder role. */
export interface SandboxContactAssociation {
  companyId: string;
  contactId: string;
  roles: StakeholderRole[];
  modifiedAt: Instant;
}

export interface SandboxActivity<T> {
  companyId: string;
  record: T;
  modifiedAt: Instant;
}

/** A Liftoff custom-object record, associated with its company and, for criteria and milestones, its deal. */
export interface SandboxLiftoffRecord<T> {
  companyId: string;
  dealId: string | null;
  record: T;
  modifiedAt: Instant;
}

export interface SandboxRecords {
  companies: SandboxCompany[];
  deals: SandboxDeal[];
  contacts: SandboxContact[];
  associations: SandboxContactAssociation[];
  engagements: SandboxActivity<Engagement>[];
  tickets: SandboxActivity<Ticket>[];
  criteria: SandboxLiftoffRecord<Criterion>[];
  milestones: SandboxLiftoffRecord<Milestone>[];
  signals: SandboxLiftoffRecord<StoredSignal>[];
  /** The portal's owners; absent: none. */
  owners?: CrmOwner[];
}

export const SANDBOX_PIPELINE_ID = 'default';
export const CLOSED_WON_STAGE_ID = 'closedwon';
