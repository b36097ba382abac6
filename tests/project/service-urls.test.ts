import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findServiceUrls } from '../../server/src/cli/hubspot-configure.ts';
import { parseConfig } from '../../server/src/config.ts';
import { startServer } from '../../server/src/http/start-server.ts';
import type { RunningServer } from '../../server/src/http/start-server.ts';
import { createLogger } from '../../server/src/logger.ts';
import { createServiceApp } from '../../server/src/start-service.ts';
import { createTestStore } from '../support/create-test-store.ts';
import type { TestStore } from '../support/create-test-store.ts';

/**
 * HubSpot calls the service at the URLs written in the project's static files (webhook targetUrl, workflow
 * actionUrls). A path there that the service does not serve fails only once deployed, so each one is called on
 * the composed app: it must exist (not 404) and refuse an unsigned request (401).
 */
describe('the HubSpot project calls routes the service serves', () => {
  let test: TestStore;
  let server: RunningServer;

  beforeAll(async () => {
    test = await createTestStore();
    const parsed = parseConfig({
      PUBLIC_BASE_URL: 'https://liftoff.example.com',
      HUBSPOT_ACCESS_TOKEN: 'pat-never-used',
      HUBSPOT_CLIENT_SECRET: 'secret',
      HUBSPOT_PORTAL_ID: '1001',
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const app = createServiceApp({
      config: parsed.config,
      logger: createLogger({ level: 'silent' }),
      store: test.store,
      clock: test.clock,
      wallClock: test.clock,
      webhookInbox: test.store.inbox,
      crmFor: () => null,
    });
    server = await startServer(app, { port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await server.stop(1_000);
    await test.store.close();
  });

  it('finds the webhook target and every workflow action', async () => {
    const paths = (await findServiceUrls()).map((use) => new URL(use.url).pathname).filter((path) => path !== '/');
    expect(paths).toContain('/webhooks/hubspot');
    expect(paths.filter((path) => path.startsWith('/hubspot/actions/'))).toHaveLength(4);
  });

  it('answers each of them with a signature refusal, never a 404', async () => {
    const uses = (await findServiceUrls()).filter((use) => new URL(use.url).pathname !== '/');
    for (const use of uses) {
      const response = await fetch(`${server.url}${new URL(use.url).pathname}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '[]',
      });
      expect({ file: use.file, status: response.status }).toEqual({ file: use.file, status: 401 });
    }
  });
});
