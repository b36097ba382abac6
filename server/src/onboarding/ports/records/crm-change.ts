/**
 * What a change in the CRM means for Liftoff, decided by the CRM adapter when the change arrives (a HubSpot webhook
 * event): the object, the change, and the company or deal it concerns. Nothing outside the adapter reads the
 * CRM's own payload; the worker decides its job on this union alone.
 */
export type CrmChange =
  /** A deal was created or moved to another stage: it may have reached closed-won. */
  | { kind: 'deal_stage_changed'; dealId: string }
  /** A deal's associations changed (its contacts, or the company whose labels they carry). */
  | { kind: 'deal_associations_changed'; dealId: string }
  /** Something about a company changed: one of its properties, a restore, or one of its associations. */
  | { kind: 'company_changed'; companyId: string }
  /** The CRM merged companies: the onboarding follows the surviving one. */
  | { kind: 'companies_merged'; survivingCompanyId: string; mergedCompanyIds: string[] }
  | { kind: 'company_deleted'; companyId: string }
  /** A ticket, contact, engagement or Liftoff record changed; the incremental pull finds the companies it touches. */
  | { kind: 'activity_changed' }
  /** A change Liftoff does not act on; the reason is kept with the done event. */
  | { kind: 'ignored'; reason: string };

export type CrmChangeKind = CrmChange['kind'];
