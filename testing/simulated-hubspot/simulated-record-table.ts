/**
 * One object type's records in the simulated HubSpot, by id and by the value of any unique property looked up
 * (liftoff_key for upserts and idProperty reads): each index is built on its first lookup and kept current on
 * every write, so a lookup costs the same whatever the portfolio size.
 */

export interface SimulatedRecord {
  id: string;
  properties: Record<string, string | null>;
  createdAt: number;
  updatedAt: number;
}

export interface SimulatedRecordTable {
  get(id: string): SimulatedRecord | undefined;
  has(id: string): boolean;
  values(): IterableIterator<SimulatedRecord>;
  /** Stores a record, replacing the one with its id. */
  put(record: SimulatedRecord): void;
  /** The record whose unique `property` holds `value`. */
  findBy(property: string, value: string): SimulatedRecord | undefined;
}

export function createSimulatedRecordTable(): SimulatedRecordTable {
  const byId = new Map<string, SimulatedRecord>();
  const byProperty = new Map<string, Map<string, string>>();

  function indexOf(property: string): Map<string, string> {
    const existing = byProperty.get(property);
    if (existing) return existing;
    const created = new Map<string, string>();
    for (const record of byId.values()) {
      const value = record.properties[property];
      if (value != null) created.set(value, record.id);
    }
    byProperty.set(property, created);
    return created;
  }

  return {
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    values: () => byId.values(),
    put(record) {
      const previous = byId.get(record.id);
      for (const [property, index] of byProperty) {
        const before = previous?.properties[property];
        if (before != null && index.get(before) === record.id) index.delete(before);
        const after = record.properties[property];
        if (after != null) index.set(after, record.id);
      }
      byId.set(record.id, record);
    },
    findBy(property, value) {
      const id = indexOf(property).get(value);
      return id === undefined ? undefined : byId.get(id);
    },
  };
}
