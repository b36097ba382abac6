import type { CardState } from '../../onboarding/views/read-card-state.ts';
import type { RequestHandler } from 'express';
import { toCardView } from '../../onboarding/views/to-card-view.ts';
import { applyCardAction } from '../../onboarding/csm-actions/apply-card-action.ts';
import type { ActionDeps } from '../../onboarding/ports/action-deps.ts';
import { startOnboardingFromCard } from '../../onboarding/csm-actions/start-onboarding-from-card.ts';
import { companyParamsSchema, toStartOnboardingBodySchema } from '../schemas/card-action-bodies.ts';
import { parseCardInput } from '../schemas/parse-card-input.ts';
import type { ParseCardAction } from '../schemas/parse-card-actions.ts';
import { readCardActor, sendActionResult } from './cards-request.ts';

/** POST or PUT /api/cards/companies/:companyId/… — applies one action and answers the refreshed OnboardingView. */
export function createCardActionHandler(deps: ActionDeps, parse: ParseCardAction): RequestHandler {
  return async (req, res) => {
    const actor = readCardActor(res);
    const { companyId, action } = parse(req);
    const result = await applyCardAction(deps, actor, companyId, action);
    sendActionResult(res, result, (state) =>
      toCardView(state.stored, state.assessment, state.thresholds, deps.templates),
    );
  };
}

/** POST /api/cards/companies/:companyId/onboarding — starts an onboarding from a template; 201 with its view. */
export function createStartOnboardingHandler(deps: ActionDeps): RequestHandler {
  return async (req, res) => {
    const actor = readCardActor(res);
    const { companyId } = parseCardInput(companyParamsSchema, req.params, 'path');
    const input = parseCardInput(toStartOnboardingBodySchema(deps.clock.now()), req.body, 'body');
    const result = await startOnboardingFromCard(deps, actor, companyId, input);
    const toView = (state: CardState) => toCardView(state.stored, state.assessment, state.thresholds, deps.templates);
    sendActionResult(res, result, toView, 201);
  };
}
