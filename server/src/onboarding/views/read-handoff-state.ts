import type { Handoff, Stakeholder } from '@liftoff/shared/domain/index';
import type { DealContacts, Store } from '../ports/index.ts';

export interface HandoffState {
  handoff: Handoff | null;
  /** The deal's associated contacts as the worker last read them from HubSpot; null until it has. */
  dealContacts: DealContacts | null;
  /** The stakeholders Liftoff holds for the deal's company (its onboarding's), offered to sales to tag. */
  companyStakeholders: Stakeholder[];
}

/**
 * A deal's handoff as the card shows it, from the store only (HubSpot is never called while the card waits).
 * The deal's company is known once the worker has read the deal (its handoff's, else its contacts' read); its
 * stakeholders are those of its onboarding.
 */
export async function readHandoffState(
  store: Pick<Store, 'handoffs' | 'onboardings'>,
  portalId: string,
  dealId: string,
): Promise<HandoffState> {
  const [handoff, dealContacts] = await Promise.all([
    store.handoffs.get(portalId, dealId),
    store.handoffs.getDealContacts(portalId, dealId),
  ]);
  const companyId = handoff?.companyId ?? dealContacts?.companyId ?? null;
  const onboarding = companyId === null ? null : await store.onboardings.get(portalId, companyId);
  return { handoff, dealContacts, companyStakeholders: onboarding?.onboarding.stakeholders ?? [] };
}
