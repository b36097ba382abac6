import type { Store } from '../ports/index.ts';
import type { OwnersById } from './to-portfolio-owner-view.ts';

/** The cached owners of the given rows' CSMs, by id (an owner the cache does not know yet is left out). */
export async function readOwnersById(
  store: Pick<Store, 'owners'>,
  portalId: string,
  rows: readonly { ownerId: string | null }[],
): Promise<OwnersById> {
  const ids = new Set<string>();
  for (const row of rows) if (row.ownerId !== null) ids.add(row.ownerId);
  if (ids.size === 0) return new Map();
  const owners = await store.owners.list(portalId, [...ids]);
  return new Map(owners.map((owner) => [owner.id, owner]));
}
