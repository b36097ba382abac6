import type { CompanyContext, CrmGateway } from '../ports/crm-gateway.ts';
import { storeCompanyContext } from './store-company-context.ts';
import type { Clock, Store } from '../ports/index.ts';
import { listUsagePropertyNames, toPortalUsageMapping } from '../settings/parse-usage-property-mapping.ts';
import type { UsagePropertyMapping } from '../settings/parse-usage-property-mapping.ts';
import { toUsageFromCompanyProperties } from '../usage/to-usage-from-company-properties.ts';
import { toBareDomain } from '../usage/to-bare-domain.ts';
import { recordCompanyOwners } from './record-company-owners.ts';

export interface RefreshDeps {
  store: Pick<Store, 'onboardings' | 'activity' | 'syncState' | 'portalSettings' | 'owners'>;
  crm: CrmGateway;
  clock: Clock;
}

/**
 * Onboardings started before the portal mapped usage properties now have a usage source (docs/PRODUCT.md §5). Read in
 * bulk after the refresh wrote their stakeholders, which saving writes back.
 */
async function markUsageTracked(
  store: RefreshDeps['store'],
  portalId: string,
  companyIds: readonly string[],
): Promise<void> {
  for (const stored of await store.onboardings.list(portalId, companyIds)) {
    if (stored.onboarding.usageTracked) continue;
    const { activity: _activity, ...onboarding } = stored.onboarding;
    await store.onboardings.save({
      portalId,
      dealId: stored.dealId,
      templateId: stored.templateId,
      createdAt: stored.createdAt,
      onboarding: { ...onboarding, usageTracked: true },
    });
  }
}

/**
 * The portal maps usage to company properties (docs/PRODUCT.md §6): their values become usage events recorded like the
 * ingestion endpoint's (idempotent by id), reconciled against the logins already derived from them.
 */
async function recordPropertyUsage(
  deps: RefreshDeps,
  portalId: string,
  context: CompanyContext,
  mapping: UsagePropertyMapping,
): Promise<void> {
  if (context.usageProperties === undefined) return;
  const { companyId } = context;
  const snapshot = await deps.store.activity.getSnapshot(portalId, companyId);
  const events = toUsageFromCompanyProperties({
    companyId,
    mapping,
    values: context.usageProperties,
    recentLogins: snapshot.logins,
    now: deps.clock.now(),
  });
  if (events.length > 0) await deps.store.activity.appendUsage(portalId, events);
}

export interface RefreshOutcome {
  /** The companies re-read, for re-assessment. */
  refreshed: string[];
  /** The companies HubSpot does not know: their onboardings are now parked (`company_not_found`). */
  parked: string[];
}

/**
 * Re-reads the companies with an onboarding in progress from HubSpot in one batched read and replaces their
 * mirror (docs/PRODUCT.md §2 "Run"), with the portal's mapped usage properties turned into usage and each onboarding's
 * owner (the portal's owner property, the company owner by default) recorded and named. Companies without an
 * active onboarding (parked ones included) are not read at all. A company HubSpot does not know (an onboarding started
 * on an id that is no company, or a company deleted unseen) cannot be synced by trying again: its onboarding is parked.
 */
export async function refreshCompanies(
  deps: RefreshDeps,
  portalId: string,
  companyIds: readonly string[],
): Promise<RefreshOutcome> {
  const active = new Set(await deps.store.onboardings.listActiveCompanyIds(portalId, companyIds));
  const wanted = [...new Set(companyIds)].filter((companyId) => active.has(companyId));
  if (wanted.length === 0) return { refreshed: [], parked: [] };
  const settings = await deps.store.portalSettings.get(portalId);
  const mapping = toPortalUsageMapping(settings?.usagePropertyMapping);
  const usageProperties = listUsagePropertyNames(mapping);
  const contexts = await deps.crm.readCompanyContexts(wanted, {
    usageProperties,
    ...(settings?.ownerProperty === undefined ? {} : { ownerProperty: settings.ownerProperty }),
  });
  const known = new Set(contexts.map((context) => context.companyId));
  const parked = wanted.filter((companyId) => !known.has(companyId));
  const at = deps.clock.now();
  for (const companyId of parked) {
    await deps.store.onboardings.park(portalId, companyId, { reason: 'company_not_found', at });
  }
  await deps.store.activity.attachCompanyDomains(
    portalId,
    contexts.flatMap(({ companyId, domain }) => (domain === null ? [] : [{ companyId, domain: toBareDomain(domain) }])),
  );
  const stored = new Map(
    (await deps.store.onboardings.list(portalId, wanted)).map((entry) => [
      entry.onboarding.companyId,
      entry.onboarding.stakeholders,
    ]),
  );
  for (const context of contexts) {
    await storeCompanyContext(deps.store, portalId, context, stored.get(context.companyId) ?? []);
    if (usageProperties.length > 0) await recordPropertyUsage(deps, portalId, context, mapping);
  }
  await recordCompanyOwners(deps, portalId, contexts);
  const withPropertyUsage = contexts.filter((context) => context.usageProperties !== undefined);
  if (usageProperties.length > 0 && withPropertyUsage.length > 0) {
    await markUsageTracked(
      deps.store,
      portalId,
      withPropertyUsage.map((context) => context.companyId),
    );
  }
  return { refreshed: contexts.map((context) => context.companyId), parked };
}
