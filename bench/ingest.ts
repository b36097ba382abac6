import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createApp } from '../server/src/app.ts';
import { createWorker } from '../server/src/jobs/create-worker.ts';
import { startServer } from '../server/src/http/start-server.ts';
import { createUsageRoutes } from '../server/src/http/usage-routes.ts';
import { createLogger } from '../server/src/logger.ts';
import type { CrmGateway } from '../server/src/onboarding/crm-gateway.ts';
import { createUsageApiKey } from '../server/src/onboarding/create-usage-api-key.ts';
import type { Clock } from '../server/src/onboarding/ports.ts';
import { createSqliteStore } from '../server/src/store/sqlite/create-sqlite-store.ts';
import { buildOnboardingRecord, PORTAL } from '../tests/support/create-test-store.ts';
import type { Bench, BenchRow } from './bench.ts';

/**
 * Usage ingestion on one core: the real app (Express, zod, the usage API key check) over a SQLite file in WAL
 * mode, driven by autocannon over loopback from the same process (so the load generator shares the core: the
 * figures are a floor). Two shapes, 5 s each: 1,000-event batches, and the baseline of one event per request.
 * Then the time for the burst to be reflected in assessments: once the flush window closes, the worker drains
 * the inbox (one re-assessment per company) against a CRM that accepts every write.
 * Target: ≥ 5,000 events/s accepted with p99 < 50 ms.
 */

const COMPANIES = 200;
const FLUSH_MS = 1_000;
const DURATION_S = 5;

const acceptAll: CrmGateway = {
  readDeals: async () => [],
  readCompanyContexts: async () => [],
  findChangedCompanies: async (since) => ({ companyIds: [], watermark: since }),
  applyWritePlan: async (plan) =>
    plan.companies.map((write) => ({ target: 'company' as const, id: write.id, ok: true as const })),
};

interface LoadResult {
  eventsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function runLoad(
  url: string,
  apiKey: string,
  eventsPerRequest: number,
  connections: number,
): Promise<LoadResult> {
  let sequence = 0;
  const toBody = (): string => {
    const events = Array.from({ length: eventsPerRequest }, () => {
      sequence += 1;
      return {
        eventId: `ev-${eventsPerRequest}-${sequence}`,
        type: sequence % 4 === 0 ? 'feature_used' : 'login',
        feature: 'reports',
        userId: `u${sequence % 50}`,
        companyId: String(101 + (sequence % COMPANIES)),
        timestamp: Date.now() - (sequence % 600_000),
      };
    });
    return JSON.stringify({ events });
  };
  const result = await autocannon({
    url: `${url}/api/usage/events`,
    connections,
    duration: DURATION_S,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        setupRequest: (request) => ({ ...request, body: toBody() }),
      },
    ],
  });
  return {
    eventsPerSecond: (result['2xx'] * eventsPerRequest) / (result.duration || DURATION_S),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
  };
}

const run = async (): Promise<{ rows: BenchRow[]; notes: string[] }> => {
  const dir = mkdtempSync(join(tmpdir(), 'liftoff-ingest-'));
  const clock: Clock = { now: () => Date.now() };
  const store = await createSqliteStore({ path: join(dir, 'bench.db'), clock });
  const { apiKey, keyHash } = createUsageApiKey();
  await store.portalSettings.setMode(PORTAL, 'store_only');
  const settings = await store.portalSettings.get(PORTAL);
  if (settings === null) throw new Error('portal settings missing');
  await store.portalSettings.put({ ...settings, usageApiKeyHashes: [keyHash] });
  const base = buildOnboardingRecord();
  for (let i = 0; i < COMPANIES; i += 1) {
    await store.onboardings.save({ ...base, onboarding: { ...base.onboarding, companyId: String(101 + i) } });
  }
  const logger = createLogger({ level: 'silent' });
  const app = createApp({
    config: { publicBaseUrl: 'http://127.0.0.1', hubspot: { accessToken: 'x', clientSecret: 'x', portalId: PORTAL } },
    logger,
    clock,
    store,
    routes: [
      createUsageRoutes({
        activity: store.activity,
        inbox: store.inbox,
        onboardings: store.onboardings,
        portalSettings: store.portalSettings,
        clock,
        flushIntervalMs: FLUSH_MS,
      }),
    ],
  });
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  try {
    const single = await runLoad(server.url, apiKey, 1, 10);
    const batched = await runLoad(server.url, apiKey, 1_000, 4);
    const ackedAt = Date.now();

    const worker = createWorker({
      store,
      crmFor: () => acceptAll,
      clock,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      logger,
      batchSize: 500,
    });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, FLUSH_MS - (Date.now() % FLUSH_MS)) + 5));
    const drainStartedAt = Date.now();
    let reassessed = 0;
    for (;;) {
      const report = await worker.drainOnce();
      if (report.claimed === 0) break;
      reassessed += report.completed;
    }
    const drainedAt = Date.now();
    const assessed = (await store.assessments.list(PORTAL)).length;

    const baseline = { label: '1 event per request', value: single.eventsPerSecond };
    const rows: BenchRow[] = [
      { label: '1 event per request', value: single.eventsPerSecond, unit: 'events/s' },
      { label: '1 event per request p50', value: single.p50, unit: 'ms' },
      { label: '1 event per request p99', value: single.p99, unit: 'ms' },
      { label: '1,000-event batches', value: batched.eventsPerSecond, unit: 'events/s', baseline },
      { label: '1,000-event batches p50', value: batched.p50, unit: 'ms' },
      { label: '1,000-event batches p99', value: batched.p99, unit: 'ms' },
      { label: 'inbox drained after the flush window', value: drainedAt - drainStartedAt, unit: 'ms' },
      { label: 'last ack to assessments stored', value: drainedAt - ackedAt, unit: 'ms' },
    ];
    const met = batched.eventsPerSecond >= 5_000 && batched.p99 < 50;
    const notes = [
      `${DURATION_S} s each, loopback, autocannon in the same process; 10 connections for single events, 4 for batches; ${COMPANIES} companies onboarding; SQLite file in WAL mode.`,
      `Non-2xx or errors: single ${single.non2xx}, batches ${batched.non2xx}. Re-assessment requests processed: ${reassessed}; companies with a stored assessment: ${assessed}.`,
      `Reflection = wait for the ${FLUSH_MS} ms flush window to close + drain (one evaluation per company; CRM writes accepted at once).`,
      `Target ≥ 5,000 events/s with p99 < 50 ms (batches): ${met ? 'met' : 'NOT met'}.`,
    ];
    return { rows, notes };
  } finally {
    await server.stop(1_000);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

export default { name: 'ingest', run } satisfies Bench;
