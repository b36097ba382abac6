import type { CompanyContext } from '../ports/crm-gateway.ts';
import type { Store } from '../ports/index.ts';
import { knownObjectTypes, toKnownObjectValues } from './known-values.ts';

/** Mirrors what HubSpot holds about one company: its activity, and the Liftoff values it has (the diff's base). */
export async function storeCompanyContext(
  store: Pick<Store, 'activity' | 'syncState'>,
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
