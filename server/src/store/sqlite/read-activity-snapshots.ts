import type { Kysely } from 'kysely';
import type { ActivitySnapshot, FeatureUse, Login } from '@liftoff/shared/domain/index';
import type { Database } from './database.ts';
import { readCompanyRows } from './read-company-rows.ts';

/**
 * The activity the engine assesses: retained raw usage, plus the first login and first use of each feature even
 * when raw retention dropped them — "no login ever" and activation look at the whole life of the onboarding.
 * Reads the given companies in a constant number of statements; answers each company's snapshot (empty when it
 * has no activity).
 */
export async function readActivitySnapshots(
  db: Kysely<Database>,
  portalId: string,
  companyIds: readonly string[],
): Promise<(companyId: string) => ActivitySnapshot> {
  const [usage, firsts, engagements, tickets] = await Promise.all([
    readCompanyRows(db, 'usage_events', portalId, companyIds, ['at', 'event_id']),
    readCompanyRows(db, 'usage_firsts', portalId, companyIds, ['at']),
    readCompanyRows(db, 'engagements', portalId, companyIds, ['at', 'id']),
    readCompanyRows(db, 'tickets', portalId, companyIds, ['opened_at', 'ticket_id']),
  ]);
  return (companyId) => {
    const retainedUsage = usage.get(companyId) ?? [];
    const retained = new Set(retainedUsage.map((event) => event.event_id));
    const firstsDropped = (firsts.get(companyId) ?? []).filter((first) => !retained.has(first.event_id));
    const logins: Login[] = [];
    const featureUses: FeatureUse[] = [];
    for (const event of [...firstsDropped, ...retainedUsage]) {
      if (event.kind === 'login') logins.push({ at: event.at, userId: event.user_id });
      else featureUses.push({ at: event.at, userId: event.user_id, feature: event.feature });
    }
    return {
      logins,
      featureUses,
      engagements: (engagements.get(companyId) ?? []).map((engagement) => ({
        at: engagement.at,
        type: engagement.type,
        direction: engagement.direction,
        connected: engagement.connected === 1,
        contactId: engagement.contact_id,
      })),
      tickets: (tickets.get(companyId) ?? []).map((ticket) => ({
        id: ticket.ticket_id,
        openedAt: ticket.opened_at,
        closedAt: ticket.closed_at,
        priority: ticket.priority,
        category: ticket.category,
      })),
    };
  };
}
