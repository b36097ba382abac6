import type { JobDeps } from '../jobs/run-jobs.ts';
import { runJobs } from '../jobs/run-jobs.ts';
import { storeCompanyContext } from '../onboarding/sync/store-company-context.ts';
import type { SandboxPortal } from './create-sandbox-portal.ts';

/** The worker's job dependencies: the seed runs the same jobs. */
export type SeedSandboxDeps = JobDeps;

export interface SeedSandboxOptions {
  portalId: string;
  /** Hash of the demo's usage API key: with a usage source, new onboardings track usage. */
  usageApiKeyHash: string;
}

/** Usage events per store call: one transaction each, small enough not to hold the database for long. */
const USAGE_CHUNK = 5_000;

/**
 * Loads the sandbox portal's history into Liftoff's store the way the service builds it, so every number the demo
 * shows is the engine's: the portal's settings (custom objects, a usage source), each onboarding's plan and its
 * CSM's progress (what the cards saved over the months), the usage the products reported, then the worker's own
 * path: the companies' HubSpot mirror refreshed from the sandbox CRM and one re-assessment job per company
 * (engine, stored assessment, diff-only write-back to the sandbox). Returns the companies assessed.
 */
export async function seedSandboxStore(
  deps: SeedSandboxDeps,
  portal: SandboxPortal,
  options: SeedSandboxOptions,
): Promise<string[]> {
  const { store, crm } = deps;
  const { portalId } = options;
  await store.portalSettings.put({
    portalId,
    mode: 'custom_objects',
    thresholds: {},
    templates: {},
    usagePropertyMapping: {},
    usageApiKeyHashes: [options.usageApiKeyHash],
  });
  for (const { dealId, onboarding } of portal.onboardings) {
    const { activity: _activity, ...plan } = onboarding;
    await store.onboardings.save({
      portalId,
      dealId,
      templateId: null,
      createdAt: onboarding.startDate,
      onboarding: plan,
    });
  }
  for (let from = 0; from < portal.usage.length; from += USAGE_CHUNK) {
    await store.activity.appendUsage(portalId, portal.usage.slice(from, from + USAGE_CHUNK));
  }
  const companyIds = portal.onboardings.map(({ onboarding }) => onboarding.companyId);
  for (const context of await crm.readCompanyContexts(companyIds)) {
    await storeCompanyContext(store, portalId, context, []);
  }
  const result = await runJobs(
    deps,
    portalId,
    companyIds.map((companyId) => ({ kind: 'reassess', portalId, companyId })),
  );
  if (!result.ok) throw new Error(`seeding the sandbox failed: ${result.error.code}: ${result.error.message}`);
  return result.value.recomputed;
}
