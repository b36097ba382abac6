import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { OwnerStore, OwnerTeam } from '../../onboarding/ports/index.ts';
import type { Database } from './database.ts';
import { parseJsonColumn } from './parse-json-column.ts';
import { COMPANY_IDS_PER_QUERY } from './read-by-company.ts';

const teamsSchema = z.array(z.object({ id: z.string(), name: z.string(), primary: z.boolean() })) satisfies z.ZodType<
  OwnerTeam[]
>;

/** The portal's HubSpot owners as the refresh last read them (name, email, teams), for the cards to name the CSM. */
export function createSqliteOwnerStore(db: Kysely<Database>): OwnerStore {
  return {
    list: async (portalId, ownerIds) => {
      const ids = [...new Set(ownerIds)].sort();
      const chunks: string[][] = [];
      for (let start = 0; start < ids.length; start += COMPANY_IDS_PER_QUERY) {
        chunks.push(ids.slice(start, start + COMPANY_IDS_PER_QUERY));
      }
      const rows = await Promise.all(
        chunks.map((chunk) =>
          db
            .selectFrom('owners')
            .selectAll()
            .where('portal_id', '=', portalId)
            .where('owner_id', 'in', chunk)
            .orderBy('owner_id')
            .execute(),
        ),
      );
      return rows.flat().map((row) => ({
        id: row.owner_id,
        name: row.name,
        email: row.email,
        teams: parseJsonColumn(teamsSchema, row.teams_json),
        refreshedAt: row.refreshed_at,
      }));
    },

    put: (portalId, owners) =>
      db.transaction().execute(async (trx) => {
        for (const owner of owners) {
          const row = {
            name: owner.name,
            email: owner.email,
            teams_json: JSON.stringify(owner.teams),
            refreshed_at: owner.refreshedAt,
          };
          await trx
            .insertInto('owners')
            .values({ portal_id: portalId, owner_id: owner.id, ...row })
            .onConflict((conflict) => conflict.columns(['portal_id', 'owner_id']).doUpdateSet(row))
            .execute();
        }
      }),
  };
}
