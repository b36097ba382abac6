import type { RequestHandler } from 'express';
import type {
  HealthHistoryView,
  OnboardingCardResponse,
  OnboardingSummaryResponse,
} from '@liftoff/shared/contract/index';
import { toCardView, toEmptyCardView, toSummaryView } from '../../onboarding/views/to-card-view.ts';
import type { ActionDeps } from '../../onboarding/ports/action-deps.ts';
import type { Clock, Store } from '../../onboarding/ports/index.ts';
import { toHealthHistory, toHealthHistoryStart } from '../../onboarding/views/to-health-history.ts';
import { readCardState, toCardState } from '../../onboarding/views/read-card-state.ts';
import { toPortalTemplates } from '../../onboarding/settings/to-portal-templates.ts';
import { companyParamsSchema } from '../schemas/card-action-bodies.ts';
import { parseCardInput } from '../schemas/parse-card-input.ts';
import { readCardActor } from './cards-request.ts';

/** GET /api/cards/companies/:companyId/onboarding — the running onboarding, or the templates to start one. */
export function createGetOnboardingHandler(deps: ActionDeps): RequestHandler {
  return async (req, res) => {
    const actor = readCardActor(res);
    const { companyId } = parseCardInput(companyParamsSchema, req.params, 'path');
    // Both reads at once: the settings serve the assessment's thresholds or, with no onboarding, the templates.
    const [stored, settings] = await Promise.all([
      deps.store.onboardings.get(actor.portalId, companyId),
      deps.store.portalSettings.get(actor.portalId),
    ]);
    if (stored !== null) {
      const state = toCardState(stored, settings, deps.clock.now());
      const onboarding = toCardView(state.stored, state.assessment, state.thresholds, deps.templates);
      res.json({ kind: 'onboarding', onboarding } satisfies OnboardingCardResponse);
      return;
    }
    // No onboarding yet: the templates as the portal runs them, its default one suggested.
    const portal = toPortalTemplates(settings, deps.templates);
    const body: OnboardingCardResponse = {
      kind: 'empty',
      empty: toEmptyCardView(companyId, portal.templates, portal.defaultTemplate?.id ?? null, deps.clock.now()),
    };
    res.json(body);
  };
}

/** GET /api/cards/companies/:companyId/summary — the sidebar card's figures. */
export function createGetSummaryHandler(deps: ActionDeps): RequestHandler {
  return async (req, res) => {
    const actor = readCardActor(res);
    const { companyId } = parseCardInput(companyParamsSchema, req.params, 'path');
    const state = await readCardState(deps, actor.portalId, companyId);
    const body: OnboardingSummaryResponse =
      state === null
        ? { kind: 'empty', companyId }
        : { kind: 'summary', summary: toSummaryView(state.assessment, state.stored.onboarding) };
    res.json(body);
  };
}

/** GET /api/cards/companies/:companyId/health-history — the last 90 days of health, with the signals' detections. */
export function createGetHealthHistoryHandler(deps: { store: Pick<Store, 'history'>; clock: Clock }): RequestHandler {
  return async (req, res) => {
    const actor = readCardActor(res);
    const { companyId } = parseCardInput(companyParamsSchema, req.params, 'path');
    const now = deps.clock.now();
    const { history } = deps.store;
    const [states, detections, since] = await Promise.all([
      history.listCompany(actor.portalId, companyId, toHealthHistoryStart(now)),
      history.listDetections(actor.portalId, companyId),
      history.firstRecordedAt(actor.portalId),
    ]);
    res.json(toHealthHistory(states, detections, now, since) satisfies HealthHistoryView);
  };
}
