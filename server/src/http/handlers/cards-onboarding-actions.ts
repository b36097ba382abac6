import type { Request, RequestHandler } from 'express';
import { toCardView } from '../../onboarding/views/to-card-view.ts';
import { applyCardAction } from '../../onboarding/csm-actions/apply-card-action.ts';
import type { CardAction } from '../../onboarding/csm-actions/card-action.ts';
import type { ActionDeps } from '../../onboarding/ports/action-deps.ts';
import { startOnboardingFromCard } from '../../onboarding/csm-actions/start-onboarding-from-card.ts';
import {
  acknowledgeSignalBodySchema,
  agreeCriterionBodySchema,
  companyParamsSchema,
  completeMilestoneBodySchema,
  criterionParamsSchema,
  logCheckpointNoteBodySchema,
  milestoneParamsSchema,
  resolveSignalBodySchema,
  setCriterionStatusBodySchema,
  signalParamsSchema,
  snoozeSignalBodySchema,
  startOnboardingBodySchema,
  updateCriterionValueBodySchema,
} from '../schemas/card-action-bodies.ts';
import { parseCardInput, readCardActor, sendCardError } from './cards-request.ts';

/** Turns a request's path and body into an action; throws a 400 HttpError when either is invalid. */
type ParseCardAction = (req: Request) => { companyId: string; action: CardAction };

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
} satisfies Record<string, ParseCardAction>;

/** POST /api/cards/companies/:companyId/… — applies one action and answers the refreshed OnboardingView. */
export function createCardActionHandler(deps: ActionDeps, parse: ParseCardAction): RequestHandler {
  return async (req, res) => {
    const actor = readCardActor(res);
    const { companyId, action } = parse(req);
    const result = await applyCardAction(deps, actor, companyId, action);
    if (!result.ok) {
      sendCardError(res, result.error);
      return;
    }
    res.json(toCardView(result.value.stored, result.value.assessment, result.value.thresholds, deps.templates));
  };
}

/** POST /api/cards/companies/:companyId/onboarding — starts an onboarding from a template; 201 with its view. */
export function createStartOnboardingHandler(deps: ActionDeps): RequestHandler {
  return async (req, res) => {
    const actor = readCardActor(res);
    const { companyId } = parseCardInput(companyParamsSchema, req.params, 'path');
    const input = parseCardInput(startOnboardingBodySchema, req.body, 'body');
    const result = await startOnboardingFromCard(deps, actor, companyId, input);
    if (!result.ok) {
      sendCardError(res, result.error);
      return;
    }
    res
      .status(201)
      .json(toCardView(result.value.stored, result.value.assessment, result.value.thresholds, deps.templates));
  };
}
