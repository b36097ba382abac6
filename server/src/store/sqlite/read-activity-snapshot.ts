import type { Kysely } from 'kysely';
import type { ActivitySnapshot, FeatureUse, Login } from '@liftoff/shared/domain/index';
import type { Database } from './database.ts';

/**
 * The activity the engine assesses: retained raw usage, plus the first login and first use of each feature even
 * when raw retention dropped them — "no login ever" and activation look at the whole life of the onboarding.
 */
export async function readActivitySnapshot(
  db: Kysely<Database>,
  portalId: string,
  companyId: string,
): Promise<ActivitySnapshot> {
  const [usage, firsts, engagements, tickets] = await Promise.all([
    db
      .selectFrom('usage_events')
      .select(['event_id', 'kind', 'at', 'user_id', 'feature'])
      .where('portal_id', '=', portalId)
      .where('company_id', '=', companyId)
      .orderBy('at')
      .orderBy('event_id')
      .execute(),
    db
      .selectFrom('usage_firsts')
      .select(['event_id', 'kind', 'at', 'user_id', 'feature'])
      .where('portal_id', '=', portalId)
      .where('company_id', '=', companyId)
      .orderBy('at')
      .execute(),
    db
      .selectFrom('engagements')
      .select(['at', 'type', 'direction', 'connected'])
      .where('portal_id', '=', portalId)
      .where('company_id', '=', companyId)
      .orderBy('at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('tickets')
      .select(['ticket_id', 'opened_at', 'closed_at', 'priority', 'category'])
      .where('portal_id', '=', portalId)
      .where('company_id', '=', companyId)
      .orderBy('opened_at')
      .orderBy('ticket_id')
      .execute(),
  ]);
  const retained = new Set(usage.map((event) => event.event_id));
  const events = [...firsts.filter((first) => !retained.has(first.event_id)), ...usage];
  const logins: Login[] = [];
  const featureUses: FeatureUse[] = [];
  for (const event of events) {
    if (event.kind === 'login') logins.push({ at: event.at, userId: event.user_id });
    else featureUses.push({ at: event.at, userId: event.user_id, feature: event.feature });
  }
  return {
    logins,
    featureUses,
    engagements: engagements.map((engagement) => ({
      at: engagement.at,
      type: engagement.type,
      direction: engagement.direction,
      connected: engagement.connected === 1,
    })),
    tickets: tickets.map((ticket) => ({
      id: ticket.ticket_id,
      openedAt: ticket.opened_at,
      closedAt: ticket.closed_at,
      priority: ticket.priority,
      category: ticket.category,
    })),
  };
}
