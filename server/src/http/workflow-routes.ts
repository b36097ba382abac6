import { Router } from 'express';
import type { ActionDeps } from '../onboarding/ports/action-deps.ts';
import {
  createAcknowledgeSignalAction,
  createReevaluateOnboardingAction,
  createStartOnboardingAction,
} from './handlers/workflow-actions.ts';
import { requireWorkflowSignature } from './middleware/require-workflow-signature.ts';
import { requireJsonBody } from './middleware/require-json-body.ts';
import type { HubSpotSignatureOptions } from './middleware/require-hubspot-signature.ts';
import type { AppRoute } from './routes.ts';

/**
 * The custom workflow actions' endpoints, at the `actionUrl` paths of
 * hubspot-project/src/app/workflow-actions/*-hsmeta.json; each is signature-verified before its body is read.
 */
export function createWorkflowRoutes(deps: ActionDeps & { signature: HubSpotSignatureOptions }): AppRoute {
  const router = Router();
  const guard = [requireWorkflowSignature(deps.signature), requireJsonBody()];
  router.post('/start-onboarding', ...guard, createStartOnboardingAction(deps));
  router.post('/re-evaluate-onboarding', ...guard, createReevaluateOnboardingAction(deps));
  router.post('/acknowledge-signal', ...guard, createAcknowledgeSignalAction(deps));
  return { path: '/hubspot/actions', router };
}
