import { toCalendarDate } from '@liftoff/shared/time/calendar';
import type { Kysely } from 'kysely';
import type { ActivityStore } from '../../onboarding/ports/index.ts';
import { toDomainCompanyKey } from '../../onboarding/usage/to-domain-company-key.ts';
import { appendUsageEvents } from './append-usage-events.ts';
import type { Database } from './database.ts';
import { moveCompanyActivity } from './move-company-activity.ts';
import { readActivitySnapshots } from './read-activity-snapshots.ts';
import { replaceStakeholders } from './replace-stakeholders.ts';

/**
 * Activity per company. CRM activity is a mirror replaced whole on each refresh; usage is appended, idempotent by
 * event id, and rolled up per day on the way in (logins, feature uses, distinct active users, first occurrences)
 * so the rollup survives the raw-usage retention purge; a batch costs a few set-based statements (appendUsageEvents).
 */
export function createSqliteActivityStore(db: Kysely<Database>): ActivityStore {
  return {
    replaceCrmActivity: (portalId, companyId, activity) =>
      db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('engagements')
          .where('portal_id', '=', portalId)
          .where('company_id', '=', companyId)
          .execute();
        await trx.deleteFrom('tickets').where('portal_id', '=', portalId).where('company_id', '=', companyId).execute();
        if (activity.engagements.length > 0) {
          await trx
            .insertInto('engagements')
            .values(
              activity.engagements.map((engagement) => ({
                portal_id: portalId,
                company_id: companyId,
                at: engagement.at,
                type: engagement.type,
                direction: engagement.direction,
                connected: engagement.connected ? 1 : 0,
                contact_id: engagement.contactId,
              })),
            )
            .execute();
        }
        if (activity.tickets.length > 0) {
          await trx
            .insertInto('tickets')
            .values(
              activity.tickets.map((ticket) => ({
                portal_id: portalId,
                company_id: companyId,
                ticket_id: ticket.id,
                opened_at: ticket.openedAt,
                closed_at: ticket.closedAt,
                priority: ticket.priority,
                category: ticket.category,
              })),
            )
            .onConflict((conflict) => conflict.columns(['portal_id', 'company_id', 'ticket_id']).doNothing())
            .execute();
        }
        await replaceStakeholders(trx, portalId, companyId, activity.stakeholders);
      }),

    appendUsage: (portalId, events) =>
      db.transaction().execute(async (trx) => {
        const stored = await appendUsageEvents(trx, portalId, events);
        return { accepted: stored.length, duplicates: events.length - stored.length };
      }),

    getSnapshot: async (portalId, companyId) => (await readActivitySnapshots(db, portalId, [companyId]))(companyId),

    getUsageRollup: async (portalId, companyId, since) => {
      const [days, firsts] = await Promise.all([
        db
          .selectFrom('usage_daily')
          .select(['day', 'logins', 'feature_uses', 'active_users'])
          .where('portal_id', '=', portalId)
          .where('company_id', '=', companyId)
          .where('day', '>=', since)
          .orderBy('day')
          .execute(),
        db
          .selectFrom('usage_firsts')
          .select(['kind', 'feature', 'at'])
          .where('portal_id', '=', portalId)
          .where('company_id', '=', companyId)
          .execute(),
      ]);
      const firstFeatureUseAt: Record<string, number> = {};
      for (const first of firsts) if (first.kind === 'feature_use') firstFeatureUseAt[first.feature] = first.at;
      return {
        firstLoginAt: firsts.find((first) => first.kind === 'login')?.at ?? null,
        firstFeatureUseAt,
        days: days.map((day) => ({
          day: day.day,
          logins: day.logins,
          featureUses: day.feature_uses,
          activeUsers: day.active_users,
        })),
      };
    },

    purgeUsage: (before) =>
      db.transaction().execute(async (trx) => {
        const result = await trx.deleteFrom('usage_events').where('at', '<', before).executeTakeFirst();
        await trx.deleteFrom('usage_daily_users').where('day', '<', toCalendarDate(before)).execute();
        return Number(result.numDeletedRows);
      }),
    findCompanyIdsByDomain: async (portalId, domains) => {
      if (domains.length === 0) return new Map();
      const rows = await db
        .selectFrom('company_domains')
        .select(['domain', 'company_id'])
        .where('portal_id', '=', portalId)
        .where('domain', 'in', [...new Set(domains)])
        .execute();
      return new Map(rows.map((row) => [row.domain, row.company_id]));
    },
    attachCompanyDomains: (portalId, entries) =>
      db.transaction().execute(async (trx) => {
        const attached: string[] = [];
        for (const { companyId, domain } of entries) {
          await trx
            .insertInto('company_domains')
            .values({ portal_id: portalId, domain, company_id: companyId })
            .onConflict((conflict) => conflict.columns(['portal_id', 'domain']).doUpdateSet({ company_id: companyId }))
            .execute();
          const kept = await trx
            .selectFrom('usage_daily')
            .select('day')
            .where('portal_id', '=', portalId)
            .where('company_id', '=', toDomainCompanyKey(domain))
            .limit(1)
            .executeTakeFirst();
          if (kept === undefined) continue;
          await moveCompanyActivity(trx, portalId, toDomainCompanyKey(domain), companyId);
          attached.push(companyId);
        }
        return attached;
      }),
  };
}
