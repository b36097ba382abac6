import type { PortfolioOwnerView } from '@liftoff/shared/contract/index';
import type { CachedOwner } from '../ports/index.ts';

/** The owners named by id, as the owners cache holds them, for the portfolio's views. */
export type OwnersById = ReadonlyMap<string, CachedOwner>;

/**
 * An onboarding's CSM as the portfolio shows it: the cached name and teams (primary team first, the one HubSpot
 * reports the owner under), or the bare id while the refresh has not read the owner yet.
 */
export function toPortfolioOwnerView(ownerId: string, owners: OwnersById): PortfolioOwnerView {
  const owner = owners.get(ownerId);
  const teams = [...(owner?.teams ?? [])].sort((a, b) => Number(b.primary) - Number(a.primary));
  return { id: ownerId, name: owner?.name ?? null, teams: teams.map((team) => team.name) };
}

/** Owners by name (A→Z, whatever the case), those HubSpot has not named yet after them by id. */
export function compareOwnersByName(a: PortfolioOwnerView, b: PortfolioOwnerView): number {
  if (a.name !== null && b.name !== null) return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
  if (a.name !== b.name) return a.name === null ? 1 : -1;
  return a.id.localeCompare(b.id);
}
