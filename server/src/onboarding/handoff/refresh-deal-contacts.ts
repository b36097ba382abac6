import type { CrmGateway } from '../ports/crm-gateway.ts';
import type { Clock, Store } from '../ports/index.ts';

export interface DealContactsDeps {
  store: Pick<Store, 'handoffs' | 'portalSettings'>;
  crm: CrmGateway;
  clock: Clock;
}

/** Deals whose contacts may have changed in HubSpot, and deals whose handoff sales saved. */
export interface DealsToMirror {
  changed: readonly string[];
  saved: readonly string[];
}

/**
 * Mirrors deals into the store (name, associated contacts, and the promises HubSpot already holds), so the Handoff
 * card shows them before close while answering from the store alone. A deal HubSpot reported a change for is read
 * again; a saved handoff's deal only when never mirrored (a deal created before Liftoff was installed): its later
 * changes arrive as webhooks, so saving an unchanged handoff again makes no HubSpot call. One batched CRM read for
 * every deal of the run; each deal's mirror is replaced whole, so a contact removed from the deal in HubSpot
 * disappears from the card. Promise records exist only on portals with Liftoff's custom objects: a `store_only`
 * portal keeps promises in Liftoff's store alone, so its refresh reads none.
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
  const mode = (await deps.store.portalSettings.get(portalId))?.mode ?? 'store_only';
  const read = await deps.crm.readDealContacts([...changed], { promises: mode === 'custom_objects' });
  const refreshedAt = deps.clock.now();
  for (const { dealId, dealName, primaryCompanyId, contacts, promises } of read) {
    await deps.store.handoffs.saveDealContacts({
      portalId,
      dealId,
      dealName,
      companyId: primaryCompanyId,
      contacts,
      promises,
      refreshedAt,
    });
  }
}
