import type { RequestHandler } from 'express';
import { defaultTemplates } from '@liftoff/shared/playbook/default-templates';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppWithRoutes } from '../../../server/src/http/create-app.ts';
import { createRouteTable } from '../../../server/src/http/routes.ts';
import type { Route } from '../../../server/src/http/routes.ts';
import { startServer } from '../../../server/src/http/start-server.ts';
import type { RunningServer } from '../../../server/src/http/start-server.ts';
import { createLogger } from '../../../server/src/logger.ts';
import type { Store, StoreHealth } from '../../../server/src/onboarding/ports/index.ts';
import { createTestStore } from '../../support/create-test-store.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';

const running: RunningServer[] = [];
const stores: Store[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop(1_000)));
  await Promise.allSettled(stores.splice(0).map((store) => store.close()));
});

async function openStore(): Promise<Store> {
  const { store } = await createTestStore();
  stores.push(store);
  return store;
}

/** The app with every route, after the test's own `routes` (none unless given). */
async function startTestApp(options: { store?: Store; routes?: Route[] } = {}) {
  const store = options.store ?? (await openStore());
  const clock = createFixedClock();
  const routes = createRouteTable({
    config: {
      publicBaseUrl: 'https://liftoff.example.com',
      hubspot: { accessToken: 'token', clientSecret: 'secret' },
      portals: { mode: 'static', portalId: '62515' },
      usageFlushIntervalMs: 60_000,
    },
    store,
    clock,
    wallClock: clock,
    webhookInbox: store.inbox,
    createEventId: () => 'health-test',
    templates: defaultTemplates,
    crmFor: () => null,
  });
  const app = createAppWithRoutes(createLogger({ level: 'silent' }), [...(options.routes ?? []), ...routes]);
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  running.push(server);
  return { server, store };
}

describe('GET /healthz', () => {
  it('answers 200 while the process is up, whatever the store says', async () => {
    const store = await openStore();
    await store.close();
    const { server } = await startTestApp({ store });

    const response = await fetch(`${server.url}/healthz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('GET /readyz', () => {
  it('answers 200 when the SQLite store is reachable and every migration is applied', async () => {
    const { server } = await startTestApp();

    const response = await fetch(`${server.url}/readyz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      migrations: { applied: expect.any(Number), pending: 0 },
    });
  });

  it('answers 503 not_ready once the store is closed', async () => {
    const store = await openStore();
    await store.close();
    const { server } = await startTestApp({ store });

    const response = await fetch(`${server.url}/readyz`);

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: 'not_ready', message: expect.any(String) } });
  });

  it.each<[string, StoreHealth | Error]>([
    ['a migration is pending', { ok: false, migrations: { applied: 1, pending: 1 } }],
    ['the store reports itself unhealthy', { ok: false, migrations: { applied: 1, pending: 0 } }],
    ['the health probe fails', new Error('SQLITE_CANTOPEN')],
  ])('answers 503 not_ready without internals when %s', async (_label, health) => {
    const store = await openStore();
    const { server } = await startTestApp({
      store: {
        ...store,
        health: async () => {
          if (health instanceof Error) throw health;
          return health;
        },
      },
    });

    const response = await fetch(`${server.url}/readyz`);

    expect(response.status).toBe(503);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'not_ready', message: expect.any(String) } });
    expect(text).not.toContain('SQLITE');
  });
});

describe('graceful stop', () => {
  it('refuses new connections but lets an in-flight request finish before resolving', async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let arrived: () => void = () => undefined;
    const inFlight = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const slow: RequestHandler = async (_req, res) => {
      arrived();
      await released;
      res.json({ finished: true });
    };
    const { server } = await startTestApp({ routes: [{ method: 'GET', path: '/slow', guard: [], handler: slow }] });

    const pending = fetch(`${server.url}/slow`);
    await inFlight;
    const stopped = server.stop(5_000);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    release();

    const response = await pending;
    expect(await response.json()).toEqual({ finished: true });
    await expect(stopped).resolves.toEqual({ cutConnections: 0 });
    running.splice(0);
  });
});
