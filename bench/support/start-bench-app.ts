import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { defaultTemplates } from '@liftoff/shared/playbook/default-templates';
import { createApp } from '../../server/src/http/create-app.ts';
import { startServer } from '../../server/src/http/start-server.ts';
import { createLogger } from '../../server/src/logger.ts';
import type { Clock, Store } from '../../server/src/onboarding/ports/index.ts';
import { createSqliteStore } from '../../server/src/store/sqlite/create-sqlite-store.ts';
import { signRequest } from '../../tests/support/sign-request.ts';

export const benchPortalId = '4242';
const clientSecret = 'bench-client-secret';
const publicBaseUrl = 'https://liftoff.example.com';
export const benchClock: Clock = { now: () => Date.now() };

export interface BenchApp {
  store: Store;
  /** The SQLite file, for seeding in bulk what the service would take weeks to write. */
  databasePath: string;
  /** The loopback origin of the real app. */
  url: string;
  stop(): Promise<void>;
}

/**
 * The real app as HubSpot reaches it (signature check, every route) on a SQLite file in WAL mode in a fresh temporary
 * directory, for the static portal `benchPortalId`; `stop` closes it and removes the directory.
 */
export async function startBenchApp(name: string): Promise<BenchApp> {
  const dir = await mkdtemp(join(tmpdir(), `liftoff-bench-${name}-`));
  const databasePath = join(dir, 'liftoff.db');
  const store = await createSqliteStore({ path: databasePath, clock: benchClock });
  let eventCount = 0;
  const app = createApp({
    config: {
      publicBaseUrl,
      hubspot: { accessToken: 'unused', clientSecret },
      portals: { mode: 'static', portalId: benchPortalId },
      usageFlushIntervalMs: 60_000,
    },
    logger: createLogger({ level: 'silent' }),
    store,
    clock: benchClock,
    wallClock: benchClock,
    webhookInbox: store.inbox,
    createEventId: () => `bench-${(eventCount += 1)}`,
    templates: defaultTemplates,
    crmFor: () => null,
  });
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  return {
    store,
    databasePath,
    url: server.url,
    stop: async () => {
      await server.stop(1_000);
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** One autocannon run of a GET signed as HubSpot signs it; fails the bench on any non-2xx answer or error. */
export async function measureSignedGet(
  url: string,
  path: string,
  load: { connections: number } & ({ duration: number } | { amount: number }),
): Promise<autocannon.Result> {
  const headers = signRequest({
    method: 'GET',
    url: `${publicBaseUrl}${path}`,
    clientSecret,
    timestamp: benchClock.now(),
  });
  const result = await autocannon({ url: `${url}${path}`, ...load, headers: { ...headers }, timeout: 600 });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${path}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return result;
}

/** One request signed as HubSpot signs it (e.g. the settings page's save); fails the bench unless it succeeds. */
export async function sendSigned(url: string, method: 'PUT' | 'POST', path: string, body: unknown): Promise<void> {
  const text = JSON.stringify(body);
  const headers = signRequest({
    method,
    url: `${publicBaseUrl}${path}`,
    body: text,
    clientSecret,
    timestamp: benchClock.now(),
  });
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: text,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
}
