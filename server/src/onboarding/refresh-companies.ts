import type { CompanyContext, CrmGateway } from './crm-gateway.ts';
import { knownObjectTypes, toKnownObjectValues } from './known-values.ts';
import type { Store } from './ports.ts';

export interface RefreshDeps {
  store: Pick<Store, 'onboardings' | 'activity' | 'syncState'>;
  crm: CrmGateway;
}

/** Mirrors what HubSpot holds about one company: its activity, and the Liftoff values it has (the diff's base). */
export async function storeCompanyContext(
  store: RefreshDeps['store'],
  portalId: string,
  context: CompanyContext,
): Promise<void> {
  const { companyId } = context;
  await store.activity.replaceCrmActivity(portalId, companyId, {
    engagements: context.engagements,
    tickets: context.tickets,
    stakeholders: context.stakeholders,
  });
  await Promise.all([
    store.syncState.rememberValues(portalId, knownObjectTypes.company, [
      toKnownObjectValues(companyId, context.fields),
    ]),
    store.syncState.rememberValues(
      portalId,
      knownObjectTypes.signal,
      context.signals.map((signal) => toKnownObjectValues(signal.key, signal)),
    ),
    store.syncState.rememberValues(
      portalId,
      knownObjectTypes.criterion,
      context.criteria.map((criterion) => toKnownObjectValues(criterion.id, criterion)),
    ),
    store.syncState.rememberValues(
      portalId,
      knownObjectTypes.milestone,
      context.milestones.map((milestone) => toKnownObjectValues(milestone.id, milestone)),
    ),
  ]);
}

/**
 * Re-reads the companies with an onboarding in progress from HubSpot in one batched read and replaces their
 * mirror (PRODUCT.md §2 "Run"). Companies without an active onboarding are not read at all. Returns the companies
 * refreshed, for re-assessment.
 */
export async function refreshCompanies(
  deps: RefreshDeps,
  portalId: string,
  companyIds: readonly string[],
): Promise<string[]> {
  const active = new Set(await deps.store.onboardings.listActiveCompanyIds(portalId));
  const wanted = [...new Set(companyIds)].filter((companyId) => active.has(companyId));
  if (wanted.length === 0) return [];
  const contexts = await deps.crm.readCompanyContexts(wanted);
  for (const context of contexts) await storeCompanyContext(deps.store, portalId, context);
  return contexts.map((context) => context.companyId);
}
