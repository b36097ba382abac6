import type { Kysely } from 'kysely';
import { addUsageDailyCounts } from './add-usage-daily-counts.ts';
import type { Database } from './database.ts';
import { keepEarliestUsageFirst } from './keep-earliest-usage-first.ts';

/**
 * A HubSpot merge keeps the surviving company: the merged company's usage joins it (usage is reported by the
 * customer's product, HubSpot does not move it), daily counts are added and first occurrences keep the earliest.
 * Active users of a day present on both sides may count twice in that day's rollup — accepted for a rare event.
 * The CRM mirror of the merged company is dropped: HubSpot re-associates its activity with the survivor, and the
 * next refresh of the survivor brings it back.
 */
export async function moveCompanyActivity(
  trx: Kysely<Database>,
  portalId: string,
  fromCompanyId: string,
  toCompanyId: string,
): Promise<void> {
  await trx
    .updateTable('usage_events')
    .set({ company_id: toCompanyId })
    .where('portal_id', '=', portalId)
    .where('company_id', '=', fromCompanyId)
    .execute();

  await trx
    .insertInto('usage_daily')
    .columns(['portal_id', 'company_id', 'day', 'logins', 'feature_uses', 'active_users'])
    .expression((eb) =>
      eb
        .selectFrom('usage_daily')
        .select((select) => [
          'portal_id',
          select.val(toCompanyId).as('company_id'),
          'day',
          'logins',
          'feature_uses',
          'active_users',
        ])
        .where('portal_id', '=', portalId)
        .where('company_id', '=', fromCompanyId),
    )
    .onConflict(addUsageDailyCounts)
    .execute();

  await trx
    .insertInto('usage_daily_users')
    .columns(['portal_id', 'company_id', 'day', 'user_id'])
    .expression((eb) =>
      eb
        .selectFrom('usage_daily_users')
        .select((select) => ['portal_id', select.val(toCompanyId).as('company_id'), 'day', 'user_id'])
        .where('portal_id', '=', portalId)
        .where('company_id', '=', fromCompanyId),
    )
    .onConflict((conflict) => conflict.doNothing())
    .execute();

  await trx
    .insertInto('usage_firsts')
    .columns(['portal_id', 'company_id', 'kind', 'feature', 'event_id', 'at', 'user_id'])
    .expression((eb) =>
      eb
        .selectFrom('usage_firsts')
        .select((select) => [
          'portal_id',
          select.val(toCompanyId).as('company_id'),
          'kind',
          'feature',
          'event_id',
          'at',
          'user_id',
        ])
        .where('portal_id', '=', portalId)
        .where('company_id', '=', fromCompanyId),
    )
    .onConflict(keepEarliestUsageFirst)
    .execute();

  for (const table of [
    'usage_daily',
    'usage_daily_users',
    'usage_firsts',
    'stakeholders',
    'engagements',
    'tickets',
  ] as const) {
    await trx.deleteFrom(table).where('portal_id', '=', portalId).where('company_id', '=', fromCompanyId).execute();
  }
}
