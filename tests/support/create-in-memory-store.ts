import type { Instant } from '@liftoff/shared/domain/index';
import type { AppStore, StoreHealth } from '../../server/src/app.ts';
import type { InboxEventInput } from '../../server/src/onboarding/ports.ts';

export interface StoredInboxRow extends InboxEventInput {
  receivedAt: Instant;
}

export interface InMemoryStore extends AppStore {
  rows(): StoredInboxRow[];
  setHealth(health: StoreHealth | Error): void;
  failNextAppend(error: Error): void;
}

/**
 * The HTTP edge's view of the store, in memory: append is all-or-nothing and skips duplicates by
 * (portal, source, eventId), like the SQLite inbox; health can be set to simulate pending migrations or an outage.
 */
export function createInMemoryStore(): InMemoryStore {
  const rows: StoredInboxRow[] = [];
  let health: StoreHealth | Error = { ok: true, migrations: { applied: 1, pending: 0 } };
  let nextAppendError: Error | null = null;
  const keyOf = (event: InboxEventInput) => `${event.portalId}|${event.source}|${event.eventId}`;

  return {
    inbox: {
      append: async (events, receivedAt) => {
        if (nextAppendError !== null) {
          const error = nextAppendError;
          nextAppendError = null;
          throw error;
        }
        const seen = new Set(rows.map(keyOf));
        const fresh = events.filter((event) => {
          const key = keyOf(event);
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        rows.push(...fresh.map((event) => ({ ...event, receivedAt })));
        return { accepted: fresh.length, duplicates: events.length - fresh.length };
      },
    },
    health: async () => {
      if (health instanceof Error) throw health;
      return health;
    },
    rows: () => [...rows],
    setHealth: (next) => {
      health = next;
    },
    failNextAppend: (error) => {
      nextAppendError = error;
    },
  };
}
