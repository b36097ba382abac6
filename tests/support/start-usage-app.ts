import { defaultTemplates } from '@liftoff/shared/playbook/default-templates';
import { createApp } from '../../server/src/http/create-app.ts';
import { startServer } from '../../server/src/http/start-server.ts';
import type { RunningServer } from '../../server/src/http/start-server.ts';
import { createLogger } from '../../server/src/logger.ts';
import type { Logger } from '../../server/src/logger.ts';
import { createUsageApiKey } from '../../server/src/onboarding/usage/create-usage-api-key.ts';
import type { Clock, Store } from '../../server/src/onboarding/ports/index.ts';
import { PORTAL } from './create-test-store.ts';

/** Sets the portal up in `store_only` mode with a new usage API key, whose hash alone is stored; returns the key. */
export async function grantUsageApiKey(store: Pick<Store, 'portalSettings'>, portalId: string): Promise<string> {
  const { apiKey, keyHash } = createUsageApiKey();
  await store.portalSettings.setMode(portalId, 'store_only');
  const settings = await store.portalSettings.get(portalId);
  if (settings === null) throw new Error(`no settings for portal ${portalId}`);
  await store.portalSettings.put({ ...settings, usageApiKeyHashes: [keyHash] });
  return apiKey;
}

export interface UsageAppOptions {
  store: Store;
  clock: Clock;
  flushIntervalMs: number;
  /** Silent unless given. */
  logger?: Logger;
  /** How the app checks HubSpot's signed webhooks, for a caller that sends some; placeholders otherwise. */
  hubspot?: { publicBaseUrl: string; clientSecret: string };
}

/** The app (every route, the usage API among them) on loopback port 0. */
export function startUsageApp(options: UsageAppOptions): Promise<RunningServer> {
  const { store, clock } = options;
  const hubspot = options.hubspot ?? { publicBaseUrl: 'https://liftoff.example.com', clientSecret: 's' };
  let eventCount = 0;
  const app = createApp({
    config: {
      publicBaseUrl: hubspot.publicBaseUrl,
      hubspot: { accessToken: 't', clientSecret: hubspot.clientSecret },
      portals: { mode: 'static', portalId: PORTAL },
      usageFlushIntervalMs: options.flushIntervalMs,
    },
    logger: options.logger ?? createLogger({ level: 'silent' }),
    store,
    clock,
    wallClock: clock,
    webhookInbox: store.inbox,
    createEventId: () => `usage-app-${(eventCount += 1)}`,
    templates: defaultTemplates,
    crmFor: () => null,
  });
  return startServer(app, { port: 0, host: '127.0.0.1' });
}
