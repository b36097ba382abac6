import type {
  AddCriterionBody,
  AddMilestoneBody,
  AgreeCriterionBody,
  CloseOnboardingBody,
  CompleteMilestoneBody,
  ContractSignalType,
  EditCriterionBody,
  LogCheckpointNoteBody,
  ReopenOnboardingBody,
  MarkFirstWeekStepBody,
  ReplanMilestoneBody,
  ResolveSignalBody,
  SaveStakeholderBody,
  SetCriterionStatusBody,
  SetMilestoneOwnerBody,
  SkipMilestoneBody,
  SnoozeSignalBody,
  StartOnboardingBody,
  UpdateCriterionValueBody,
} from '../../packages/contract/index.ts';
import { callCardApi } from './call-card-api.ts';

/** GET /api/cards/companies/:companyId/onboarding */
export const fetchOnboarding = (companyId: string) => callCardApi('getOnboarding', { companyId }, null);

/** GET /api/cards/companies/:companyId/summary */
export const fetchOnboardingSummary = (companyId: string) => callCardApi('getOnboardingSummary', { companyId }, null);

/** POST /api/cards/companies/:companyId/onboarding */
export const startOnboarding = (companyId: string, body: StartOnboardingBody) =>
  callCardApi('startOnboarding', { companyId }, body);

/** POST /api/cards/companies/:companyId/criteria/:criterionId/current-value */
export const updateCriterionValue = (companyId: string, criterionId: string, body: UpdateCriterionValueBody) =>
  callCardApi('updateCriterionValue', { companyId, criterionId }, body);

/** POST /api/cards/companies/:companyId/criteria/:criterionId/agreement */
export const agreeCriterion = (companyId: string, criterionId: string, body: AgreeCriterionBody) =>
  callCardApi('agreeCriterion', { companyId, criterionId }, body);

/** POST /api/cards/companies/:companyId/criteria/:criterionId/status */
export const setCriterionStatus = (companyId: string, criterionId: string, body: SetCriterionStatusBody) =>
  callCardApi('setCriterionStatus', { companyId, criterionId }, body);

/** POST /api/cards/companies/:companyId/criteria */
export const addCriterion = (companyId: string, body: AddCriterionBody) =>
  callCardApi('addCriterion', { companyId }, body);

/** PATCH /api/cards/companies/:companyId/criteria/:criterionId */
export const editCriterion = (companyId: string, criterionId: string, body: EditCriterionBody) =>
  callCardApi('editCriterion', { companyId, criterionId }, body);

/** POST /api/cards/companies/:companyId/criteria/:criterionId/retire */
export const retireCriterion = (companyId: string, criterionId: string) =>
  callCardApi('retireCriterion', { companyId, criterionId }, {});

/** POST /api/cards/companies/:companyId/first-week-steps/:stepId/mark */
export const markFirstWeekStep = (companyId: string, stepId: string, body: MarkFirstWeekStepBody) =>
  callCardApi('markFirstWeekStep', { companyId, stepId }, body);

/** POST /api/cards/companies/:companyId/first-week-steps/:stepId/remove */
export const removeFirstWeekStep = (companyId: string, stepId: string) =>
  callCardApi('removeFirstWeekStep', { companyId, stepId }, {});

/** POST /api/cards/companies/:companyId/milestones/:milestoneId/complete */
export const completeMilestone = (companyId: string, milestoneId: string, body: CompleteMilestoneBody) =>
  callCardApi('completeMilestone', { companyId, milestoneId }, body);

/** POST /api/cards/companies/:companyId/milestones/:milestoneId/reopen */
export const reopenMilestone = (companyId: string, milestoneId: string) =>
  callCardApi('reopenMilestone', { companyId, milestoneId }, {});

/** POST /api/cards/companies/:companyId/milestones/:milestoneId/replan */
export const replanMilestone = (companyId: string, milestoneId: string, body: ReplanMilestoneBody) =>
  callCardApi('replanMilestone', { companyId, milestoneId }, body);

/** POST /api/cards/companies/:companyId/milestones/:milestoneId/skip */
export const skipMilestone = (companyId: string, milestoneId: string, body: SkipMilestoneBody) =>
  callCardApi('skipMilestone', { companyId, milestoneId }, body);

/** POST /api/cards/companies/:companyId/milestones/:milestoneId/owner */
export const setMilestoneOwner = (companyId: string, milestoneId: string, body: SetMilestoneOwnerBody) =>
  callCardApi('setMilestoneOwner', { companyId, milestoneId }, body);

/** POST /api/cards/companies/:companyId/milestones */
export const addMilestone = (companyId: string, body: AddMilestoneBody) =>
  callCardApi('addMilestone', { companyId }, body);

/** POST /api/cards/companies/:companyId/checkpoint-notes */
export const logCheckpointNote = (companyId: string, body: LogCheckpointNoteBody) =>
  callCardApi('logCheckpointNote', { companyId }, body);

/** POST /api/cards/companies/:companyId/signals/:signalType/acknowledge */
export const acknowledgeSignal = (companyId: string, signalType: ContractSignalType) =>
  callCardApi('acknowledgeSignal', { companyId, signalType }, {});

/** POST /api/cards/companies/:companyId/signals/:signalType/snooze */
export const snoozeSignal = (companyId: string, signalType: ContractSignalType, body: SnoozeSignalBody) =>
  callCardApi('snoozeSignal', { companyId, signalType }, body);

/** POST /api/cards/companies/:companyId/signals/:signalType/resolve */
export const resolveSignal = (companyId: string, signalType: ContractSignalType, body: ResolveSignalBody) =>
  callCardApi('resolveSignal', { companyId, signalType }, body);

/** PUT /api/cards/companies/:companyId/stakeholders/:contactId */
export const saveStakeholder = (companyId: string, contactId: string, body: SaveStakeholderBody) =>
  callCardApi('saveStakeholder', { companyId, contactId }, body);

/** POST /api/cards/companies/:companyId/onboarding/close */
export const closeOnboarding = (companyId: string, body: CloseOnboardingBody) =>
  callCardApi('closeOnboarding', { companyId }, body);

/** POST /api/cards/companies/:companyId/onboarding/reopen */
export const reopenOnboarding = (companyId: string, body: ReopenOnboardingBody) =>
  callCardApi('reopenOnboarding', { companyId }, body);
