import type { RequestHandler } from 'express';
import { cardRoutes as card } from '@liftoff/shared/contract/index';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import type { Config } from '../config.ts';
import type { WorkflowStartDeps } from '../onboarding/csm-actions/read-workflow-start.ts';
import type { Clock, InboxStore, Store } from '../onboarding/ports/index.ts';
import { createGetHandoffHandler, createSaveHandoffHandler } from './handlers/cards-handoff.ts';
import { createCardActionHandler, createStartOnboardingHandler } from './handlers/cards-onboarding-actions.ts';
import {
  createGetHealthHistoryHandler,
  createGetOnboardingHandler,
  createGetSummaryHandler,
} from './handlers/cards-onboarding-reads.ts';
import { createGetSettingsHandler, createSaveSettingsHandler } from './handlers/cards-settings.ts';
import { createRotateUsageKeyHandler } from './handlers/cards-usage-key.ts';
import { createLivenessHandler, createReadinessHandler } from './handlers/create-health-handlers.ts';
import { createPortfolioReader } from '../onboarding/views/create-portfolio-reader.ts';
import {
  createPortfolioAggregatesHandler,
  createPortfolioHandler,
  createPortfolioTrendsHandler,
  createSignalOutcomesHandler,
} from './handlers/portfolio.ts';
import { createHubSpotWebhookHandler } from './handlers/receive-hubspot-webhooks.ts';
import { createUsageEventsHandler } from './handlers/usage-events.ts';
import {
  createAcknowledgeSignalAction,
  createCloseOnboardingAction,
  createReevaluateOnboardingAction,
  createStartOnboardingAction,
} from './handlers/workflow-actions.ts';
import { createNotFoundHandler } from './middleware/handle-errors.ts';
import { requireHubSpotSignature } from './middleware/require-hubspot-signature.ts';
import { refuseReplayedSignatures } from './middleware/refuse-replayed-signatures.ts';
import { requireJsonBody } from './middleware/require-json-body.ts';
import { requireCardUser } from './middleware/require-card-user.ts';
import { requireServedPortal } from './middleware/require-served-portal.ts';
import { requireUsageApiKey } from './middleware/require-usage-api-key.ts';
import { requireWorkflowSignature } from './middleware/require-workflow-signature.ts';
import { parseCardActions } from './schemas/parse-card-actions.ts';

/** One route: the middleware in `guard` run in order (authentication first, then the body check), then `handler`. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'ALL';
  path: string;
  guard: readonly RequestHandler[];
  handler: RequestHandler;
}

/** Everything the routes need; every part is required, so no route group can be left out by accident. */
export interface RouteDeps {
  config: Pick<Config, 'publicBaseUrl' | 'hubspot' | 'portals' | 'usageFlushIntervalMs'>;
  store: Store;
  /** Business time: an onboarding's day, what is overdue, when usage is flushed. */
  clock: Clock;
  /** Real time, for signature windows and webhook receipt: HubSpot stamps requests with real time. */
  wallClock: Clock;
  /** Where webhook events are appended (the store's inbox; the demo's sandbox also applies them first). */
  webhookInbox: Pick<InboxStore, 'append'>;
  /** A fresh id per inbox event a person's action appends. */
  createEventId: () => string;
  templates: readonly PlaybookTemplate[];
  /** The CRM of a portal (the start-onboarding workflow action reads a company's deals); null for another portal. */
  crmFor: WorkflowStartDeps['crmFor'];
}

/**
 * The service's one URL table. Card paths come from the contract (shared/src/contract/card-routes.ts); workflow
 * paths are the `actionUrl`s of hubspot-project/src/app/workflow-actions/*-hsmeta.json. Guards: `signed` = HubSpot
 * v3 signature and a portal this deployment serves (the portal and user come from the signed URL only), `…Once` = a
 * v3 signature accepted once and a HubSpot user named (card writes), `webhook` = v3 signature (each event names its portal), `workflow` = v3
 * or v2 signature (the body names the portal), `usageKey` = the portal's usage API key; `…Json` also requires a JSON
 * body, checked after authentication. Every portal taken from a request is decided by `decideRequestPortal`.
 */
export function createRouteTable(deps: RouteDeps): Route[] {
  const { store, clock } = deps;
  const { portals } = deps.config;
  const signature = {
    clientSecret: deps.config.hubspot.clientSecret,
    publicBaseUrl: deps.config.publicBaseUrl,
    clock: deps.wallClock,
  };
  const json = requireJsonBody();
  const hubspot = requireHubSpotSignature(signature);
  const none: RequestHandler[] = [];
  const served = requireServedPortal(portals);
  const signed = [hubspot, served];
  const webhookJson = [hubspot, json];
  // Card writes: a signature is accepted once (middleware/refuse-replayed-signatures.ts).
  const once = refuseReplayedSignatures({ clock: deps.wallClock });
  const user = requireCardUser();
  const signedOnce = [hubspot, served, user, once];
  const signedOnceJson = [hubspot, served, user, once, json];
  const workflowJson = [requireWorkflowSignature(signature), json];
  const usageKeyJson = [requireUsageApiKey({ portalSettings: store.portalSettings, portals }), json];

  const actions = { store, clock, createEventId: deps.createEventId, templates: deps.templates };
  const workflow = { ...actions, portals };
  const portfolio = createPortfolioReader({ store, clock });
  const usage = {
    activity: store.activity,
    inbox: store.inbox,
    onboardings: store.onboardings,
    clock,
    flushIntervalMs: deps.config.usageFlushIntervalMs,
  };
  const webhooks = createHubSpotWebhookHandler({
    inbox: deps.webhookInbox,
    clock: deps.wallClock,
    portals,
  });
  const act = (name: keyof typeof parseCardActions) => createCardActionHandler(actions, parseCardActions[name]);

  // prettier-ignore
  return [
    { method: 'GET',  path: '/healthz',                                guard: none,           handler: createLivenessHandler() },
    { method: 'GET',  path: '/readyz',                                 guard: none,           handler: createReadinessHandler(store) },
    { method: 'POST', path: '/webhooks/hubspot',                       guard: webhookJson,    handler: webhooks },
    { method: 'GET',  path: card.getOnboarding.path,                   guard: signed,         handler: createGetOnboardingHandler(actions) },
    { method: 'GET',  path: card.getOnboardingSummary.path,            guard: signed,         handler: createGetSummaryHandler(actions) },
    { method: 'GET',  path: card.getHealthHistory.path,                guard: signed,         handler: createGetHealthHistoryHandler(actions) },
    { method: 'POST', path: card.closeOnboarding.path,                 guard: signedOnceJson, handler: act('closeOnboarding') },
    { method: 'POST', path: card.reopenOnboarding.path,                guard: signedOnceJson, handler: act('reopenOnboarding') },
    { method: 'POST', path: card.startOnboarding.path,                 guard: signedOnceJson, handler: createStartOnboardingHandler(actions) },
    { method: 'POST', path: card.updateCriterionValue.path,            guard: signedOnceJson, handler: act('updateCriterionValue') },
    { method: 'POST', path: card.agreeCriterion.path,                  guard: signedOnceJson, handler: act('agreeCriterion') },
    { method: 'POST', path: card.setCriterionStatus.path,              guard: signedOnceJson, handler: act('setCriterionStatus') },
    { method: 'POST', path: card.addCriterion.path,                    guard: signedOnceJson, handler: act('addCriterion') },
    { method: 'PATCH', path: card.editCriterion.path,                  guard: signedOnceJson, handler: act('editCriterion') },
    { method: 'POST', path: card.retireCriterion.path,                 guard: signedOnceJson, handler: act('retireCriterion') },
    { method: 'POST', path: card.markFirstWeekStep.path,               guard: signedOnceJson, handler: act('markFirstWeekStep') },
    { method: 'POST', path: card.removeFirstWeekStep.path,             guard: signedOnceJson, handler: act('removeFirstWeekStep') },
    { method: 'POST', path: card.completeMilestone.path,               guard: signedOnceJson, handler: act('completeMilestone') },
    { method: 'POST', path: card.reopenMilestone.path,                 guard: signedOnceJson, handler: act('reopenMilestone') },
    { method: 'POST', path: card.replanMilestone.path,                 guard: signedOnceJson, handler: act('replanMilestone') },
    { method: 'POST', path: card.skipMilestone.path,                   guard: signedOnceJson, handler: act('skipMilestone') },
    { method: 'POST', path: card.setMilestoneOwner.path,               guard: signedOnceJson, handler: act('setMilestoneOwner') },
    { method: 'POST', path: card.addMilestone.path,                    guard: signedOnceJson, handler: act('addMilestone') },
    { method: 'POST', path: card.logCheckpointNote.path,               guard: signedOnceJson, handler: act('logCheckpointNote') },
    { method: 'POST', path: card.acknowledgeSignal.path,               guard: signedOnceJson, handler: act('acknowledgeSignal') },
    { method: 'POST', path: card.snoozeSignal.path,                    guard: signedOnceJson, handler: act('snoozeSignal') },
    { method: 'POST', path: card.resolveSignal.path,                   guard: signedOnceJson, handler: act('resolveSignal') },
    { method: 'PUT',  path: card.saveStakeholder.path,                 guard: signedOnceJson, handler: act('saveStakeholder') },
    { method: 'GET',  path: card.getHandoff.path,                      guard: signed,         handler: createGetHandoffHandler(actions) },
    { method: 'PUT',  path: card.saveHandoff.path,                     guard: signedOnceJson, handler: createSaveHandoffHandler(actions) },
    { method: 'GET',  path: card.getSettings.path,                     guard: signed,         handler: createGetSettingsHandler(actions) },
    { method: 'PUT',  path: card.saveSettings.path,                    guard: signedOnceJson, handler: createSaveSettingsHandler(actions) },
    // The body is optional here (no body = replace the previous keys); the handler checks one when sent.
    { method: 'POST', path: card.rotateUsageKey.path,                  guard: signedOnce,     handler: createRotateUsageKeyHandler(actions) },
    // Any other path under /api/cards: 401 unless signed, then 404, so an unsigned caller learns nothing.
    { method: 'ALL',  path: '/api/cards{/*rest}',                      guard: signed,         handler: createNotFoundHandler() },
    { method: 'GET',  path: card.getPortfolio.path,                    guard: signed,         handler: createPortfolioHandler(portfolio) },
    { method: 'GET',  path: card.getPortfolioAggregates.path,          guard: signed,         handler: createPortfolioAggregatesHandler(portfolio) },
    { method: 'GET',  path: card.getPortfolioTrends.path,              guard: signed,         handler: createPortfolioTrendsHandler(portfolio) },
    { method: 'GET',  path: card.getSignalOutcomes.path,               guard: signed,         handler: createSignalOutcomesHandler(portfolio) },
    { method: 'POST', path: '/hubspot/actions/start-onboarding',       guard: workflowJson,   handler: createStartOnboardingAction({ ...workflow, crmFor: deps.crmFor }) },
    { method: 'POST', path: '/hubspot/actions/re-evaluate-onboarding', guard: workflowJson,   handler: createReevaluateOnboardingAction(workflow) },
    { method: 'POST', path: '/hubspot/actions/acknowledge-signal',     guard: workflowJson,   handler: createAcknowledgeSignalAction(workflow) },
    { method: 'POST', path: '/hubspot/actions/close-onboarding',       guard: workflowJson,   handler: createCloseOnboardingAction(workflow) },
    { method: 'POST', path: '/api/usage/events',                       guard: usageKeyJson,   handler: createUsageEventsHandler(usage) },
  ];
}
