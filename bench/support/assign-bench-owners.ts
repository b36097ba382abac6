import type { Clock, Store } from '../../server/src/onboarding/ports/index.ts';

/** The bench's CSMs' owner ids: 90001, 90002… (HubSpot owner ids are numeric). */
export const benchOwnerId = (index: number): string => String(90_001 + index);

/**
 * Spreads the companies over `count` CSMs in turn, as the refresh records the company owner, and caches their
 * names and teams as the owners refresh does; one company in fifty has no owner (the manager's unassigned row).
 */
export async function assignBenchOwners(
  store: Store,
  portalId: string,
  companies: readonly { companyId: string }[],
  count: number,
  clock: Clock,
): Promise<void> {
  await store.owners.put(
    portalId,
    Array.from({ length: count }, (_, index) => ({
      id: benchOwnerId(index),
      name: `CSM ${index + 1}`,
      email: `csm${index + 1}@example.com`,
      teams: [{ id: String(index % 3), name: `Team ${(index % 3) + 1}`, primary: true }],
      refreshedAt: clock.now(),
    })),
  );
  await store.onboardings.setOwnerIds(
    portalId,
    companies.map(({ companyId }, index) => ({
      companyId,
      ownerId: index % 50 === 49 ? null : benchOwnerId(index % count),
    })),
  );
}
