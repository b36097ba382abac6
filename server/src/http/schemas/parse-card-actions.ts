import type { Request } from 'express';
import type { CardAction } from '../../onboarding/model/card-action.ts';
import {
  addCriterionBodySchema,
  addMilestoneBodySchema,
  editCriterionBodySchema,
  markFirstWeekStepBodySchema,
  removeFirstWeekStepBodySchema,
  reopenMilestoneBodySchema,
  replanMilestoneBodySchema,
  retireCriterionBodySchema,
  setMilestoneOwnerBodySchema,
  skipMilestoneBodySchema,
  stepParamsSchema,
  acknowledgeSignalBodySchema,
  agreeCriterionBodySchema,
  closeOnboardingBodySchema,
  companyParamsSchema,
  completeMilestoneBodySchema,
  criterionParamsSchema,
  logCheckpointNoteBodySchema,
  milestoneParamsSchema,
  reopenOnboardingBodySchema,
  resolveSignalBodySchema,
  saveStakeholderBodySchema,
  setCriterionStatusBodySchema,
  signalParamsSchema,
  snoozeSignalBodySchema,
  stakeholderParamsSchema,
  updateCriterionValueBodySchema,
} from './card-action-bodies.ts';
import { parseCardInput } from './parse-card-input.ts';

/** Turns a request's path and body into an action; throws a 400 HttpError when either is invalid. */
export type ParseCardAction = (req: Request) => { companyId: string; action: CardAction };

/** The company card's actions, by route name (shared/src/contract/card-routes.ts). */
export const parseCardActions = {
  updateCriterionValue: (req) => {
    const { companyId, criterionId } = parseCardInput(criterionParamsSchema, req.params, 'path');
    const { current } = parseCardInput(updateCriterionValueBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'update_criterion_value', criterionId, current } };
  },
  agreeCriterion: (req) => {
    const { companyId, criterionId } = parseCardInput(criterionParamsSchema, req.params, 'path');
    const { target, baseline, dueDate, current, direction, baselineDate, baselineEvidence } = parseCardInput(
      agreeCriterionBodySchema,
      req.body,
      'body',
    );
    return {
      companyId,
      action: {
        kind: 'agree_criterion',
        criterionId,
        ...{ target, baseline, dueDate, current, direction, baselineDate, baselineEvidence },
      },
    };
  },
  setCriterionStatus: (req) => {
    const { companyId, criterionId } = parseCardInput(criterionParamsSchema, req.params, 'path');
    const { status } = parseCardInput(setCriterionStatusBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'set_criterion_status', criterionId, status } };
  },
  addCriterion: (req) => {
    const { companyId } = parseCardInput(companyParamsSchema, req.params, 'path');
    const { name, metric, unit, direction, baseline, target, dueDate } = parseCardInput(
      addCriterionBodySchema,
      req.body,
      'body',
    );
    const terms =
      target === undefined || dueDate === undefined ? null : { baseline: baseline ?? null, target, dueDate };
    return { companyId, action: { kind: 'add_criterion', name, metric, unit, direction, terms } };
  },
  editCriterion: (req) => {
    const { companyId, criterionId } = parseCardInput(criterionParamsSchema, req.params, 'path');
    const changes = parseCardInput(editCriterionBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'edit_criterion', criterionId, changes } };
  },
  retireCriterion: (req) => {
    const { companyId, criterionId } = parseCardInput(criterionParamsSchema, req.params, 'path');
    parseCardInput(retireCriterionBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'retire_criterion', criterionId } };
  },
  markFirstWeekStep: (req) => {
    const { companyId, stepId } = parseCardInput(stepParamsSchema, req.params, 'path');
    const { mark, doneOn } = parseCardInput(markFirstWeekStepBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'mark_first_week_step', stepId, mark, doneOn } };
  },
  removeFirstWeekStep: (req) => {
    const { companyId, stepId } = parseCardInput(stepParamsSchema, req.params, 'path');
    parseCardInput(removeFirstWeekStepBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'remove_first_week_step', stepId } };
  },
  completeMilestone: (req) => {
    const { companyId, milestoneId } = parseCardInput(milestoneParamsSchema, req.params, 'path');
    const { completedOn, checklist, notes } = parseCardInput(completeMilestoneBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'complete_milestone', milestoneId, completedOn, checklist, notes } };
  },
  reopenMilestone: (req) => {
    const { companyId, milestoneId } = parseCardInput(milestoneParamsSchema, req.params, 'path');
    parseCardInput(reopenMilestoneBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'reopen_milestone', milestoneId } };
  },
  replanMilestone: (req) => {
    const { companyId, milestoneId } = parseCardInput(milestoneParamsSchema, req.params, 'path');
    const { dueDate, reason } = parseCardInput(replanMilestoneBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'replan_milestone', milestoneId, dueDate, reason } };
  },
  skipMilestone: (req) => {
    const { companyId, milestoneId } = parseCardInput(milestoneParamsSchema, req.params, 'path');
    const { reason } = parseCardInput(skipMilestoneBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'skip_milestone', milestoneId, reason } };
  },
  setMilestoneOwner: (req) => {
    const { companyId, milestoneId } = parseCardInput(milestoneParamsSchema, req.params, 'path');
    const { owner } = parseCardInput(setMilestoneOwnerBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'set_milestone_owner', milestoneId, owner } };
  },
  addMilestone: (req) => {
    const { companyId } = parseCardInput(companyParamsSchema, req.params, 'path');
    const { name, dueDate, owner } = parseCardInput(addMilestoneBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'add_milestone', name, dueDate, owner } };
  },
  logCheckpointNote: (req) => {
    const { companyId } = parseCardInput(companyParamsSchema, req.params, 'path');
    const { milestoneId, note } = parseCardInput(logCheckpointNoteBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'log_checkpoint_note', milestoneId, note } };
  },
  acknowledgeSignal: (req) => {
    const { companyId, signalType } = parseCardInput(signalParamsSchema, req.params, 'path');
    parseCardInput(acknowledgeSignalBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'acknowledge_signal', signalType } };
  },
  snoozeSignal: (req) => {
    const { companyId, signalType } = parseCardInput(signalParamsSchema, req.params, 'path');
    const { until } = parseCardInput(snoozeSignalBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'snooze_signal', signalType, until } };
  },
  resolveSignal: (req) => {
    const { companyId, signalType } = parseCardInput(signalParamsSchema, req.params, 'path');
    const { note } = parseCardInput(resolveSignalBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'resolve_signal', signalType, note } };
  },
  saveStakeholder: (req) => {
    const { companyId, contactId } = parseCardInput(stakeholderParamsSchema, req.params, 'path');
    const { roles, kpi } = parseCardInput(saveStakeholderBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'save_stakeholder', contactId, roles, kpi } };
  },
  closeOnboarding: (req) => {
    const { companyId } = parseCardInput(companyParamsSchema, req.params, 'path');
    const closing = parseCardInput(closeOnboardingBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'close_onboarding', ...closing } };
  },
  reopenOnboarding: (req) => {
    const { companyId } = parseCardInput(companyParamsSchema, req.params, 'path');
    const { note } = parseCardInput(reopenOnboardingBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'reopen_onboarding', note } };
  },
} satisfies Record<string, ParseCardAction>;
