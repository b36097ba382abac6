import type { OnConflictBuilder } from 'kysely';
import type { Database } from './database.ts';

/**
 * The conflict rule of `usage_firsts`: a company keeps one first occurrence per kind and feature, the earliest
 * seen, whichever order events (or a merged company's rows) arrive in.
 */
export function keepEarliestUsageFirst(conflict: OnConflictBuilder<Database, 'usage_firsts'>) {
  return conflict
    .columns(['portal_id', 'company_id', 'kind', 'feature'])
    .doUpdateSet((eb) => ({
      event_id: eb.ref('excluded.event_id'),
      at: eb.ref('excluded.at'),
      user_id: eb.ref('excluded.user_id'),
    }))
    .whereRef('excluded.at', '<', 'usage_firsts.at');
}
