import type { OnConflictBuilder } from 'kysely';
import type { Database } from './database.ts';

/**
 * The conflict rule of `usage_daily`: a day already rolled up for the company adds the new counts to its own,
 * whether they come from newly stored events or from a merged company's rollup.
 */
export function addUsageDailyCounts(conflict: OnConflictBuilder<Database, 'usage_daily'>) {
  return conflict.columns(['portal_id', 'company_id', 'day']).doUpdateSet((eb) => ({
    logins: eb('usage_daily.logins', '+', eb.ref('excluded.logins')),
    feature_uses: eb('usage_daily.feature_uses', '+', eb.ref('excluded.feature_uses')),
    active_users: eb('usage_daily.active_users', '+', eb.ref('excluded.active_users')),
  }));
}
