import type { Kysely } from 'kysely';
import type { Stakeholder } from '@liftoff/shared/domain/index';
import type { Database } from './database.ts';

/**
 * Stakeholders are a mirror of HubSpot's labelled associations: each refresh replaces the company's whole list.
 * HubSpot's labels carry no date, so a contact whose roles did not change keeps the tagging day already stored
 * when the incoming list does not know it.
 */
export async function replaceStakeholders(
  trx: Kysely<Database>,
  portalId: string,
  companyId: string,
  stakeholders: readonly Stakeholder[],
): Promise<void> {
  const existing = await trx
    .selectFrom('stakeholders')
    .select(['contact_id', 'roles_json', 'tagged_at'])
    .where('portal_id', '=', portalId)
    .where('company_id', '=', companyId)
    .execute();
  const previous = new Map(existing.map((row) => [row.contact_id, row]));
  await trx.deleteFrom('stakeholders').where('portal_id', '=', portalId).where('company_id', '=', companyId).execute();
  if (stakeholders.length === 0) return;
  await trx
    .insertInto('stakeholders')
    .values(
      stakeholders.map((stakeholder, position) => {
        const rolesJson = JSON.stringify(stakeholder.roles);
        const before = previous.get(stakeholder.contactId);
        const keptTaggedAt = before?.roles_json === rolesJson ? before.tagged_at : null;
        return {
          portal_id: portalId,
          company_id: companyId,
          contact_id: stakeholder.contactId,
          position,
          name: stakeholder.name,
          roles_json: rolesJson,
          last_engaged_at: stakeholder.lastEngagedAt,
          kpi: stakeholder.kpi,
          tagged_at: stakeholder.taggedAt ?? keptTaggedAt,
        };
      }),
    )
    .execute();
}
