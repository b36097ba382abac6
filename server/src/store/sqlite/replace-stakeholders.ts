import type { Kysely } from 'kysely';
import type { Stakeholder } from '@liftoff/shared/domain/index';
import type { Database } from './database.ts';

/** Stakeholders are a mirror of HubSpot's labelled associations: each refresh replaces the company's whole list. */
export async function replaceStakeholders(
  trx: Kysely<Database>,
  portalId: string,
  companyId: string,
  stakeholders: readonly Stakeholder[],
): Promise<void> {
  await trx.deleteFrom('stakeholders').where('portal_id', '=', portalId).where('company_id', '=', companyId).execute();
  if (stakeholders.length === 0) return;
  await trx
    .insertInto('stakeholders')
    .values(
      stakeholders.map((stakeholder, position) => ({
        portal_id: portalId,
        company_id: companyId,
        contact_id: stakeholder.contactId,
        position,
        name: stakeholder.name,
        roles_json: JSON.stringify(stakeholder.roles),
        last_engaged_at: stakeholder.lastEngagedAt,
        kpi: stakeholder.kpi,
      })),
    )
    .execute();
}
