import { Router } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/src/app.ts';
import type { AppRoute } from '../../../server/src/app.ts';
import { startServer } from '../../../server/src/http/start-server.ts';
import type { RunningServer } from '../../../server/src/http/start-server.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { createInMemoryStore } from '../../support/create-in-memory-store.ts';
import type { InMemoryStore } from '../../support/create-in-memory-store.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';

const running: RunningServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop(1_000)));
});

async function startTestApp(options: { store?: InMemoryStore; routes?: AppRoute[] } = {}) {
  const store = options.store ?? createInMemoryStore();
  const app = createApp({
    config: {
      publicBaseUrl: 'https://liftoff.example.com',
      hubspot: { accessToken: 'token', clientSecret: 'secret', portalId: '62515' },
    },
    logger: createLogger({ level: 'silent' }),
    clock: createFixedClock(),
    store,
    routes: options.routes ?? [],
  });
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  running.push(server);
  return { server, store };
}

describe('GET /healthz', () => {
  it('answers 200 while the process is up, whatever the store says', async () => {
    const store = createInMemoryStore();
    store.setHealth(new Error('disk gone'));
    const { server } = await startTestApp({ store });

    const response = await fetch(`${server.url}/healthz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('GET /readyz', () => {
  it('answers 200 when the store is reachable and every migration is applied', async () => {
    const { server } = await startTestApp();

    const response = await fetch(`${server.url}/readyz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', migrations: { applied: 1, pending: 0 } });
  });

  it.each([
    ['a migration is pending', { ok: true, migrations: { applied: 1, pending: 1 } }],
    ['the store reports itself unhealthy', { ok: false, migrations: { applied: 1, pending: 0 } }],
    ['the store cannot be reached', new Error('SQLITE_CANTOPEN')],
  ])('answers 503 not_ready when %s', async (_label, health) => {
    const store = createInMemoryStore();
    store.setHealth(health);
    const { server } = await startTestApp({ store });

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
    const slow = Router();
    slow.get('/', async (_req, res) => {
      arrived();
      await released;
      res.json({ finished: true });
    });
    const { server } = await startTestApp({ routes: [{ path: '/slow', router: slow }] });

    const pending = fetch(`${server.url}/slow`);
    await inFlight;
    const stopped = server.stop(5_000);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    release();

    const response = await pending;
    expect(await response.json()).toEqual({ finished: true });
    await expect(stopped).resolves.toBeUndefined();
    running.splice(0);
  });
});
