import type { CrmGateway } from '../ports/crm-gateway.ts';
import type { Clock, Store } from '../ports/index.ts';

export interface DealContactsDeps {
  store: Pick<Store, 'handoffs'>;
  crm: CrmGateway;
  clock: Clock;
}

/** Deals whose contacts may have changed in HubSpot, and deals whose handoff sales saved. */
export interface DealsToMirror {
  changed: readonly string[];
  saved: readonly string[];
}

/**
 * Mirrors deals' associated contacts into the store, so the Handoff card can offer them to tag before close while
 * answering from the store alone. A deal HubSpot reported a change for is read again; a saved handoff's deal only
 * when never mirrored (a deal created before Liftoff was installed): its later changes arrive as webhooks, so saving
 * an unchanged handoff again makes no HubSpot call. One batched CRM read for every deal of the run; each deal's
 * mirror is replaced whole, so a contact removed from the deal in HubSpot disappears from the card.
 */
export async function refreshDealContacts(
  deps: DealContactsDeps,
  portalId: string,
  deals: DealsToMirror,
): Promise<void> {
  const changed = new Set(deals.changed);
  for (const dealId of deals.saved) {
    if (!changed.has(dealId) && (await deps.store.handoffs.getDealContacts(portalId, dealId)) === null) {
      changed.add(dealId);
    }
  }
  if (changed.size === 0) return;
  const read = await deps.crm.readDealContacts([...changed]);
  const refreshedAt = deps.clock.now();
  for (const { dealId, primaryCompanyId, contacts } of read) {
    await deps.store.handoffs.saveDealContacts({
      portalId,
      dealId,
      companyId: primaryCompanyId,
      contacts,
      refreshedAt,
    });
  }
}
