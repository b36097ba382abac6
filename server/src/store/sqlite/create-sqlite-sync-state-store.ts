import type { Kysely } from 'kysely';
import type { Clock, SyncStateStore } from '../../onboarding/ports/index.ts';
import type { Database } from './database.ts';

/**
 * Where each sync stream resumes, and the HubSpot values last read or successfully written per object property:
 * the write-back compares against them so only changed values are sent (docs/PRODUCT.md §2.6).
 */
export function createSqliteSyncStateStore(db: Kysely<Database>, clock: Clock): SyncStateStore {
  return {
    getWatermark: async (portalId, stream) => {
      const row = await db
        .selectFrom('sync_watermarks')
        .select('value')
        .where('portal_id', '=', portalId)
        .where('stream', '=', stream)
        .executeTakeFirst();
      return row?.value ?? null;
    },

    setWatermark: async (portalId, stream, value) => {
      const row = { value, updated_at: clock.now() };
      await db
        .insertInto('sync_watermarks')
        .values({ portal_id: portalId, stream, ...row })
        .onConflict((conflict) => conflict.columns(['portal_id', 'stream']).doUpdateSet(row))
        .execute();
    },

    getKnownValues: async (portalId, objectType, objectIds) => {
      const known = new Map<string, Record<string, string | null>>();
      if (objectIds.length === 0) return known;
      const rows = await db
        .selectFrom('known_values')
        .select(['object_id', 'property', 'value'])
        .where('portal_id', '=', portalId)
        .where('object_type', '=', objectType)
        .where('object_id', 'in', objectIds)
        .execute();
      for (const row of rows) {
        const values = known.get(row.object_id) ?? {};
        values[row.property] = row.value;
        known.set(row.object_id, values);
      }
      return known;
    },

    rememberValues: async (portalId, objectType, objects) => {
      const updatedAt = clock.now();
      const rows = objects.flatMap((object) =>
        Object.entries(object.values).map(([property, value]) => ({
          portal_id: portalId,
          object_type: objectType,
          object_id: object.objectId,
          property,
          value,
          updated_at: updatedAt,
        })),
      );
      if (rows.length === 0) return;
      await db
        .insertInto('known_values')
        .values(rows)
        .onConflict((conflict) =>
          conflict.columns(['portal_id', 'object_type', 'object_id', 'property']).doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    },

    forgetObjects: async (portalId, objectType, objectIds) => {
      if (objectIds.length === 0) return;
      await db
        .deleteFrom('known_values')
        .where('portal_id', '=', portalId)
        .where('object_type', '=', objectType)
        .where('object_id', 'in', objectIds)
        .execute();
    },
  };
}
