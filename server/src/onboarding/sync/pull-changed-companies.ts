import type { Clock } from '../ports/index.ts';
import { refreshCompanies } from './refresh-companies.ts';
import type { RefreshDeps, RefreshOutcome } from './refresh-companies.ts';
import { listUsagePropertyNames, toPortalUsageMapping } from '../settings/parse-usage-property-mapping.ts';

export interface PullDeps extends RefreshDeps {
  clock: Clock;
}

/** The incremental pull's resume point in the sync state. */
export const CRM_CHANGES_STREAM = 'crm_changes';

/** How far back the very first pull looks, before any watermark exists. */
export const FIRST_PULL_LOOKBACK_MS = 86_400_000;

/**
 * A portal keeping usage on company properties (docs/PRODUCT.md §6) gets no webhook when only those properties change,
 * and the change search does not cover companies: every pull re-reads all its onboardings in progress, so mapped
 * usage is never older than one sweep interval. Cost per sweep: the refresh's batched reads, about 10 calls per
 * 100 companies (the company read, its contact, engagement, ticket and Liftoff association reads and the records
 * they name), against the burst budget; a portal without a mapping pays nothing.
 */
async function listMappedUsageCompanyIds(deps: PullDeps, portalId: string): Promise<string[]> {
  const settings = await deps.store.portalSettings.get(portalId);
  const mapping = toPortalUsageMapping(settings?.usagePropertyMapping);
  if (listUsagePropertyNames(mapping).length === 0) return [];
  return deps.store.onboardings.listActiveCompanyIds(portalId);
}

/**
 * The incremental pull (docs/ARCHITECTURE.md §3, "Clock"): HubSpot does not push every engagement or ticket change, so the
 * companies whose engagements (emails, calls, meetings), tickets or Liftoff records changed since the watermark are
 * refreshed, with every company in progress when the portal maps usage properties; then the watermark moves to the
 * latest change seen. It moves only after the refresh succeeded, so a crash re-reads the same changes instead of
 * missing them. Returns the companies refreshed, for re-assessment, and those parked as unknown to HubSpot.
 */
export async function pullChangedCompanies(deps: PullDeps, portalId: string): Promise<RefreshOutcome> {
  const { syncState } = deps.store;
  const stored = await syncState.getWatermark(portalId, CRM_CHANGES_STREAM);
  const since = stored === null ? deps.clock.now() - FIRST_PULL_LOOKBACK_MS : Number(stored);
  const changed = await deps.crm.findChangedCompanies(since);
  const mapped = await listMappedUsageCompanyIds(deps, portalId);
  const outcome = await refreshCompanies(deps, portalId, [...changed.companyIds, ...mapped]);
  await syncState.setWatermark(portalId, CRM_CHANGES_STREAM, String(changed.watermark));
  return outcome;
}
