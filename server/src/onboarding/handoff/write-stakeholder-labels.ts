import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { CrmGateway } from '../ports/crm-gateway.ts';
import type { Store } from '../ports/index.ts';
import type { SyncError } from '../sync/sync-error.ts';
import { planStakeholderLabels } from './plan-stakeholder-labels.ts';

export interface StakeholderLabelsDeps {
  store: Pick<Store, 'handoffs'>;
  crm: CrmGateway;
}

/**
 * Sales saved a deal's handoff: writes the roles it set as HubSpot labels on the deal's company
 * (plan-stakeholder-labels.ts), then records the labels HubSpot took in the deal's mirror, as the next read would
 * find them, so saving the same roles again makes no HubSpot call. Only a save writes labels: a later deal event
 * never puts back a label someone removed in HubSpot. A refused write fails the run (the worker retries it).
 */
export async function writeStakeholderLabels(
  deps: StakeholderLabelsDeps,
  portalId: string,
  dealId: string,
): Promise<Result<{ writes: number }, SyncError>> {
  const { store, crm } = deps;
  const [handoff, dealContacts] = await Promise.all([
    store.handoffs.get(portalId, dealId),
    store.handoffs.getDealContacts(portalId, dealId),
  ]);
  const labels = handoff === null ? [] : planStakeholderLabels(handoff, dealContacts);
  if (labels.length === 0) return { ok: true, value: { writes: 0 } };
  const results = await crm.addStakeholderLabels(labels);
  const accepted = new Set(results.filter((result) => result.ok).map((result) => result.id));
  const added = new Map(
    labels
      .filter(
        (label) => label.companyId === dealContacts?.companyId && accepted.has(`${label.companyId}:${label.contactId}`),
      )
      .map((label) => [label.contactId, label.roles]),
  );
  if (dealContacts !== null && dealContacts.contacts.some((contact) => added.has(contact.contactId))) {
    await store.handoffs.saveDealContacts({
      ...dealContacts,
      contacts: dealContacts.contacts.map((contact) => ({
        ...contact,
        roles: [...contact.roles, ...(added.get(contact.contactId) ?? [])],
      })),
    });
  }
  if (results.some((result) => !result.ok)) {
    return fail({ code: 'crm_write_failed', message: `HubSpot refused the stakeholder labels of deal ${dealId}.` });
  }
  return { ok: true, value: { writes: results.length } };
}
