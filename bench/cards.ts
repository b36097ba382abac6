import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { defaultTemplates } from '@liftoff/shared/playbook/default-templates';
import { createApp } from '../server/src/http/create-app.ts';
import { startServer } from '../server/src/http/start-server.ts';
import { createLogger } from '../server/src/logger.ts';
import type { Clock } from '../server/src/onboarding/ports/index.ts';
import { createSqliteStore } from '../server/src/store/sqlite/create-sqlite-store.ts';
import { signRequest } from '../tests/support/sign-request.ts';
import type { Bench, BenchRow } from './bench.ts';
import { seedBenchPortfolio } from './support/seed-bench-portfolio.ts';

/**
 * Card API read latency on loopback: the real app (signature check, SQLite store file in WAL mode, engine run per
 * request) over a portal of 500 onboardings with ≈200 activity events each. Each endpoint is loaded by autocannon
 * with 20 concurrent connections (hubspot.fetch's per-portal cap) for 5 s; the baseline is the same endpoint with
 * 1 connection in the same run, so the ratio shows what queueing under the cap costs. Target: p99 well under 100 ms.
 */

const portalId = '4242';
const clientSecret = 'bench-client-secret';
const publicBaseUrl = 'https://liftoff.example.com';
const size = 500;
const durationSeconds = 5;
const clock: Clock = { now: () => Date.now() };

/** One autocannon run of a signed GET; fails the bench on any non-2xx answer. */
async function measure(url: string, path: string, connections: number): Promise<autocannon.Result> {
  const headers = signRequest({ method: 'GET', url: `${publicBaseUrl}${path}`, clientSecret, timestamp: clock.now() });
  const result = await autocannon({
    url: `${url}${path}`,
    connections,
    duration: durationSeconds,
    headers: { ...headers },
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${path}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return result;
}

const run = async (): Promise<{ rows: BenchRow[]; notes: string[] }> => {
  const dir = await mkdtemp(join(tmpdir(), 'liftoff-bench-cards-'));
  const store = await createSqliteStore({ path: join(dir, 'liftoff.db'), clock });
  let eventCount = 0;
  const app = createApp({
    config: {
      publicBaseUrl,
      hubspot: { accessToken: 'unused', clientSecret },
      portals: { mode: 'static', portalId },
      usageFlushIntervalMs: 60_000,
    },
    logger: createLogger({ level: 'silent' }),
    store,
    clock,
    wallClock: clock,
    webhookInbox: store.inbox,
    createEventId: () => `bench-${(eventCount += 1)}`,
    templates: defaultTemplates,
    crmFor: () => null,
  });
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  try {
    const companyId = await seedBenchPortfolio(store, portalId, size, clock);
    const endpoints = [
      { label: 'GET onboarding', path: `/api/cards/companies/${companyId}/onboarding?portalId=${portalId}&userId=1` },
      { label: 'GET summary', path: `/api/cards/companies/${companyId}/summary?portalId=${portalId}&userId=1` },
    ];
    for (const { label, path } of endpoints) {
      await measure(server.url, path, 1);
      const single = await measure(server.url, path, 1);
      const loaded = await measure(server.url, path, 20);
      rows.push(
        {
          label: `${label} p50, 20 connections`,
          value: loaded.latency.p50,
          unit: 'ms',
          baseline: { label: `${label} p50, 1 connection`, value: single.latency.p50 },
        },
        {
          label: `${label} p99, 20 connections`,
          value: loaded.latency.p99,
          unit: 'ms',
          baseline: { label: `${label} p99, 1 connection`, value: single.latency.p99 },
        },
        {
          label: `${label} throughput, 20 connections`,
          value: loaded.requests.average,
          unit: 'requests/s',
          baseline: { label: `${label} throughput, 1 connection`, value: single.requests.average },
        },
      );
      notes.push(
        `${label}: p99 ${loaded.latency.p99} ms under 20 connections — target well under 100 ms ${loaded.latency.p99 < 100 ? 'met' : 'NOT met'}.`,
      );
    }
    notes.push(
      `Portfolio of ${size} onboardings in a SQLite file (WAL); the company read is the one with the most activity; a warm-up run of 1 connection precedes each measurement.`,
    );
  } finally {
    await server.stop(1_000);
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
  return { rows, notes };
};

export default { name: 'cards', run } satisfies Bench;
