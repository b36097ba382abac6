/**
 * The simulated HubSpot's associations, indexed both ways so that reading one record's associations costs the
 * same whatever the portfolio size (a scan of every association per lookup made the simulator, not the client,
 * the bottleneck of the benchmark). Types are canonical names; the caller resolves aliases first.
 */

export interface SimulatedAssociationType {
  category: 'HUBSPOT_DEFINED' | 'USER_DEFINED' | 'INTEGRATOR_DEFINED';
  typeId: number;
  label?: string | null;
}

export interface StoredAssociation {
  fromType: string;
  fromId: string;
  toType: string;
  toId: string;
  types: SimulatedAssociationType[];
}

export interface SimulatedAssociationStore {
  /** Adds the association, or the types it does not have yet to the one already stored for the pair. */
  add(from: { type: string; id: string }, to: { type: string; id: string }, types: SimulatedAssociationType[]): void;
  /**
   * Takes the given type ids off the pair's association, stored from either end; the association and its other
   * types stay (HubSpot's batch/labels/archive).
   */
  removeTypes(from: { type: string; id: string }, to: { type: string; id: string }, typeIds: readonly number[]): void;
  /** What `fromId` is associated with among `targetType`: stored from this end first, then from the far end. */
  read(
    fromType: string,
    fromId: string,
    targetType: string,
    toInverseTypeId: (typeId: number) => number,
  ): StoredAssociation[];
}

const toEndKey = (type: string, id: string, otherType: string): string => `${type}\u0000${id}\u0000${otherType}`;

export function createSimulatedAssociationStore(): SimulatedAssociationStore {
  /** By (fromType, fromId, toType), then by toId, in insertion order. */
  const forward = new Map<string, Map<string, StoredAssociation>>();
  /** The same associations by (toType, toId, fromType), then by fromId. */
  const backward = new Map<string, Map<string, StoredAssociation>>();

  const entriesOf = (
    index: Map<string, Map<string, StoredAssociation>>,
    key: string,
  ): Map<string, StoredAssociation> => {
    const existing = index.get(key);
    if (existing) return existing;
    const created = new Map<string, StoredAssociation>();
    index.set(key, created);
    return created;
  };

  return {
    add(from, to, types) {
      const outgoing = entriesOf(forward, toEndKey(from.type, from.id, to.type));
      const existing = outgoing.get(to.id);
      if (existing) {
        for (const type of types) {
          if (!existing.types.some((known) => known.typeId === type.typeId)) existing.types.push(type);
        }
        return;
      }
      const stored: StoredAssociation = { fromType: from.type, fromId: from.id, toType: to.type, toId: to.id, types };
      outgoing.set(to.id, stored);
      entriesOf(backward, toEndKey(to.type, to.id, from.type)).set(from.id, stored);
    },
    removeTypes(from, to, typeIds) {
      const stored =
        forward.get(toEndKey(from.type, from.id, to.type))?.get(to.id) ??
        backward.get(toEndKey(from.type, from.id, to.type))?.get(to.id);
      if (stored) stored.types = stored.types.filter((type) => !typeIds.includes(type.typeId));
    },
    read(fromType, fromId, targetType, toInverseTypeId) {
      const key = toEndKey(fromType, fromId, targetType);
      const direct = forward.get(key) ?? new Map<string, StoredAssociation>();
      const inverse = [...(backward.get(key)?.values() ?? [])]
        .filter((association) => !direct.has(association.fromId))
        .map((association) => ({
          fromType,
          fromId,
          toType: targetType,
          toId: association.fromId,
          types: association.types.map((type) => ({ ...type, typeId: toInverseTypeId(type.typeId) })),
        }));
      return [...direct.values(), ...inverse];
    },
  };
}
