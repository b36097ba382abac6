import type { Request } from 'express';
import type { CardAction } from '../../onboarding/model/card-action.ts';
import {
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
  setCriterionStatusBodySchema,
  signalParamsSchema,
  snoozeSignalBodySchema,
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
    const terms = parseCardInput(agreeCriterionBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'agree_criterion', criterionId, ...terms } };
  },
  setCriterionStatus: (req) => {
    const { companyId, criterionId } = parseCardInput(criterionParamsSchema, req.params, 'path');
    const { status } = parseCardInput(setCriterionStatusBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'set_criterion_status', criterionId, status } };
  },
  completeMilestone: (req) => {
    const { companyId, milestoneId } = parseCardInput(milestoneParamsSchema, req.params, 'path');
    const { checklist, notes } = parseCardInput(completeMilestoneBodySchema, req.body, 'body');
    return { companyId, action: { kind: 'complete_milestone', milestoneId, checklist, notes } };
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
