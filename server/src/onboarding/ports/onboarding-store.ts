import type { Result } from '../../result.ts';
import type { Instant, SignalType } from '@liftoff/shared/domain/index';
import type { StoreError } from './records/store-error.ts';
import type {
  CheckpointNote,
  CheckpointNoteInput,
  CriterionProgress,
  MilestoneCompletion,
  MilestoneReplanInput,
  OnboardingRecord,
  OutcomeChange,
  ParkedOnboarding,
  SignalStateChange,
  StakeholderEdit,
  StoredOnboarding,
} from './records/stored-onboarding.ts';

export interface OnboardingStore {
  get(portalId: string, companyId: string): Promise<StoredOnboarding | null>;
  /**
   * The portal's onboardings, or those of the given companies (a company without one is left out), ordered by
   * company id: a bulk read in a constant number of queries, for reads over many companies (portfolio, refresh).
   */
  list(portalId: string, companyIds?: readonly string[]): Promise<StoredOnboarding[]>;
  /** Upserts the onboarding and replaces its criteria, milestones, first-week steps, stakeholders and signals at once. */
  save(record: OnboardingRecord): Promise<void>;
  /**
   * Companies whose onboarding is `in_progress` and not parked, among `companyIds` when given, ordered by company id:
   * the onboardings the worker keeps in sync with the CRM.
   */
  listActiveCompanyIds(portalId: string, companyIds?: readonly string[]): Promise<string[]>;
  /** In-progress onboardings, not parked, never assessed or last assessed before `assessedBefore`, the stalest first. */
  listDueForReassessment(portalId: string, assessedBefore: Instant): Promise<string[]>;
  /** Parks the company's onboarding (kept as it is, no longer synced); a company without one is left alone. `save` keeps it parked. */
  park(portalId: string, companyId: string, parked: ParkedOnboarding): Promise<void>;
  /** After a HubSpot company merge: the onboarding, its children and usage follow the surviving company. */
  moveCompany(portalId: string, fromCompanyId: string, toCompanyId: string): Promise<Result<void, StoreError>>;
  /** Forgets everything about a company (deleted in HubSpot): onboarding, activity, assessment. */
  remove(portalId: string, companyId: string): Promise<void>;
  /**
   * Records each company's owner as the CRM names it (null: none); a company without an onboarding is left alone.
   * Only the owner changes: the onboarding is not touched otherwise.
   */
  setOwnerIds(portalId: string, owners: readonly { companyId: string; ownerId: string | null }[]): Promise<void>;
  updateCriterion(
    portalId: string,
    companyId: string,
    criterionId: string,
    progress: CriterionProgress,
  ): Promise<Result<void, StoreError>>;
  completeMilestone(
    portalId: string,
    companyId: string,
    milestoneId: string,
    completion: MilestoneCompletion,
  ): Promise<Result<void, StoreError>>;
  /** Moves the milestone's due date (a skipped one is back in the plan) and keeps the date it replaced in its re-plan history. */
  replanMilestone(
    portalId: string,
    companyId: string,
    milestoneId: string,
    replan: MilestoneReplanInput,
  ): Promise<Result<void, StoreError>>;
  addCheckpointNote(
    portalId: string,
    companyId: string,
    note: CheckpointNoteInput,
  ): Promise<Result<CheckpointNote, StoreError>>;
  /**
   * Closes or reopens the onboarding at once: its status, `closedAt`, `outcomeReason` and `reopenedAt`, the verdicts
   * on its sales promises not judged before, and the entry in its checkpoint log.
   */
  setOutcome(portalId: string, companyId: string, change: OutcomeChange): Promise<Result<void, StoreError>>;
  /** Records a person's handling of the signal (its dates, the resolver) and appends it to the signal's history. */
  setSignalState(
    portalId: string,
    companyId: string,
    type: SignalType,
    change: SignalStateChange,
  ): Promise<Result<void, StoreError>>;
  /**
   * Saves a person's mapping of one of the company's contacts (a stakeholder row the refresh stored) and appends it
   * to the stakeholder history.
   */
  saveStakeholder(
    portalId: string,
    companyId: string,
    contactId: string,
    edit: StakeholderEdit,
  ): Promise<Result<void, StoreError>>;
}
