import { defaultTemplates } from '@liftoff/shared/playbook/default-templates';
import { createScheduler } from '../jobs/create-scheduler.ts';
import { createWorker } from '../jobs/create-worker.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../onboarding/ports/index.ts';
import { intakeHubSpotWebhooks } from '../http/intake-hubspot-webhooks.ts';
import type { SandboxCrm } from '../sandbox/create-sandbox-crm.ts';
import type { SimulatedClock } from '../sandbox/create-simulated-clock.ts';
import { replaySandboxScript } from '../sandbox/replay-sandbox-script.ts';
import type { SandboxReplayReport } from '../sandbox/replay-sandbox-script.ts';
import type { SandboxScript } from '../sandbox/sandbox-script.ts';

export interface SeedDemoPortalDeps {
  store: Store;
  crm: SandboxCrm;
  clock: SimulatedClock;
  logger: Logger;
}

export interface SeedDemoPortalOptions {
  portalId: string;
  /** Hash of the demo's usage API key: with a usage source, every onboarding tracks usage. */
  usageApiKeyHash: string;
  usageKeyLastFour: string;
  /** The service's usage flush window, so the replay's usage re-assessments come as the service's would. */
  usageFlushIntervalMs: number;
}

/** The HubSpot user the sandbox's CSM acts as (the demo's signed card URLs carry userId=1). */
const DEMO_CSM_USER_ID = '1';

/**
 * Fills a new demo database the way a real portal's would be: the portal is installed (custom-objects mode, as
 * `npm run hubspot:setup` records it, and the demo's usage key, as `npm run usage:key` would store it), then the
 * sandbox script is replayed through the service's own doors (the card and usage use cases, HubSpot's webhook
 * intake, the scheduler's sweep, the worker's drain) on the held simulated clock. Nothing else writes to the store.
 */
export async function seedDemoPortal(
  deps: SeedDemoPortalDeps,
  script: SandboxScript,
  options: SeedDemoPortalOptions,
): Promise<SandboxReplayReport> {
  const { store, crm, clock, logger } = deps;
  const { portalId } = options;
  await store.portalSettings.setMode(portalId, 'custom_objects');
  const settings = await store.portalSettings.get(portalId);
  if (settings === null) throw new Error(`portal ${portalId} has no settings after setMode`);
  await store.portalSettings.put({
    ...settings,
    usageApiKeyHashes: [options.usageApiKeyHash],
    usageKeyLastFour: options.usageKeyLastFour,
  });

  const sleep = () => Promise.resolve();
  const worker = createWorker({ store, crmFor: (id) => (id === portalId ? crm : null), clock, sleep, logger });
  const scheduler = createScheduler({
    store,
    portalIds: [portalId],
    intervalMs: script.sweepEveryMs,
    clock,
    sleep,
    logger,
  });
  let eventCount = 0;
  return replaySandboxScript(
    {
      portalId,
      userId: DEMO_CSM_USER_ID,
      clock,
      crm,
      actions: { store, clock, createEventId: () => `sandbox-${(eventCount += 1)}`, templates: defaultTemplates },
      usage: {
        activity: store.activity,
        inbox: store.inbox,
        onboardings: store.onboardings,
        clock,
        flushIntervalMs: options.usageFlushIntervalMs,
      },
      deliverWebhooks: (events) =>
        intakeHubSpotWebhooks({ inbox: store.inbox, clock, portals: { mode: 'static', portalId } }, events),
      sweep: () => scheduler.sweepOnce(),
      drain: () => worker.drainOnce(),
    },
    script,
  );
}
