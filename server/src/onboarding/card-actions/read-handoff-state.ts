import type { Stakeholder } from '@liftoff/shared/domain/index';
import type { Handoff, Store } from '../ports.ts';

export interface HandoffState {
  handoff: Handoff | null;
  /** The stakeholders Liftoff holds for the deal's company (its onboarding's), offered to sales to tag. */
  companyStakeholders: Stakeholder[];
}

/**
 * A deal's handoff as the card shows it, from the store only (HubSpot is never called while the card waits).
 * The deal's company is known once the worker has read the deal; its stakeholders are those of its onboarding.
 */
export async function readHandoffState(
  store: Pick<Store, 'handoffs' | 'onboardings'>,
  portalId: string,
  dealId: string,
): Promise<HandoffState> {
  const handoff = await store.handoffs.get(portalId, dealId);
  const companyId = handoff?.companyId ?? null;
  const onboarding = companyId === null ? null : await store.onboardings.get(portalId, companyId);
  return { handoff, companyStakeholders: onboarding?.onboarding.stakeholders ?? [] };
}
