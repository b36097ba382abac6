import type { Kysely } from 'kysely';
import type { ActivitySnapshot, FeatureUse, Login } from '@liftoff/shared/domain/index';
import type { Database } from './database.ts';
import { readByCompany } from './read-by-company.ts';

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
    readByCompany(companyIds, (chunk) =>
      db
        .selectFrom('usage_events')
        .select(['company_id', 'event_id', 'kind', 'at', 'user_id', 'feature'])
        .where('portal_id', '=', portalId)
        .where('company_id', 'in', chunk)
        .orderBy('at')
        .orderBy('event_id')
        .execute(),
    ),
    readByCompany(companyIds, (chunk) =>
      db
        .selectFrom('usage_firsts')
        .select(['company_id', 'event_id', 'kind', 'at', 'user_id', 'feature'])
        .where('portal_id', '=', portalId)
        .where('company_id', 'in', chunk)
        .orderBy('at')
        .execute(),
    ),
    readByCompany(companyIds, (chunk) =>
      db
        .selectFrom('engagements')
        .select(['company_id', 'at', 'type', 'direction', 'connected'])
        .where('portal_id', '=', portalId)
        .where('company_id', 'in', chunk)
        .orderBy('at')
        .orderBy('id')
        .execute(),
    ),
    readByCompany(companyIds, (chunk) =>
      db
        .selectFrom('tickets')
        .select(['company_id', 'ticket_id', 'opened_at', 'closed_at', 'priority', 'category'])
        .where('portal_id', '=', portalId)
        .where('company_id', 'in', chunk)
        .orderBy('opened_at')
        .orderBy('ticket_id')
        .execute(),
    ),
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
