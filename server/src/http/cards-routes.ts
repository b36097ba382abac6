import { Router } from 'express';
import { cardRoutes } from '@liftoff/shared/contract/index';
import type { CardRouteName } from '@liftoff/shared/contract/index';
import type { ActionDeps } from '../onboarding/ports/action-deps.ts';
import type { HandoffDeps } from '../onboarding/handoff/save-handoff.ts';
import type { AppRoute } from './routes.ts';
import {
  createCardActionHandler,
  createStartOnboardingHandler,
  parseCardActions,
} from './handlers/cards-onboarding-actions.ts';
import { createGetHandoffHandler, createSaveHandoffHandler } from './handlers/cards-handoff.ts';
import { createGetOnboardingHandler, createGetSummaryHandler } from './handlers/cards-onboarding-reads.ts';
import { createPortfolioHandler } from './handlers/portfolio.ts';
import {
  createGetSettingsHandler,
  createRotateUsageKeyHandler,
  createSaveSettingsHandler,
} from './handlers/cards-settings.ts';
import { requireHubSpotSignature } from './middleware/require-hubspot-signature.ts';
import type { HubSpotSignatureOptions } from './middleware/require-hubspot-signature.ts';
import { requireJsonBody } from './middleware/require-json-body.ts';

/** `signature` carries its own clock: signature windows run on real time even when the demo's clock runs fast. */
export type CardRoutesDeps = ActionDeps & HandoffDeps & { signature: HubSpotSignatureOptions };

const CARDS_PREFIX = '/api/cards';

/** A card route's path under the `/api/cards` mount, from the contract's URL table. */
function toMountedPath(name: CardRouteName): string {
  return cardRoutes[name].path.slice(CARDS_PREFIX.length);
}

/**
 * The card API (`/api/cards/...`, the paths and bodies of shared/src/contract) and the portfolio report
 * (`/api/portfolio`). Every request must carry a valid HubSpot v3 signature; the portal and user come from the
 * signed URL only. Reads answer from the store; actions change the store at once and reach HubSpot via the worker.
 */
export function createCardRoutes(deps: CardRoutesDeps): AppRoute[] {
  const signed = requireHubSpotSignature(deps.signature);
  const json = requireJsonBody();

  const cards = Router();
  cards.use(signed);
  cards.get(toMountedPath('getOnboarding'), createGetOnboardingHandler(deps));
  cards.get(toMountedPath('getOnboardingSummary'), createGetSummaryHandler(deps));
  cards.post(toMountedPath('startOnboarding'), json, createStartOnboardingHandler(deps));
  for (const name of Object.keys(parseCardActions) as (keyof typeof parseCardActions)[]) {
    cards.post(toMountedPath(name), json, createCardActionHandler(deps, parseCardActions[name]));
  }
  cards.get(toMountedPath('getHandoff'), createGetHandoffHandler(deps));
  cards.put(toMountedPath('saveHandoff'), json, createSaveHandoffHandler(deps));
  cards.get(toMountedPath('getSettings'), createGetSettingsHandler(deps));
  cards.put(toMountedPath('saveSettings'), json, createSaveSettingsHandler(deps));
  cards.post(toMountedPath('rotateUsageKey'), createRotateUsageKeyHandler(deps));

  const portfolio = Router();
  portfolio.get('/', signed, createPortfolioHandler(deps));

  return [
    { path: CARDS_PREFIX, router: cards },
    { path: '/api/portfolio', router: portfolio },
  ];
}
