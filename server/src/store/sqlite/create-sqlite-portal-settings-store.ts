import type { Kysely } from 'kysely';
import type { Clock, PortalSettingsStore } from '../../onboarding/ports/index.ts';
import type { Database } from './database.ts';
import { jsonObjectSchema, parseJsonColumn } from './parse-json-column.ts';

/**
 * Per-portal settings; usage API keys are kept as hashes only (plus the newest key's last four characters), so a
 * leaked database leaks no usable key.
 */
export function createSqlitePortalSettingsStore(db: Kysely<Database>, clock: Clock): PortalSettingsStore {
  return {
    get: async (portalId) => {
      const row = await db
        .selectFrom('portal_settings')
        .selectAll()
        .where('portal_id', '=', portalId)
        .executeTakeFirst();
      if (!row) return null;
      const keys = await db
        .selectFrom('usage_api_keys')
        .select('key_hash')
        .where('portal_id', '=', portalId)
        .orderBy('key_hash')
        .execute();
      return {
        portalId,
        mode: row.mode,
        thresholds: parseJsonColumn(jsonObjectSchema, row.thresholds_json),
        templates: parseJsonColumn(jsonObjectSchema, row.templates_json),
        usagePropertyMapping: parseJsonColumn(jsonObjectSchema, row.usage_property_mapping_json),
        usageApiKeyHashes: keys.map((key) => key.key_hash),
        ...(row.usage_key_last_four === null ? {} : { usageKeyLastFour: row.usage_key_last_four }),
        ...(row.owner_property === null ? {} : { ownerProperty: row.owner_property }),
      };
    },

    put: (settings) =>
      db.transaction().execute(async (trx) => {
        const row = {
          mode: settings.mode,
          thresholds_json: JSON.stringify(settings.thresholds),
          templates_json: JSON.stringify(settings.templates),
          usage_property_mapping_json: JSON.stringify(settings.usagePropertyMapping),
          usage_key_last_four: settings.usageKeyLastFour ?? null,
          owner_property: settings.ownerProperty ?? null,
          updated_at: clock.now(),
        };
        await trx
          .insertInto('portal_settings')
          .values({ portal_id: settings.portalId, ...row })
          .onConflict((conflict) => conflict.column('portal_id').doUpdateSet(row))
          .execute();
        await trx.deleteFrom('usage_api_keys').where('portal_id', '=', settings.portalId).execute();
        if (settings.usageApiKeyHashes.length > 0) {
          await trx
            .insertInto('usage_api_keys')
            .values(settings.usageApiKeyHashes.map((keyHash) => ({ portal_id: settings.portalId, key_hash: keyHash })))
            .execute();
        }
      }),

    setMode: async (portalId, mode) => {
      const updatedAt = clock.now();
      await db
        .insertInto('portal_settings')
        .values({
          portal_id: portalId,
          mode,
          thresholds_json: '{}',
          templates_json: '{}',
          usage_property_mapping_json: '{}',
          updated_at: updatedAt,
        })
        .onConflict((conflict) => conflict.column('portal_id').doUpdateSet({ mode, updated_at: updatedAt }))
        .execute();
    },

    findPortalIdByUsageKeyHash: async (keyHash) => {
      const row = await db
        .selectFrom('usage_api_keys')
        .select('portal_id')
        .where('key_hash', '=', keyHash)
        .executeTakeFirst();
      return row?.portal_id ?? null;
    },
  };
}
