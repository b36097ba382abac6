import type { Handoff } from '@liftoff/shared/domain/index';
import type { CrmGateway, WriteResult } from '../ports/crm-gateway.ts';
import type { DealContacts, Store } from '../ports/index.ts';
import { planStakeholderLabels } from './plan-stakeholder-labels.ts';

export interface StakeholderLabelsDeps {
  store: Pick<Store, 'handoffs'>;
  crm: CrmGateway;
}

/**
 * Writes the roles sales saved as HubSpot labels (plan-stakeholder-labels.ts), then records the labels HubSpot took
 * in the deal's mirror, as the next read would find them: saving the same roles again makes no HubSpot call.
 * Answers the results, refused ones included, for the caller to fail the run on (the worker retries it).
 */
export async function writeStakeholderLabels(
  deps: StakeholderLabelsDeps,
  handoff: Handoff,
  dealContacts: DealContacts | null,
): Promise<WriteResult[]> {
  const labels = planStakeholderLabels(handoff, dealContacts);
  if (labels.length === 0) return [];
  const results = await deps.crm.addStakeholderLabels(labels);
  if (dealContacts === null) return results;
  const accepted = new Set(results.filter((result) => result.ok).map((result) => result.id));
  const added = new Map(
    labels
      .filter(
        (label) => label.companyId === dealContacts.companyId && accepted.has(`${label.companyId}:${label.contactId}`),
      )
      .map((label) => [label.contactId, label.roles]),
  );
  if (dealContacts.contacts.some((contact) => added.has(contact.contactId))) {
    await deps.store.handoffs.saveDealContacts({
      ...dealContacts,
      contacts: dealContacts.contacts.map((contact) => ({
        ...contact,
        roles: [...contact.roles, ...(added.get(contact.contactId) ?? [])],
      })),
    });
  }
  return results;
}
