import type { RequestHandler } from 'express';
import type { OnboardingCardResponse, OnboardingSummaryResponse } from '@liftoff/shared/contract/index';
import { decideTemplate } from '@liftoff/shared/playbook/decide-template';
import { buildCardView, buildEmptyCardView, buildSummaryView } from '../../onboarding/build-card-view.ts';
import type { CardDeps } from '../../onboarding/card-actions/card-deps.ts';
import { readCardState } from '../../onboarding/card-actions/read-card-state.ts';
import { companyParamsSchema } from './cards-action-bodies.ts';
import { parseCardInput, readCardActor } from './cards-request.ts';

/** GET /api/cards/companies/:companyId/onboarding — the running onboarding, or the templates to start one. */
export function createGetOnboardingHandler(deps: CardDeps): RequestHandler {
  return async (req, res) => {
    const actor = readCardActor(res);
    const { companyId } = parseCardInput(companyParamsSchema, req.params, 'path');
    const state = await readCardState(deps, actor.portalId, companyId);
    const body: OnboardingCardResponse =
      state === null
        ? {
            kind: 'empty',
            empty: buildEmptyCardView(
              companyId,
              deps.templates,
              decideTemplate({ pipelineId: null, segment: null }, deps.templates)?.id ?? null,
            ),
          }
        : { kind: 'onboarding', onboarding: buildCardView(state.stored, state.assessment, state.thresholds) };
    res.json(body);
  };
}

/** GET /api/cards/companies/:companyId/summary — the sidebar card's figures. */
export function createGetSummaryHandler(deps: CardDeps): RequestHandler {
  return async (req, res) => {
    const actor = readCardActor(res);
    const { companyId } = parseCardInput(companyParamsSchema, req.params, 'path');
    const state = await readCardState(deps, actor.portalId, companyId);
    const body: OnboardingSummaryResponse =
      state === null ? { kind: 'empty', companyId } : { kind: 'summary', summary: buildSummaryView(state.assessment) };
    res.json(body);
  };
}
