import type { Stakeholder } from '@liftoff/shared/domain/index';
import type { CompanyContext } from '../ports/crm-gateway.ts';
import type { Store } from '../ports/index.ts';
import { knownObjectTypes, toKnownObjectValues } from './known-values.ts';
import {
  nothingInHubSpot,
  readKnownStakeholders,
  rememberStakeholders,
  toKnownStakeholder,
} from './known-stakeholders.ts';
import { toRefreshedStakeholders } from './to-refreshed-stakeholders.ts';

/**
 * Mirrors what HubSpot holds about one company: its activity, and the Liftoff values it has (the diff's base).
 * The stakeholder map merges HubSpot's contacts into `stored`, the map the store holds (a CSM's edit not yet written
 * back stays: toRefreshedStakeholders); HubSpot's labels and KPIs become what HubSpot is known to hold.
 */
export async function storeCompanyContext(
  store: Pick<Store, 'activity' | 'syncState'>,
  portalId: string,
  context: CompanyContext,
  stored: readonly Stakeholder[],
): Promise<void> {
  const { companyId } = context;
  const contactIds = [...stored, ...context.stakeholders].map((stakeholder) => stakeholder.contactId);
  const known = await readKnownStakeholders(store.syncState, portalId, companyId, [...new Set(contactIds)]);
  const stakeholders = toRefreshedStakeholders(stored, context.stakeholders, known);
  await store.activity.replaceCrmActivity(portalId, companyId, {
    engagements: context.engagements,
    tickets: context.tickets,
    stakeholders,
  });
  // A kept contact HubSpot does not associate with the company (tagged in the handoff) holds nothing there yet.
  const remoteIds = new Set(context.stakeholders.map((stakeholder) => stakeholder.contactId));
  const unassociated = stakeholders
    .filter((stakeholder) => !remoteIds.has(stakeholder.contactId) && !known.has(stakeholder.contactId))
    .map((stakeholder) => ({ contactId: stakeholder.contactId, ...nothingInHubSpot }));
  await Promise.all([
    rememberStakeholders(store.syncState, portalId, companyId, [
      ...context.stakeholders.map((stakeholder) => ({
        contactId: stakeholder.contactId,
        ...toKnownStakeholder(stakeholder),
      })),
      ...unassociated,
    ]),
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
