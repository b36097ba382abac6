import { defaultTemplates } from '@liftoff/shared/playbook/default-templates';
import { createApp } from '../../server/src/http/create-app.ts';
import { startServer } from '../../server/src/http/start-server.ts';
import type { RunningServer } from '../../server/src/http/start-server.ts';
import { createLogger } from '../../server/src/logger.ts';
import type { Logger } from '../../server/src/logger.ts';
import type { CrmGateway } from '../../server/src/onboarding/ports/crm-gateway.ts';
import type { Store } from '../../server/src/onboarding/ports/index.ts';
import { PORTAL } from './create-test-store.ts';
import type { FixedClock } from './fixed-clock.ts';

export const PUBLIC_BASE_URL = 'https://liftoff.example.com';
export const CLIENT_SECRET = 'test-client-secret';

/**
 * The real app with every route, over the given store and clock (the wall clock too, so signatures follow the test's
 * time), listening on 127.0.0.1 port 0; inbox event ids are `<eventIdPrefix>-<n>`.
 */
export function startTestApp(deps: {
  store: Store;
  clock: FixedClock;
  eventIdPrefix: string;
  /** Silent unless a test reads the log. */
  logger?: Logger;
  /** The portal's CRM, for the workflow action that reads deals; none by default (only explicit inputs work). */
  crm?: Pick<CrmGateway, 'readCompanyDeals'>;
}): Promise<RunningServer> {
  let eventCount = 0;
  const app = createApp({
    config: {
      publicBaseUrl: PUBLIC_BASE_URL,
      hubspot: { accessToken: 'pat-never-used', clientSecret: CLIENT_SECRET },
      portals: { mode: 'static', portalId: PORTAL },
      usageFlushIntervalMs: 60_000,
    },
    logger: deps.logger ?? createLogger({ level: 'silent' }),
    store: deps.store,
    clock: deps.clock,
    wallClock: deps.clock,
    webhookInbox: deps.store.inbox,
    createEventId: () => `${deps.eventIdPrefix}-${(eventCount += 1)}`,
    templates: defaultTemplates,
    crmFor: (portalId) => (portalId === PORTAL ? (deps.crm ?? null) : null),
  });
  return startServer(app, { port: 0, host: '127.0.0.1' });
}
